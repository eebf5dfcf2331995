package org.listscope.parse.segment;

/**
 * One line of a body, with its quote marker read.
 *
 * @param start       offset of the first char
 * @param end         offset after the line break (or the body's end)
 * @param textEnd     offset after the last char before the line break
 * @param depth       how many quote markers prefix it ({@code > > x} is 2)
 * @param contentStart offset after the quote markers and the space that follows them
 * @param marker      the quote marker char ({@code '>'}, {@code '|'}, {@code ':'}) or {@code 0}
 */
record Line(int start, int end, int textEnd, int depth, int contentStart, char marker) {

    /** The line's content after its quote markers, without the line break. */
    String content(CharSequence body) {
        return body.subSequence(contentStart, textEnd).toString();
    }

    /** The whole line without the line break. */
    String text(CharSequence body) {
        return body.subSequence(start, textEnd).toString();
    }

    /** Whether the content after any quote markers is blank. */
    boolean blankContent(CharSequence body) {
        for (int i = contentStart; i < textEnd; i++) {
            if (!Character.isWhitespace(body.charAt(i))) return false;
        }
        return true;
    }

    /** The offset of the content's first char that is no space or tab ({@link #textEnd} if none). */
    int firstVisible(CharSequence body) {
        int c = contentStart;
        while (c < textEnd && (body.charAt(c) == ' ' || body.charAt(c) == '\t')) c++;
        return c;
    }

    /** Whether the content after any quote markers ends with a colon, spaces and tabs aside. */
    boolean endsWithColon(CharSequence body) {
        for (int k = textEnd - 1; k >= contentStart; k--) {
            char c = body.charAt(k);
            if (c == ':') return true;
            if (c != ' ' && c != '\t') return false;
        }
        return false;
    }

    /**
     * How many of {@code marks} the content holds where it holds nothing else but spaces and tabs (a
     * rule line: {@code -----}, {@code .....}); 0 where it holds anything else.
     */
    int ruleMarks(CharSequence body, String marks) {
        int count = 0;
        for (int k = contentStart; k < textEnd; k++) {
            char c = body.charAt(k);
            if (marks.indexOf(c) >= 0) count++;
            else if (c != ' ' && c != '\t') return 0;
        }
        return count;
    }

    /** Whether the content after any quote markers starts with a tab. */
    boolean ledByTab(CharSequence body) {
        return contentStart < textEnd && body.charAt(contentStart) == '\t';
    }

    /** Whether the whole line is blank (no quote markers, no text). */
    boolean blank(CharSequence body) {
        return depth == 0 && blankContent(body);
    }

    /** The same line read with another quote depth. */
    Line withDepth(int newDepth, int newContentStart, char newMarker) {
        return new Line(start, end, textEnd, newDepth, newContentStart, newMarker);
    }
}
