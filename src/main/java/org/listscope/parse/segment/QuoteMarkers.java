package org.listscope.parse.segment;

/**
 * Reads quote markers at the start of a line: {@code >}, {@code >>}, {@code > >}, {@code >> >}
 * (up to a tab and three spaces of indent before and one space between markers), and, when asked,
 * {@code |} or {@code :} markers.
 */
final class QuoteMarkers {

    private static final int MAX_INDENT = 3;

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
