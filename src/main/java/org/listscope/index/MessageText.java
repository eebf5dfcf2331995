package org.listscope.index;

import java.util.Locale;
import java.util.regex.Pattern;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * The parts of a message that the index searches separately.
 *
 * <p>Own text is the body segments of kind {@code text}: the author's words. Attributions
 * ({@code On Tuesday, X wrote:}) are left out on purpose: they name someone else and would make a
 * bare {@code from}-like word match every reply to that person. Signatures and list footers are
 * left out too. A message without segments (not segmented) counts its whole body as own text.
 * Quoted text is the segments of kind {@code quote}, at any depth, without their quote marks.
 * Segments are joined with a new line, and the highlighter reads the very same strings, so snippet
 * offsets always fit.
 */
public final class MessageText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern REPLY_PREFIX =
            Pattern.compile("^(\\s*(re|fw|fwd|aw|sv|antw)\\s*(\\[\\d+\\])?\\s*:|\\s*\\[[^\\]]{1,40}\\])+", Pattern.CASE_INSENSITIVE);

    private MessageText() {
    }

    /** The author's own words. */
    public static String own(Message m) {
        if (m.segments().isEmpty()) return m.body();
        return join(m, SegmentKind.TEXT);
    }

    /**
     * The quoted text, each line without its quote marks ({@code > }, {@code >> }) or a name tag's
     * ({@code glyph> }), so that a tag is no quoted word and a snippet reads as the quoted author wrote.
     */
    public static String quoted(Message m) {
        StringBuilder sb = new StringBuilder();
        String body = m.body();
        for (Segment s : m.segments()) {
            if (s.kind() != SegmentKind.QUOTE) continue;
            if (sb.length() > 0) sb.append('\n');
            appendUnmarked(sb, body, s.start(), s.end());
        }
        return sb.toString();
    }

    /** Appends the quote segment {@code body[start, end)} line by line, each without its marks. */
    static void appendUnmarked(StringBuilder sb, String body, int start, int end) {
        int i = start;
        while (i < end) {
            int eol = body.indexOf('\n', i);
            int lineEnd = eol < 0 || eol >= end ? end : eol + 1;
            sb.append(body, unmarked(body, i, lineEnd), lineEnd);
            i = lineEnd;
        }
    }

    /** Where a quote line's text starts after its blanks, {@code >} marks and one name tag. */
    private static int unmarked(String body, int start, int end) {
        int i = start;
        boolean tagged = false;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '>' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int tag = tagged ? -1 : tagEnd(body, i, end);
            if (tag < 0) break;
            tagged = true;
            i = tag;
        }
        return i;
    }

    /** After a name tag's {@code >} at {@code i} ({@code glyph>}, {@code D.>}), or -1. */
    private static int tagEnd(String body, int i, int end) {
        if (!Character.isLetter(body.charAt(i))) return -1;
        for (int k = i + 1; k < end && k - i <= 13; k++) {
            char c = body.charAt(k);
            if (c == '>') return k + 1;
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '\'')) return -1;
        }
        return -1;
    }

    /** The subject without list tags and reply prefixes, lower case, spaces collapsed. */
    public static String subjectKey(String subject) {
        if (subject == null) return "";
        String s = REPLY_PREFIX.matcher(subject).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String join(Message m, SegmentKind kind) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : m.segments()) {
            if (s.kind() != kind) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(m.body(), s.start(), s.end());
        }
        return sb.toString();
    }
}
