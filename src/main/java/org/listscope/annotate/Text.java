package org.listscope.annotate;

import java.time.Instant;
import java.util.Locale;

/**
 * One message body as the stages see it: the original, a cleaned copy of the same length (so every
 * offset found in it is a body offset), and a lower-case copy for cheap prefilters.
 *
 * @param body  the original body
 * @param clean the cleaned body, {@code clean.length() == body.length()}
 * @param lower {@code clean} in lower case (same length: only ASCII letters are folded)
 * @param lowerChars {@code lower} as an array, for walks character by character (never changed): a
 *              text holding a character beyond Latin-1 is stored in two bytes a character, and with
 *              the launcher's inlining limits each {@code charAt} of such a string is a call
 * @param date  when the message was written, or {@code null}
 */
record Text(String body, String clean, String lower, char[] lowerChars, Instant date) {

    Text {
        if (body == null || clean == null || clean.length() != body.length() || lower.length() != body.length()
                || lowerChars.length != body.length()) {
            throw new IllegalArgumentException("cleaned text must keep the body's length");
        }
    }

    /** Cleans {@code body} and prepares its lower-case view. */
    static Text of(String body, Instant date) {
        String clean = Cleaner.clean(body);
        char[] lower = asciiLower(clean);
        return new Text(body, clean, new String(lower), lower, date);
    }

    /** The original text of a span (what an annotation's {@code text} must be). */
    String slice(int start, int end) {
        return body.substring(start, end);
    }

    /**
     * Whether the lower-case text holds {@code phrase} (lower case), each space in it standing for
     * any run of white space: the words of "bank secrecy" may stand on two lines, as wrapped mail
     * puts them.
     */
    boolean has(String phrase) {
        if (lower.contains(phrase)) return true;
        int lead = 0;
        while (lead < phrase.length() && phrase.charAt(lead) == ' ') lead++;
        int firstEnd = phrase.indexOf(' ', lead);
        if (firstEnd < 0 || lead == phrase.length()) return false;
        String first = phrase.substring(lead, firstEnd);
        for (int at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
            if (lead > 0 && (at == 0 || !Character.isWhitespace(lower.charAt(at - 1)))) continue;
            if (spacedAt(phrase, firstEnd, at + first.length())) return true;
        }
        return false;
    }

    /** Whether {@code phrase} from {@code p} on stands at {@code k}, a space matching one or more blanks. */
    private boolean spacedAt(String phrase, int p, int k) {
        while (p < phrase.length()) {
            char c = phrase.charAt(p);
            if (c == ' ') {
                if (k >= lower.length() || !Character.isWhitespace(lower.charAt(k))) return false;
                while (k < lower.length() && Character.isWhitespace(lower.charAt(k))) k++;
                while (p < phrase.length() && phrase.charAt(p) == ' ') p++;
            } else {
                if (k >= lower.length() || lower.charAt(k) != c) return false;
                k++;
                p++;
            }
        }
        return true;
    }

    private static char[] asciiLower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 'A' && c <= 'Z') cs[i] = (char) (c + 32);
        }
        return cs;
    }

    @Override
    public String toString() {
        return "Text[" + body.length() + " chars, " + (date == null ? "no date" : date.toString().toLowerCase(Locale.ROOT)) + "]";
    }
}
