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
 * @param date  when the message was written, or {@code null}
 */
record Text(String body, String clean, String lower, Instant date) {

    Text {
        if (body == null || clean == null || clean.length() != body.length() || lower.length() != body.length()) {
            throw new IllegalArgumentException("cleaned text must keep the body's length");
        }
    }

    /** Cleans {@code body} and prepares its lower-case view. */
    static Text of(String body, Instant date) {
        String clean = Cleaner.clean(body);
        return new Text(body, clean, asciiLower(clean), date);
    }

    /** The original text of a span (what an annotation's {@code text} must be). */
    String slice(int start, int end) {
        return body.substring(start, end);
    }

    private static String asciiLower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 'A' && c <= 'Z') cs[i] = (char) (c + 32);
        }
        return new String(cs);
    }

    @Override
    public String toString() {
        return "Text[" + body.length() + " chars, " + (date == null ? "no date" : date.toString().toLowerCase(Locale.ROOT)) + "]";
    }
}
