package org.listscope.thread;

import java.util.List;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * A body split by quote depth, line by line ({@code >} marks, spaces between them allowed, and after
 * one a {@code |} or {@code :} mark as one more), so that threading works the same whether or not the
 * body has been segmented. In a reply that yanks the message it answers indented ({@link
 * #yankIndent}: Eric Hughes' 1994 replies, {@code    > his own words} above {@code    the answer
 * to them}), the lines so indented are quoted once, and their {@code >} lines once more.
 *
 * @param own      the author's own lines (depth 0) joined by newlines, list footer cut off; the
 *                 lines of a yanked message among them
 * @param quoted   the lines quoted once (depth 1), {@code >} marks removed, joined by newlines
 * @param deeper   the lines quoted more than once, marks removed ({@code > | words} of the message
 *                 replied to among them)
 * @param remarked those of {@code deeper} behind one {@code >} and {@code |} or {@code :} marks
 */
record QuoteLines(String own, String quoted, String deeper, String remarked) {

    private static final String FOOTER = "More information about the ";
    private static final String NEXT_PART = "-------------- next part --------------";
    /** The deepest indent of a yanked message ({@link #yankIndent}). */
    private static final int MAX_YANK = 4;

    /**
     * Splits a message's body as its segments say where it has them: quotes that carry no {@code >}
     * (an Outlook "-----Original Message-----" block) count as quoted, those of a forward as own (they
     * are the only copy here of its sender's words, which a reply to the forward may quote; the
     * forward itself is linked by its header block, not by them), and so do lines that threading took
     * for a copy of another message ({@link Segment#copied}: a run meeting them again reads them as
     * it read them before, as the poster's), lines with three marks or more that the segmenter read
     * as own text (an interpreter's {@code >>>} prompt, a {@code >>> banner <<<}) and a mailbox's
     * escape ({@link Segment#FROM_ESCAPE}) it read so, as own (a lone indented {@code > } line it
     * read as own text counts as quoted here: it may be a quote), and signature and footer lines are
     * left out of own text.
     */
    static QuoteLines of(Message m) {
        return of(m.body(), m.segments());
    }

    /** Splits a body by its {@code >} marks alone. */
    static QuoteLines of(String body) {
        return of(body, List.of());
    }

    private static QuoteLines of(String body, List<Segment> segs) {
        StringBuilder own = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        StringBuilder deeper = new StringBuilder();
        StringBuilder remarked = new StringBuilder();
        int yank = yankIndent(body);
        int i = 0;
        int n = body.length();
        int seg = 0;
        while (i < n) {
            int eol = body.indexOf('\n', i);
            if (eol < 0) eol = n;
            int depth = 0;
            int angles = 0;
            int j = i;
            while (j < eol) {
                char c = body.charAt(j);
                boolean blankAfter = j + 1 == eol || body.charAt(j + 1) == ' ' || body.charAt(j + 1) == '\t';
                if (c == '>' || angles > 0 && (c == '|' || c == ':') && blankAfter) {
                    depth++;
                    if (c == '>') angles++;
                } else if (c != ' ' && c != '\t') {
                    break;
                }
                j++;
            }
            // a message yanked in indented: its lines are quoted once (and stay own text, where threading
            // finds them as copies of their source), its own quotes once more
            boolean yanked = false;
            if (yank > 0 && IndentedQuotes.indent(body, i, eol) == yank) {
                if (depth > 0) depth++;
                else yanked = j < eol;
            }
            if (depth == 0 && (body.startsWith(FOOTER, j) || body.startsWith(NEXT_PART, j))) break;
            while (seg < segs.size() && segs.get(seg).end() <= i) seg++;
            if (seg < segs.size() && segs.get(seg).start() <= i) {
                SegmentKind kind = segs.get(seg).kind();
                if (depth == 0 && (kind == SegmentKind.SIGNATURE || kind == SegmentKind.FOOTER)) {
                    i = eol + 1;
                    continue;
                }
                if (depth == 0 && kind == SegmentKind.QUOTE && !segs.get(seg).forwarded() && !segs.get(seg).copied()) {
                    depth = Math.max(1, segs.get(seg).depth());
                }
                // a line the segmenter read as own text despite its marks: a >>> prompt, a >From escape
                if (kind == SegmentKind.TEXT && (depth >= 3 || body.startsWith(Segment.FROM_ESCAPE, i))) depth = 0;
            }
            StringBuilder into = depth == 0 ? own : depth == 1 ? quoted : deeper;
            into.append(body, depth == 0 ? i : j, eol).append('\n');
            if (depth > 1 && angles == 1) remarked.append(body, j, eol).append('\n');
            if (yanked && depth == 0) quoted.append(body, j, eol).append('\n');
            i = eol + 1;
        }
        return new QuoteLines(own.toString(), quoted.toString(), deeper.toString(), remarked.toString());
    }

    /**
     * The indent of a message yanked into the reply indented, as Emacs' mail mode does without its
     * headers: two to four spaces before both a {@code >} quote of its own and a run of unmarked lines
     * of three words or more, set off by blank lines and answered at the left margin; else 0.
     */
    static int yankIndent(String body) {
        if (!body.contains("\n  ") && !body.startsWith("  ")) return 0;
        int marked = 0;
        for (int i = 0; i < body.length(); ) {
            int eol = body.indexOf('\n', i);
            if (eol < 0) eol = body.length();
            int n = IndentedQuotes.indent(body, i, eol);
            if (n >= 2 && n <= MAX_YANK && body.charAt(i + n) == '>' && !body.startsWith(">>>", i + n)) marked |= 1 << n;
            i = eol + 1;
        }
        if (marked == 0) return 0;
        for (int[] run : IndentedQuotes.runs(body, 0, body.length())) {
            int n = IndentedQuotes.indent(body, run[0], run[1]);
            if ((marked & 1 << n) == 0 || body.charAt(run[0] + n) == '>' || !answeredAtMargin(body, run[1])) continue;
            if (body.substring(run[0], run[1]).split("\\s+").length > 3) return n;
        }
        return 0;
    }

    /** Whether the first line after the blank lines from {@code at} has text at the left margin. */
    private static boolean answeredAtMargin(String body, int at) {
        int k = at;
        while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
            if (body.charAt(k) == '\n') at = k + 1;
            k++;
        }
        return k < body.length() && k == at && body.charAt(k) != '>';
    }

    /** Depth of the line starting at {@code lineStart}. */
    static int depth(String body, int lineStart) {
        int depth = 0;
        for (int j = lineStart; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '>') depth++;
            else if (c != ' ' && c != '\t') break;
        }
        return depth;
    }
}
