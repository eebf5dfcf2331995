package org.listscope.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A month's downloadable text archive ({@code 2007-May.txt.gz}) as pipermail writes it: messages in
 * archive order, each opened by a {@code From user at host  ctime} line (server time, no zone),
 * the headers From, Date, Subject, In-Reply-To, References and Message-ID, addresses shown as
 * {@code user at host}. Gzip output carries no time stamp, so the file is the same on every run.
 */
final class PipermailTextArchive {

    private static final DateTimeFormatter FROM_LINE = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private PipermailTextArchive() {
    }

    /** The month's text, uncompressed. */
    static String text(DemoArchive archive, YearMonth month) {
        Map<String, DemoMessage> byKey = new HashMap<>();
        for (DemoMessage m : archive.description().messages()) byKey.put(m.key(), m);
        List<DemoArchive.Article> articles = new ArrayList<>(archive.months().get(month));
        articles.sort(Comparator.comparingInt(DemoArchive.Article::number));
        StringBuilder t = new StringBuilder();
        for (DemoArchive.Article a : articles) {
            DemoMessage m = a.message();
            String from = PipermailHtml.obfuscate(m.fromAddress());
            t.append("From ").append(from).append("  ").append(FROM_LINE.format(archive.local(m))).append('\n');
            t.append("From: ").append(from).append(" (").append(m.fromName()).append(")\n");
            t.append("Date: ").append(DemoDescription.RFC_822.format(m.date())).append('\n');
            t.append("Subject: ").append(m.subject()).append('\n');
            if (m.parentKey() != null) {
                List<String> refs = new ArrayList<>();
                for (DemoMessage p = byKey.get(m.parentKey()); p != null; p = p.parentKey() == null ? null : byKey.get(p.parentKey())) {
                    refs.add(0, p.messageId());
                }
                t.append("In-Reply-To: ").append(refs.get(refs.size() - 1)).append('\n');
                t.append("References: ").append(String.join("\n\t", refs)).append('\n');
            }
            t.append("Message-ID: ").append(m.messageId()).append("\n\n");
            t.append(PipermailHtml.obfuscate(m.body())).append("\n\n");
        }
        return t.toString();
    }

    /** The month's text, gzip-compressed. */
    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
