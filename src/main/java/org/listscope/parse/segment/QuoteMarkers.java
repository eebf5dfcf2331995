package org.listscope.parse.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads quote markers at the start of a line: {@code >}, {@code >>}, {@code > >}, {@code >> >}
 * (up to a tab and three spaces of indent before and one space between markers; runs of lines
 * indented alike by up to eight spaces, {@link #rereadIndented}; rn's {@code |> }, {@link
 * #rereadBarAngles}), and, when asked, {@code |} or {@code :} markers.
 */
final class QuoteMarkers {

    private static final int MAX_INDENT = 3;
    /** The deepest indent of a run of quoted lines ({@link #rereadIndented}). */
    private static final int MAX_DEEP_INDENT = 8;

    private QuoteMarkers() {
    }

    /** The line with its {@code >} depth read. */
    static Line angle(CharSequence body, int start, int end, int textEnd) {
        return read(body, start, end, textEnd, '>');
    }

    /**
     * The line read with {@code marker} as its quote char ({@code |}, {@code :}, {@code #}, ...).
     * After the marks, each {@code >} or bar is a level deeper ({@code |>}, {@code | >}, {@code | >
     * |}, {@code *>}): a quote quoted again with other marks.
     */
    static Line other(CharSequence body, Line line, char marker) {
        Line read = read(body, line.start(), line.end(), line.textEnd(), marker);
        if (read.depth() == 0) return line;
        int depth = read.depth();
        int c = read.contentStart();
        while (c < line.textEnd() && (body.charAt(c) == '>' || body.charAt(c) == '|')) {
            Line more = read(body, c, line.end(), line.textEnd(), body.charAt(c));
            depth += more.depth();
            c = more.contentStart();
        }
        return read.withDepth(depth, c, marker);
    }

    /**
     * Rereads, in place, runs of two or more lines indented alike by four to {@link #MAX_DEEP_INDENT}
     * spaces before a {@code >} ({@code     >He made the same program}): a quote some readers indent
     * deeper. A lone such line, and an interpreter prompt ({@code     >>> x = 1}), stay as read.
     */
    static void rereadIndented(CharSequence body, List<Line> lines) {
        int n = lines.size();
        int[] indent = new int[n];
        for (int i = 0; i < n; i++) indent[i] = deepIndent(body, lines.get(i));
        for (int i = 0; i < n; i++) {
            if (indent[i] == 0) continue;
            boolean run = i > 0 && indent[i - 1] == indent[i] || i + 1 < n && indent[i + 1] == indent[i];
            if (!run) continue;
            Line l = lines.get(i);
            Line read = read(body, l.start() + indent[i], l.end(), l.textEnd(), '>');
            lines.set(i, new Line(l.start(), l.end(), l.textEnd(), read.depth(), read.contentStart(), '>'));
        }
    }

    /**
     * Rereads, in place, the lines that old newsreaders (rn, trn) quote with {@code |> }, as
     * {@code >} quotes: runs of lines that start so (blank lines between them aside), where one
     * run has two or more. A run that also holds a line starting with a bare bar is a bar quote of
     * a {@code >} quote ({@code |>} a level below {@code |}), read with the other bar quotes. Each
     * further {@code >} or {@code |>} is a level deeper.
     */
    static void rereadBarAngles(String body, List<Line> lines) {
        if (!body.contains("|>")) return;
        int n = lines.size();
        int[] at = new int[n]; // per line: the offset of the ">" of its "|>", -1 after a bare bar, 0 without a bar
        for (int i = 0; i < n; i++) at[i] = barAngle(body, lines.get(i));
        // runs of lines led by bars, as [first, last]: only those where every bar is followed by ">"
        List<int[]> runs = new ArrayList<>();
        boolean pair = false;
        int i = 0;
        while (i < n) {
            if (at[i] == 0) {
                i++;
                continue;
            }
            int bars = 0;
            int last = i;
            boolean rn = true;
            for (int k = i; k < n; k++) {
                if (lines.get(k).blank(body)) continue;
                if (at[k] == 0) break;
                bars++;
                rn &= at[k] > 0;
                last = k;
            }
            if (rn) runs.add(new int[] {i, last});
            pair |= rn && bars >= 2;
            i = last + 1;
        }
        if (!pair) return; // one "|>" line alone may be anything; beside a run of them, it is one more
        for (int[] run : runs) {
            for (int k = run[0]; k <= run[1]; k++) {
                if (at[k] > 0) lines.set(k, asAngleQuote(body, lines.get(k), at[k]));
            }
        }
    }

    /** Line {@code l} read as a {@code >} quote from {@code at}, the {@code >} of its {@code |>}. */
    private static Line asAngleQuote(CharSequence body, Line l, int at) {
        int depth = 0;
        while (true) { // "|> |> x": each "|>" is a level, as is each ">" after it
            Line read = read(body, at, l.end(), l.textEnd(), '>');
            depth += read.depth();
            at = read.contentStart();
            if (at + 1 >= l.textEnd() || body.charAt(at) != '|' || body.charAt(at + 1) != '>') break;
            at++;
        }
        return new Line(l.start(), l.end(), l.textEnd(), depth, at, '>');
    }

    /**
     * Where a line of depth 0 starts with a bar after at most {@link #MAX_INDENT} spaces: the
     * offset of the {@code >} right after it, or -1 where none follows; 0 for other lines.
     */
    private static int barAngle(CharSequence body, Line l) {
        if (l.depth() != 0) return 0;
        int i = l.start();
        while (i < l.textEnd() && body.charAt(i) == ' ' && i - l.start() < MAX_INDENT) i++;
        if (i >= l.textEnd() || body.charAt(i) != '|') return 0;
        return i + 1 < l.textEnd() && body.charAt(i + 1) == '>' ? i + 1 : -1;
    }

    /** The spaces before a {@code >} that starts a line of depth 0, when there are four to {@link #MAX_DEEP_INDENT}; else 0. */
    private static int deepIndent(CharSequence body, Line l) {
        if (l.depth() != 0) return 0;
        int i = l.start();
        while (i < l.textEnd() && body.charAt(i) == ' ' && i - l.start() <= MAX_DEEP_INDENT) i++;
        int spaces = i - l.start();
        if (spaces <= MAX_INDENT || spaces > MAX_DEEP_INDENT || i >= l.textEnd() || body.charAt(i) != '>') return 0;
        boolean prompt = i + 2 < l.textEnd() && body.charAt(i + 1) == '>' && body.charAt(i + 2) == '>';
        return prompt ? 0 : spaces;
    }

    /** Where the text of a quote line in {@code body[start, end)} starts: after its blanks, {@code >} (or {@code |>}) marks and one name tag. */
    static int textStart(CharSequence body, int start, int end) {
        int i = start;
        boolean tagged = false;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '>' || c == ' ' || c == '\t' || c == '|' && i + 1 < end && body.charAt(i + 1) == '>') {
                i++;
                continue;
            }
            int tag = tagged ? 0 : TagQuotes.tagAt(body, i, end);
            if (tag == 0) break;
            tagged = true;
            i = tag;
        }
        return i;
    }

    private static Line read(CharSequence body, int start, int end, int textEnd, char marker) {
        int i = start;
        int indent = 0;
        if (i < textEnd && body.charAt(i) == '\t') i++; // one tab, as some readers indent a quote or a whole body
        while (i < textEnd && body.charAt(i) == ' ' && indent < MAX_INDENT) {
            i++;
            indent++;
        }
        int depth = 0;
        int after = start;
        while (i < textEnd && body.charAt(i) == marker) {
            depth++;
            i++;
            after = i;
            if (i < textEnd && body.charAt(i) == ' ') {
                i++;
                after = i;
                if (i < textEnd && body.charAt(i) == ' ' && i + 1 < textEnd && body.charAt(i + 1) == marker) {
                    i++; // "> > >" written with two spaces
                }
            }
        }
        if (depth == 0) return new Line(start, end, textEnd, 0, start, (char) 0);
        return new Line(start, end, textEnd, depth, after, marker);
    }
}
