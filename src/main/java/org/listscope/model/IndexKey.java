package org.listscope.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipermail thread key, as {@code thread.html} writes it in the comment before each entry
 * ({@code <!--3 01109775512.42182-01109797232.42183-01109780504.42184- -->}): the whole ancestry of
 * the entry, root first, the entry itself last. The drawn nesting stops at depth 3; the key does not.
 *
 * <p>Each part is {@code <date>.<article number>} for an archived message, or
 * {@code <date>/<Message-ID without brackets>} for a message pipermail knew only by its Message-ID
 * (an ancestor from another volume, or an early archive).
 *
 * @param parts the ancestry, root first, the entry itself last; never empty
 */
public record IndexKey(List<Part> parts) {

    /**
     * One ancestor in a key.
     *
     * @param epochSeconds the message date pipermail stored (seconds since 1970, may be negative)
     * @param number       the article number ({@code 42183}), or {@code null}
     * @param messageId    the Message-ID with angle brackets, or {@code null}
     */
    public record Part(long epochSeconds, String number, String messageId) {

        public Part {
            if ((number == null) == (messageId == null)) {
                throw new IllegalArgumentException("a key part has a number or a Message-ID");
            }
        }
    }

    // date, then .number or /message-id; a part ends at "-" before the next part's date or at the end
    private static final Pattern PART = Pattern.compile(
            "(-?\\d{1,12})(?:\\.(\\d+)|/(\\S+?))-(?=-?\\d{1,12}[./]|\\s*$)");

    public IndexKey {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("an index key has at least one part");
    }

    /**
     * Reads a key (the comment text after the depth number); {@code null} when the text is not a
     * pipermail key.
     */
    public static IndexKey parse(String key) {
        if (key == null) return null;
        String s = key.strip();
        if (!s.endsWith("-")) s = s + "-";
        List<Part> parts = new ArrayList<>();
        Matcher m = PART.matcher(s);
        int at = 0;
        while (at < s.length() && m.find(at) && m.start() == at) {
            long date;
            try {
                date = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return null;
            }
            parts.add(m.group(2) != null
                    ? new Part(date, stripZeros(m.group(2)), null)
                    : new Part(date, null, "<" + m.group(3) + ">"));
            at = m.end();
        }
        return parts.isEmpty() || at != s.length() ? null : new IndexKey(parts);
    }

    /** The entry itself: the last part. */
    public Part self() {
        return parts.get(parts.size() - 1);
    }

    /** The entry's parent, or {@code null} for a thread root. */
    public Part parent() {
        return parts.size() < 2 ? null : parts.get(parts.size() - 2);
    }

    private static String stripZeros(String number) {
        int i = 0;
        while (i < number.length() - 1 && number.charAt(i) == '0') i++;
        return number.substring(i);
    }
}
