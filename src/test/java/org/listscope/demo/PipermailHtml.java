package org.listscope.demo;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as Mailman 2's pipermail writes it into pages: HTML escaping, quoted lines in {@code <i>},
 * links for URLs, addresses shown as {@code user at host} and linked to the listinfo page, URL
 * quoting as Python's {@code urllib.quote}, and ctime dates in the server's zone.
 */
final class PipermailHtml {

    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss zzz yyyy", Locale.US);
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://[^\\s<>\"]+[^\\s<>\".,;:)]");
    private static final Pattern ADDRESS = Pattern.compile("([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");

    private PipermailHtml() {
    }

    /** Escapes {@code & < > "}. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code user@host} as pipermail shows it: {@code user at host}. */
    static String obfuscate(String s) {
        return ADDRESS.matcher(s).replaceAll("$1 at $2");
    }

    /** A body as the {@code <PRE>} of a message page holds it. */
    static String body(String body, String listinfo) {
        StringBuilder out = new StringBuilder();
        String text = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(">")) {
                out.append("&gt;<i>").append(inline(line.substring(1), listinfo)).append("\n</I>");
            } else {
                out.append(inline(line, listinfo)).append('\n');
            }
        }
        return out.toString();
    }

    private static String inline(String line, String listinfo) {
        StringBuilder out = new StringBuilder();
        Matcher url = URL.matcher(line);
        int at = 0;
        while (url.find()) {
            out.append(addresses(line.substring(at, url.start()), listinfo));
            String u = escape(url.group());
            out.append("<A HREF=\"").append(u).append("\">").append(u).append("</A>");
            at = url.end();
        }
        out.append(addresses(line.substring(at), listinfo));
        return out.toString();
    }

    private static String addresses(String text, String listinfo) {
        StringBuilder out = new StringBuilder();
        Matcher m = ADDRESS.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            out.append("<A HREF=\"").append(listinfo).append("\">").append(escape(m.group(1) + " at " + m.group(2))).append("</A>");
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    /** Python 2 {@code urllib.quote(s)}: letters, digits, {@code _.-/} kept, the rest as UTF-8 {@code %XX}. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** A date as pipermail prints it: {@code Thu May  3 11:14:52 EDT 2007}. */
    static String ctime(ZonedDateTime t) {
        return CTIME.format(t);
    }
}
