package org.listscope.thread;

import java.util.Arrays;

/**
 * The shingles of a whole body that start on one of its own lines (quote depth 0, by
 * {@link QuoteLines#depth}): where text quoted from that body can be found in it. Offsets are into
 * the body, so a quote's span in its source can be read off directly.
 */
final class OwnLineShingles {

    private OwnLineShingles() {
    }

    /** The shingles of {@code body} whose first word is on an unquoted line, in body order. */
    static Shingles.Run of(String body) {
        Shingles.Run all = Shingles.of(body, 0, body.length());
        long[] hashes = new long[all.size()];
        int[] starts = new int[all.size()];
        int[] ends = new int[all.size()];
        int n = 0;
        int lineEnd = -1;
        boolean own = false;
        for (int k = 0; k < all.size(); k++) {
            int at = all.starts()[k];
            if (at > lineEnd) {
                int lineStart = body.lastIndexOf('\n', at - 1) + 1;
                own = QuoteLines.depth(body, lineStart) == 0;
                lineEnd = body.indexOf('\n', at);
                if (lineEnd < 0) lineEnd = body.length();
            }
            if (!own) continue;
            hashes[n] = all.hashes()[k];
            starts[n] = at;
            ends[n] = all.ends()[k];
            n++;
        }
        if (n == all.size()) return all;
        return new Shingles.Run(Arrays.copyOf(hashes, n), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
}
