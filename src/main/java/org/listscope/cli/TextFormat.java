package org.listscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Segment;

/** A readable, plain-text rendering of a message for {@code --format text}: headers, segments, annotations. */
final class TextFormat {

    private TextFormat() {
    }

    /** The author as shown, with the address after it where the shown form lacks it. */
    static String from(Author a) {
        String shown = a.shown() == null ? "" : a.shown().strip();
        if (a.address() == null || shown.toLowerCase(Locale.ROOT).contains(a.address().toLowerCase(Locale.ROOT))) return shown;
        return shown.isEmpty() ? "<" + a.address() + ">" : shown + " <" + a.address() + ">";
    }

    /** The narrowest label column, and the widest (a longer label, such as a forward's sender, pushes its line out). */
    private static final int LABEL_WIDTH = 14;
    private static final int MAX_LABEL_WIDTH = 40;

    /**
     * A segment's label: its kind, depth, {@code fwd} for a forward, {@code copy} for lines found to
     * repeat an earlier message, and in brackets who wrote a quote's words ({@link Segment#wordsAuthor};
     * the messages by id in {@code sources}, null where not at hand).
     */
    private static String label(Segment s, Function<String, Message> sources) {
        String who = s.wordsAuthor(sources, Author::label);
        return s.kind().label() + (s.depth() > 0 ? " " + s.depth() : "") + (s.forwarded() ? " fwd" : "") + (s.copied() ? " copy" : "")
                + (who != null ? " (" + who + ")" : "");
    }

    /**
     * A message, its quotes without an attribution's name labelled with who wrote their words in the
     * message they were found in, which {@code sources} gives by id (null where it is not at hand).
     */
    static String message(Message m, Function<String, Message> sources) {
        StringBuilder sb = new StringBuilder();
        sb.append("id:      ").append(m.id()).append('\n');
        sb.append("subject: ").append(m.subject()).append('\n');
        sb.append("from:    ").append(from(m.from())).append('\n');
        sb.append("date:    ").append(m.date() == null ? "(unknown: " + m.dateShown() + ")" : m.date()).append('\n');
        if (m.list() != null && !m.list().isBlank()) sb.append("list:    ").append(m.list()).append('\n');
        if (m.url() != null) sb.append("url:     ").append(m.url()).append('\n');
        if (!m.topics().isEmpty()) sb.append("topics:  ").append(String.join(", ", m.topics())).append('\n');
        for (String w : m.warnings()) sb.append("warning: ").append(w).append('\n');
        sb.append('\n');
        int width = LABEL_WIDTH; // one column for the message: as wide as its widest label, up to a limit
        List<String> labels = new ArrayList<>(m.segments().size());
        for (Segment s : m.segments()) labels.add(label(s, sources));
        for (String label : labels) width = Math.max(width, Math.min(MAX_LABEL_WIDTH, label.length() + 1));
        String row = "%-" + width + "s| %s%n";
        for (int i = 0; i < labels.size(); i++) {
            Segment s = m.segments().get(i);
            String label = labels.get(i);
            String text = m.text(s);
            if (text.endsWith("\n")) text = text.substring(0, text.length() - 1); // segments end after a line break
            for (String line : text.split("\n", -1)) {
                sb.append(String.format(row, label, line));
            }
        }
        if (m.segments().isEmpty()) sb.append(m.body()).append('\n');
        if (!m.annotations().isEmpty()) {
            sb.append('\n').append("annotations:\n");
            for (Annotation a : m.annotations()) sb.append(annotation(a)).append('\n');
        }
        sb.append("----\n");
        return sb.toString();
    }

    /** The longest stretch of an annotation's text shown on its line. */
    private static final int MAX_TEXT = 100;
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * One annotation on one line: type and kind, span, a citation's normalized form where it differs
     * from the text, the text (line breaks as spaces, long ones cut), and who said it, marked where
     * quoted: {@code citation act 120-135 Digital Telephony Act "FBI wiretap bill" (Jim Bell, quoted)}.
     */
    static String annotation(Annotation a) {
        StringBuilder sb = new StringBuilder("  ").append(a.type()).append(' ').append(a.kind())
                .append(' ').append(a.start()).append('-').append(a.end()).append(' ');
        String text = SPACES.matcher(a.text()).replaceAll(" ").strip();
        if (a instanceof Citation c && c.normalized() != null && !c.normalized().equals(text)) sb.append(c.normalized()).append(' ');
        if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT - 3) + "...";
        sb.append('"').append(text).append('"');
        if (a.speaker() != null || a.inQuote()) {
            sb.append(" (").append(a.speaker() == null ? "" : a.speaker())
                    .append(a.inQuote() ? (a.speaker() == null ? "quoted" : ", quoted") : "").append(')');
        }
        return sb.toString();
    }
}
