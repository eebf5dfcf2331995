package org.listscope.parse;

import java.util.Locale;
import org.listscope.model.Author;

/**
 * Whether two sources show the same author of one message: the text archive's
 * {@code jeff at jamcupboard.co.uk (Jeff Silver)}, the page's {@code Jeff Silver}, a rendering's
 * {@code Jeff Silver jeff at}. Used only between candidates that already share subject and time.
 */
final class SameAuthor {

    private SameAuthor() {
    }

    static boolean compatible(Author a, Author b) {
        if (unknown(a) || unknown(b)) return true;
        if (a.address() != null && a.address().equalsIgnoreCase(b.address() == null ? "" : b.address())) return true;
        String na = norm(a.name());
        String nb = norm(b.name());
        if (!na.isEmpty() && na.equals(nb)) return true;
        return shows(a, b) || shows(b, a);
    }

    /** Whether what {@code b} shows names {@code a}'s address or its local part (cut short). */
    private static boolean shows(Author a, Author b) {
        if (a.address() == null) return false;
        String shown = b.shown().toLowerCase(Locale.ROOT);
        String addr = a.address().toLowerCase(Locale.ROOT);
        int at = addr.indexOf('@');
        String local = addr.substring(0, at);
        return shown.contains(addr) || shown.contains(local + " at " + addr.substring(at + 1))
                || shown.matches(".*\\b" + java.util.regex.Pattern.quote(local) + " at\\s*$")
                || norm(b.name()).equals(norm(addr)) || norm(b.name()).equals(norm(local + " at " + addr.substring(at + 1)));
    }

    private static boolean unknown(Author a) {
        return a.address() == null && (a.name() == null || a.name().isBlank()) && a.shown().isBlank();
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
