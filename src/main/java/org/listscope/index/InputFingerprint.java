package org.listscope.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the index remembers of an input it has read: where it is, its size, when it was modified and
 * the SHA-256 of its bytes. An input whose size and time are unchanged is skipped without being
 * read; one whose time changed but whose content hash did not is skipped after hashing.
 *
 * @param path   the absolute, normalised path
 * @param size   bytes
 * @param mtime  modification time, epoch milliseconds
 * @param sha256 hex SHA-256 of the raw bytes, or {@code null} before it was computed
 */
record InputFingerprint(String path, long size, long mtime, String sha256) {

    /** Size and time of a file, without its hash. */
    static InputFingerprint stat(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new InputFingerprint(file.toAbsolutePath().normalize().toString(), a.size(),
                a.lastModifiedTime().toMillis(), null);
    }

    /** This fingerprint with the hash of the file's bytes. */
    InputFingerprint hashed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return new InputFingerprint(path, size, mtime, HexFormat.of().formatHex(md.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether size and time match, so the file need not be read. */
    boolean sameStat(InputFingerprint other) {
        return other != null && size == other.size && mtime == other.mtime;
    }

    /** {@code size mtime sha256}: the form stored in a marker document. */
    String encode() {
        return size + " " + mtime + " " + sha256;
    }

    static InputFingerprint decode(String path, String encoded) {
        String[] p = encoded.split(" ");
        return new InputFingerprint(path, Long.parseLong(p[0]), Long.parseLong(p[1]), "null".equals(p[2]) ? null : p[2]);
    }
}
