package org.listscope.parse.segment;

import java.util.List;

/**
 * Reads quote markers at the start of a line: {@code >}, {@code >>}, {@code > >}, {@code >> >}
 * (up to a tab and three spaces of indent before and one space between markers; runs of lines
 * indented alike by up to eight spaces, {@link #rereadIndented}), and, when asked, {@code |} or
 * {@code :} markers.
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

    /** The line read with {@code marker} as its quote char ({@code |} or {@code :}). */
    static Line other(CharSequence body, Line line, char marker) {
        Line read = read(body, line.start(), line.end(), line.textEnd(), marker);
        return read.depth() > 0 ? read : line;
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

    /** Where the text of a quote line in {@code body[start, end)} starts: after its blanks, {@code >} marks and one name tag. */
    static int textStart(CharSequence body, int start, int end) {
        int i = start;
        boolean tagged = false;
        while (i < end) {
            char c = body.charAt(i);
            if (c == '>' || c == ' ' || c == '\t') {
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
