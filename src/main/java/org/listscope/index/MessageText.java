package org.listscope.index;

import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.parse.segment.Segmenter;

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

    private MessageText() {
    }

    /** The author's own words ({@link Message#ownText}). */
    public static String own(Message m) {
        return m.ownText();
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
            Segmenter.appendUnquoted(sb, body, s.start(), s.end());
        }
        return sb.toString();
    }
}
