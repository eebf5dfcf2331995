package org.listscope.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;

/**
 * The fetched files under the output folder as a mirror of the URL paths:
 * {@code DIR/host/pipermail/list/2005-March/000123.html} ({@code host_port} for a port that is not
 * the default; {@code index.html} for a folder URL). Files are written atomically (a temporary
 * file in a folder of the crawl's own, then a rename), so a crash leaves the old file or the new
 * one, never half of one; what a crash leaves in the temporary folder is cleared on the next run.
 */
public final class Mirror {

    private final Path dir;
    private final Path tmp;

    /** A mirror rooted at {@code dir}, writing through {@code tmp} (on the same file system). */
    public Mirror(Path dir, Path tmp) {
        this.dir = dir;
        this.tmp = tmp;
    }

    /** Deletes what a killed run left in the temporary folder; returns how many files. */
    public int clearTemp() throws IOException {
        if (!Files.isDirectory(tmp)) return 0;
        int n = 0;
        try (var s = Files.list(tmp)) {
            for (Path p : s.toList()) {
                Files.deleteIfExists(p);
                n++;
            }
        }
        return n;
    }

    /** The folder the mirror lives in. */
    public Path dir() {
        return dir;
    }

    /** The path, relative to the mirror folder with {@code /} separators, where a URL is kept. */
    public static String relativePath(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : "_" + uri.getPort());
        String raw = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (raw.endsWith("/")) raw += "index.html";
        StringBuilder sb = new StringBuilder(host);
        for (String seg : raw.split("/")) {
            if (seg.isEmpty()) continue;
            String s = URLDecoder.decode(seg.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (s.equals(".") || s.equals("..") || s.indexOf('\0') >= 0 || s.contains("/") || s.contains("\\")) {
                throw new IllegalArgumentException("unsafe path segment in " + uri);
            }
            if (s.startsWith(".")) s = "_" + s; // hidden names are the crawler's own
            sb.append('/').append(s);
        }
        if (uri.getRawQuery() != null) sb.append("%3F").append(uri.getRawQuery().replace('/', '_'));
        return sb.toString();
    }

    /** The file for a relative path. */
    public Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /** Whether the file is there with the given size. */
    public boolean has(String relative, long size) {
        Path p = resolve(relative);
        try {
            return Files.isRegularFile(p) && Files.size(p) == size;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a kept file. */
    public byte[] read(String relative) throws IOException {
        return Files.readAllBytes(resolve(relative));
    }

    /** Writes a file atomically; returns its relative path. */
    public String write(URI uri, byte[] body) throws IOException {
        String rel = relativePath(uri);
        Path target = resolve(rel);
        Files.createDirectories(target.getParent());
        Files.createDirectories(tmp);
        Path part = tmp.resolve(UUID.randomUUID() + ".part");
        try {
            Files.write(part, body);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return rel;
    }
}
