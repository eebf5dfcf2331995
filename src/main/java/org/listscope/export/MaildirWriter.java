package org.listscope.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code maildir}: {@code OUT/cur}, {@code OUT/new} and {@code OUT/tmp}, one file per message (see
 * {@link MailMessage}) in {@code cur}, flagged seen ({@code :2,S}) since archived mail has been read.
 * Each file is written to {@code tmp} and then moved, as the maildir rules ask. File names are
 * unique and the same on every run: {@code SECONDS.HASH.listscope:2,S}, the date's epoch seconds
 * (so that a listing sorts by date) and a hash of the listscope id; exporting again into the same
 * folder replaces the files instead of adding copies.
 */
final class MaildirWriter implements ExportWriter {

    @Override
    public String format() {
        return "maildir";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IOException(out + " is a file; a maildir is a folder");
        }
        Path tmp = Files.createDirectories(out.resolve("tmp"));
        Path cur = Files.createDirectories(out.resolve("cur"));
        Files.createDirectories(out.resolve("new"));
        MailMessage mail = new MailMessage(MboxWriter.index(messages), provenance);
        for (Message m : messages) {
            String name = fileName(m);
            Path t = tmp.resolve(name);
            Files.writeString(t, mail.render(m), StandardCharsets.UTF_8);
            Files.move(t, cur.resolve(name + ":2,S"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The unique base name (without the {@code :2,} info) of a message's file. */
    static String fileName(Message m) {
        long seconds = m.date() == null ? 0 : Math.max(0, m.date().getEpochSecond());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(m.id().getBytes(StandardCharsets.UTF_8));
            return seconds + "." + HexFormat.of().formatHex(d, 0, 10) + ".listscope";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
