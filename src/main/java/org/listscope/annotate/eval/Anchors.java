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
     * The sentence around a span: from the end of the sentence before it to the end of its own, as
     * the claims baseline splits sentences ({@link Baselines#SENTENCE_END}), and not across a line
     * where quoting starts or stops; without the white space before it.
     */
    static int[] sentenceAround(String body, int[] span) {
        int start = 0;
        int end = body.length();
        Matcher m = Baselines.SENTENCE_END.matcher(body);
        while (m.find()) {
            if (m.end() <= span[0]) {
                start = m.end();
            } else if (m.start() >= span[1]) {
                end = body.charAt(m.start()) == '\n' ? m.start() : m.end();
                break;
            }
        }
        for (int nl = body.indexOf('\n', start); nl >= 0 && nl < span[0]; nl = body.indexOf('\n', nl + 1)) {
            if (quotingChanges(body, nl)) start = nl + 1;
        }
        for (int nl = body.indexOf('\n', span[1]); nl >= 0 && nl < end; nl = body.indexOf('\n', nl + 1)) {
            if (quotingChanges(body, nl)) {
                end = nl;
                break;
            }
        }
        while (start < span[0] && Character.isWhitespace(body.charAt(start))) start++;
        return new int[] {start, end};
    }

    /** Whether the line after the line break at {@code nl} is quoted and the one before is not, or the other way round. */
    private static boolean quotingChanges(String body, int nl) {
        return nl + 1 < body.length() && quoted(body, body.lastIndexOf('\n', nl - 1) + 1) != quoted(body, nl + 1);
    }

    private static boolean quoted(String body, int lineStart) {
        int i = lineStart;
        while (i < body.length() && body.charAt(i) == ' ') i++;
        return i < body.length() && body.charAt(i) == '>';
    }
}
