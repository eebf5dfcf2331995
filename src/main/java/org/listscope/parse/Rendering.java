package org.listscope.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout of a plain-text rendering of a pipermail page, as a reader, a text browser or a
 * search engine keeps it:
 *
 * <pre>
 * Subject line (may wrap onto more lines)
 *
 * Author Name user at host        (or "user at" where host names were stripped)
 * Fri May 11 21:05:20 UTC 2007
 *
 * body ...
 *
 * More information about the NANOG mailing list
 * </pre>
 *
 * Tolerated: leading blank lines and a byte-order mark, the name and address on two lines, no blank
 * line between subject and author, no blank line after the date, text after the footer (a link),
 * a missing footer. Only the header shape and footer are read here; the fields are interpreted by
 * {@link RenderingParser}.
 *
 * @param subject    the subject line(s), joined by a space
 * @param authorLine the author line(s), joined by a space
 * @param dateLine   the date line as written
 * @param bodyStart  offset of the body's first line in the text
 * @param bodyEnd    offset where the body ends: the footer's line, or the end of the text
 * @param footerList the list name from the footer, or {@code null} when there is no footer
 */
record Rendering(String subject, String authorLine, String dateLine, int bodyStart, int bodyEnd, String footerList) {

    private static final Pattern FOOTER = Pattern.compile("More information about the\\s+(\\S+)\\s+mailing\\s+list\\b.*");
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "(?i)(?:from|date|subject|received|return-path|message-id|to|cc|x-[a-z-]+|mime-version|content-type):.*");
    private static final int MAX_HEADER_LINES = 4;
    private static final int FOOTER_SEARCH_LINES = 3;

    /** A line of the text: its content and where it starts. */
    private record Line(String text, int start) {
        boolean blank() {
            return text.isBlank();
        }
    }

    /** Reads the layout, or returns {@code null} when the text does not have a rendering's header. */
    static Rendering read(String text) {
        List<Line> lines = lines(text, 16);
        int i = 0;
        while (i < lines.size() && lines.get(i).blank()) i++;
        List<Line> first = block(lines, i);
        if (first.isEmpty()) return null;
        String top = first.get(0).text().strip();
        if (top.startsWith("<") || top.startsWith("From ") || HEADER_FIELD.matcher(top).matches()) return null;
        i += first.size();

        List<Line> subject;
        List<Line> author;
        Line date;
        int dateAt = dateIndex(first, 2);
        if (dateAt >= 2) {
            // no blank line between subject and author
            subject = first.subList(0, 1);
            author = first.subList(1, dateAt);
            date = first.get(dateAt);
            i = i - first.size() + dateAt + 1;
        } else {
            while (i < lines.size() && lines.get(i).blank()) i++;
            List<Line> second = block(lines, i);
            dateAt = dateIndex(second, 1);
            if (dateAt < 0) {
                // an unreadable date: accept the shape only with the footer to vouch for it
                if (second.size() != 2 || footer(text) == null) return null;
                dateAt = 1;
            }
            subject = first;
            author = second.subList(0, dateAt);
            date = second.get(dateAt);
            i += dateAt + 1;
        }
        while (i < lines.size() && lines.get(i).blank()) i++;
        int bodyStart = i < lines.size() ? lines.get(i).start() : text.length();
        Footer f = footer(text);
        int bodyEnd = f == null || f.start() < bodyStart ? text.length() : f.start();
        return new Rendering(join(subject), join(author), date.text().strip(), bodyStart, bodyEnd,
                f == null || f.start() < bodyStart ? null : f.list());
    }

    /** The body: the text between header and footer, without leading blank lines or trailing space. */
    String body(String text) {
        return text.substring(bodyStart, bodyEnd).stripTrailing();
    }

    private record Footer(String list, int start) {
    }

    /** The footer among the last few non-blank lines, or {@code null}. */
    private static Footer footer(String text) {
        int end = text.length();
        for (int seen = 0; seen < FOOTER_SEARCH_LINES && end > 0; ) {
            int nl = text.lastIndexOf('\n', end - 1);
            String line = text.substring(nl + 1, end).strip();
            if (!line.isEmpty()) {
                Matcher m = FOOTER.matcher(line);
                if (m.matches()) return new Footer(m.group(1), nl + 1);
                seen++;
            }
            end = Math.max(nl, 0);
        }
        return null;
    }

    private static int dateIndex(List<Line> block, int from) {
        for (int k = from; k < block.size(); k++) {
            if (isDate(block.get(k).text())) return k;
        }
        return -1;
    }

    private static boolean isDate(String line) {
        String s = line.strip();
        return s.length() >= 10 && s.length() <= 64 && Character.isLetterOrDigit(s.charAt(0))
                && Dates.parse(s).instant() != null;
    }

    /** The non-blank lines from {@code from} up to the next blank line, at most a header's worth. */
    private static List<Line> block(List<Line> lines, int from) {
        List<Line> out = new ArrayList<>(MAX_HEADER_LINES);
        for (int k = from; k < lines.size() && !lines.get(k).blank() && out.size() < MAX_HEADER_LINES; k++) {
            out.add(lines.get(k));
        }
        return out;
    }

    private static List<Line> lines(String text, int max) {
        List<Line> out = new ArrayList<>(max);
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        while (pos <= text.length() && out.size() < max) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            out.add(new Line(line, pos));
            if (nl < 0) break;
            pos = nl + 1;
        }
        return out;
    }

    private static String join(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.text().strip());
        }
        return sb.toString();
    }
}
