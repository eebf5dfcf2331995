package org.listscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code mbox}: the messages (see {@link MailMessage}) in one mboxrd file, UTF-8: each starts with a
 * {@code From SENDER DATE} line (asctime, UTC; the epoch where the date is unknown), and every body
 * line matching {@code ^>*From } gets one more {@code >}, so that readers of mboxrd get it back
 * exactly and readers of mboxo still split correctly. Each message ends with a blank line.
 */
final class MboxWriter implements ExportWriter {

    private static final DateTimeFormatter ASCTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern FROM_LINE = Pattern.compile("^(>*From )", Pattern.MULTILINE);

    @Override
    public String format() {
        return "mbox";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        MailMessage mail = new MailMessage(index(messages), provenance);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Message m : messages) {
                w.write(envelope(m));
                w.write(escape(mail.render(m)));
                w.write('\n');
            }
        }
    }

    /** The {@code From } separator line. */
    static String envelope(Message m) {
        Instant when = m.date() == null ? Instant.EPOCH : m.date();
        return "From " + MailMessage.envelopeSender(m.from()) + " " + ASCTIME.format(when) + "\n";
    }

    /** mboxrd quoting: one more {@code >} before every line that matches {@code ^>*From }. */
    static String escape(String message) {
        return FROM_LINE.matcher(message).replaceAll(">$1");
    }

    static Map<String, Message> index(List<Message> messages) {
        Map<String, Message> byId = new LinkedHashMap<>(messages.size() * 2);
        for (Message m : messages) byId.putIfAbsent(m.id(), m);
        return byId;
    }
}
