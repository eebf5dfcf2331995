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

    /**
     * The sentence around a span: back to the previous {@code . ! ?} followed by white space, a
     * blank line or a line where quoting starts or stops, and on to the next (or to the body's
     * ends), without the white space around it.
     */
    static int[] sentenceAround(String body, int[] span) {
        int start = span[0];
        while (start > 0 && !endsSentence(body, start - 1)) start--;
        while (start < span[0] && Character.isWhitespace(body.charAt(start))) start++;
        int end = span[1];
        while (end < body.length() && !endsSentence(body, end)) end++;
        if (end < body.length() && body.charAt(end) != '\n') end++;
        return new int[] {start, end};
    }

    private static boolean endsSentence(String body, int i) {
        char c = body.charAt(i);
        if (c == '\n') {
            return i + 1 < body.length() && (body.charAt(i + 1) == '\n' || quoted(body, body.lastIndexOf('\n', i - 1) + 1) != quoted(body, i + 1));
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)));
    }

    private static boolean quoted(String body, int lineStart) {
        int i = lineStart;
        while (i < body.length() && body.charAt(i) == ' ') i++;
        return i < body.length() && body.charAt(i) == '>';
    }
}
