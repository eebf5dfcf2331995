package org.listscope.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/** Reads exported mail back with mime4j, as a mail client would, for the tests. */
final class MailReader {

    private MailReader() {
    }

    /** The messages of an mboxrd text: split at {@code From } lines, one {@code >} taken off escaped lines. */
    static List<String> splitMboxrd(String mbox) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : mbox.split("\n", -1)) {
            if (line.startsWith("From ")) {
                if (cur != null) out.add(trimSeparator(cur));
                cur = new StringBuilder();
                continue;
            }
            if (cur == null) throw new IllegalStateException("mbox does not start with a From line");
            cur.append(line.matches("^>+From .*") ? line.substring(1) : line).append('\n');
        }
        if (cur != null) out.add(trimSeparator(cur));
        return out;
    }

    private static String trimSeparator(StringBuilder sb) {
        String s = sb.toString();
        // the file's last line end, then the blank separator line
        if (s.endsWith("\n\n\n")) return s.substring(0, s.length() - 2);
        if (s.endsWith("\n\n")) return s.substring(0, s.length() - 1);
        return s;
    }

    static Message parse(String text) throws IOException {
        DefaultMessageBuilder b = new DefaultMessageBuilder();
        b.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        return b.parseMessage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String body(Message m) throws IOException {
        try (Reader r = ((TextBody) m.getBody()).getReader()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[4096];
            int n;
            while ((n = r.read(buf)) > 0) sb.append(buf, 0, n);
            return sb.toString().replace("\r\n", "\n");
        }
    }
}
