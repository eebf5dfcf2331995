package org.listscope.thread;

/**
 * A body split by quote depth, line by line ({@code >} marks, spaces between them allowed), so that
 * threading works the same whether or not the body has been segmented.
 *
 * @param own    the author's own lines (depth 0) joined by newlines, list footer cut off
 * @param quoted the lines quoted once (depth 1), {@code >} marks removed, joined by newlines
 * @param deeper the lines quoted more than once, marks removed
 */
record QuoteLines(String own, String quoted, String deeper) {

    private static final String FOOTER = "More information about the ";
    private static final String NEXT_PART = "-------------- next part --------------";

    /** Splits a body. */
    static QuoteLines of(String body) {
        StringBuilder own = new StringBuilder();
        StringBuilder quoted = new StringBuilder();
        StringBuilder deeper = new StringBuilder();
        int i = 0;
        int n = body.length();
        while (i < n) {
            int eol = body.indexOf('\n', i);
            if (eol < 0) eol = n;
            int depth = 0;
            int j = i;
            while (j < eol) {
                char c = body.charAt(j);
                if (c == '>') depth++;
                else if (c != ' ' && c != '\t') break;
                j++;
            }
            if (depth == 0 && (body.startsWith(FOOTER, j) || body.startsWith(NEXT_PART, j))) break;
            StringBuilder into = depth == 0 ? own : depth == 1 ? quoted : deeper;
            into.append(body, depth == 0 ? i : j, eol).append('\n');
            i = eol + 1;
        }
        return new QuoteLines(own.toString(), quoted.toString(), deeper.toString());
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
