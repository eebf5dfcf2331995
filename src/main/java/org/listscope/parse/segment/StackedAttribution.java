package org.listscope.parse.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two attributions on one line, the second inside the message the first one quotes: Yahoo! Mail
 * quotes the message replied to whole and unmarked below {@code Ann <ann at example.org> wrote:},
 * and where that message opened with its own attribution the two run together ({@code Ann <ann at
 * example.org> wrote:  On Sat, 11 Jun 2005 ..., Bob wrote:}); a webmail that lost line breaks glues
 * a quoted attribution to the next, deeper one ({@code >> On ..., Ann wrote:>>> On ..., Bob wrote:}).
 *
 * @param outer the first attribution: who wrote the message quoted one level deeper than the line
 * @param inner the second: who wrote what that message quoted, two levels deeper
 * @param marks the quote marks before the second attribution ({@code >>>} is 3), 0 where there are none
 */
record StackedAttribution(Attribution outer, Attribution inner, int marks) {

    /** The first attribution's verb and colon, the second's text after it. */
    private static final Pattern FIRST_VERB = Pattern.compile("\\b" + AttributionDetector.VERB + "[\\s\u00a0?]*:", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LINE = 300;

    /** The two attributions {@code content} (a line after its quote marks) holds, or {@code null}. */
    static StackedAttribution detect(String content) {
        if (content.length() > MAX_LINE) return null;
        // the first attribution's verb and colon with the second's text after it: most lines hold none,
        // and the pattern tried at each word is dear
        int end = content.length();
        while (end > 0 && (Character.isWhitespace(content.charAt(end - 1)) || content.charAt(end - 1) == '>')) end--;
        if (!AttributionDetector.verbBeforeColon(content, end - 1)) return null;
        Matcher m = FIRST_VERB.matcher(content);
        if (!m.find()) return null;
        String rest = content.substring(m.end());
        int k = 0;
        int marks = 0;
        while (k < rest.length() && (rest.charAt(k) == '>' || rest.charAt(k) == ' ')) {
            if (rest.charAt(k++) == '>') marks++;
        }
        String second = rest.substring(k).strip();
        if (second.isEmpty()) return null;
        Attribution inner = AttributionDetector.detect(second, null);
        if (inner == null) return null;
        Attribution outer = AttributionDetector.detect(content.substring(0, m.end()), null);
        return outer == null ? null : new StackedAttribution(outer, inner, marks);
    }
}
