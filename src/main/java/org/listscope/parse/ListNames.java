package org.listscope.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a message's list name: from a {@code List-Id} header, the subject tag
 * ({@code [Twisted-Python]}), or the archive's location ({@code .../pipermail/twisted-python/...}).
 */
final class ListNames {

    private static final Pattern TAG = Pattern.compile("\\[([A-Za-z0-9][A-Za-z0-9._-]{1,60})\\]");
    private static final Pattern LIST_ID = Pattern.compile("<([A-Za-z0-9._-]+?)\\.[^<>]*>");
    private static final Pattern PIPERMAIL_PATH = Pattern.compile("(?:pipermail|archives?|mailman/private|lists)/([A-Za-z0-9._-]+)/");

    private ListNames() {
    }

    /** The list name in lower case, or {@code null} when nothing says it. */
    static String guess(String listId, String subject, Input in) {
        if (listId != null) {
            Matcher m = LIST_ID.matcher(listId);
            if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
        }
        if (subject != null) {
            Matcher m = TAG.matcher(subject);
            if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
        }
        return fromLocation(in);
    }

    /** The list name from the input's URL or path, or {@code null}. */
    static String fromLocation(Input in) {
        String where = (in.url() != null ? in.url() : in.name()).replace('\\', '/');
        Matcher m = PIPERMAIL_PATH.matcher(where);
        String found = null;
        while (m.find()) found = m.group(1);
        return found == null ? null : found.toLowerCase(Locale.ROOT);
    }
}
