package org.listscope.thread;

/**
 * Which shingles of a whole body start on one of its own lines (quote depth 0, by
 * {@link QuoteLines#depth}): where text quoted from that body can be found in it.
 */
final class OwnLineShingles {

    private OwnLineShingles() {
    }

    /**
     * For each shingle of {@code run} (the shingles of all of {@code body}), whether its first word
     * is on an unquoted line.
     */
    static boolean[] of(String body, Shingles.Run run) {
        boolean[] own = new boolean[run.size()];
        int lineEnd = -1;
        boolean unquoted = false;
        for (int k = 0; k < run.size(); k++) {
            int at = run.starts()[k];
            if (at > lineEnd) {
                int lineStart = body.lastIndexOf('\n', at - 1) + 1;
                unquoted = QuoteLines.depth(body, lineStart) == 0;
                lineEnd = body.indexOf('\n', at);
                if (lineEnd < 0) lineEnd = body.length();
            }
            own[k] = unquoted;
        }
        return own;
    }
}
