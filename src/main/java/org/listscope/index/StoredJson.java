package org.listscope.index;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * The message JSON as the index stores it: whole but for the body's value, which is left empty
 * ({@code "body":""}). The body is stored once, in {@link Fields#HIT} with the segments a hit's
 * own and quoted text are cut from, rather than twice: the stored JSON of a message was about half
 * body. Reading a message puts the body back ({@link #withBody}).
 *
 * <p>The body's place is found by its key: in the JSON that {@code Json.line} writes, {@code "body":"}
 * can stand nowhere but at the message's own {@code body} key, for inside a JSON string every
 * quotation mark is escaped, and the fields before it ({@code from}, {@code source}) hold no key of
 * that name.
 */
final class StoredJson {

    private static final String KEY = "\"body\":\"";

    private StoredJson() {
    }

    /** {@code json} with the body's value emptied. */
    static String withoutBody(String json) {
        int from = json.indexOf(KEY);
        if (from < 0) throw new IllegalArgumentException("message JSON without a body: " + head(json));
        from += KEY.length();
        int to = json.indexOf('"', from);
        while (to >= 0 && escaped(json, from, to)) to = json.indexOf('"', to + 1);
        if (to < 0) throw new IllegalArgumentException("message JSON whose body does not end: " + head(json));
        return json.substring(0, from) + json.substring(to);
    }

    /** Whether the quote at {@code quote} is escaped: an odd number of backslashes stand before it, after {@code from}. */
    private static boolean escaped(String json, int from, int quote) {
        int k = quote;
        while (k > from && json.charAt(k - 1) == '\\') k--;
        return (quote - k) % 2 == 1;
    }

    /** JSON stored by {@link #withoutBody} with {@code body} put back as its value. */
    static String withBody(String stored, String body) {
        int at = stored.indexOf(KEY);
        if (at < 0 || stored.charAt(at + KEY.length()) != '"') {
            throw new IllegalArgumentException("stored message JSON without an empty body: " + head(stored));
        }
        at += KEY.length();
        char[] escaped = JsonStringEncoder.getInstance().quoteAsString(body);
        return new StringBuilder(stored.length() + escaped.length)
                .append(stored, 0, at).append(escaped).append(stored, at, stored.length()).toString();
    }

    private static String head(String json) {
        return json.length() <= 80 ? json : json.substring(0, 80) + "...";
    }
}
