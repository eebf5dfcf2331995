package org.listscope.annotate.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a gold anchor in a body: the words in order, any run of whitespace and quote markers
 * ({@code >}) between them.
 */
final class Anchors {

    private Anchors() {
    }

    /** {@code [start, end)} of the n-th occurrence (from 1), or {@code null} when absent. */
    static int[] find(String body, String anchor, int occurrence) {
        String[] words = anchor.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) re.append("[\\s>]+");
            re.append(Pattern.quote(words[i]));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(body);
        int seen = 0;
        while (m.find()) {
            if (++seen == occurrence) return new int[] {m.start(), m.end()};
        }
        return null;
    }
}
