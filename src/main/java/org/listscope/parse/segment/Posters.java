package org.listscope.parse.segment;

import java.text.Normalizer;
import java.util.Locale;
import org.listscope.model.Author;

/**
 * The poster of a message, as its body names them: the sender of a forward the poster forwards
 * again, their name signing off. Names are compared by their letters and digits, without case,
 * accents, blanks or punctuation.
 */
final class Posters {

    private Posters() {
    }

    /**
     * Whether {@code sender} (a forward's {@code From:} as {@link AttributionDetector#author} reads
     * it: a name, else an address) is {@code poster}: the same name, address or address local part,
     * letters and digits compared without case or accents; a title after a comma is left out, and so
     * is a DECnet node before {@code ::}.
     */
    static boolean same(String sender, Author poster) {
        if (sender == null || poster == null) return false;
        int comma = sender.indexOf(',');
        if (comma > 0 && same(sender.substring(0, comma), poster)) return true; // "Philip Zimmermann, creator of PGP"
        int node = sender.indexOf("::");
        if (node > 0 && same(sender.substring(node + 2), poster)) return true; // VMS "CCSVAX::F_GRIFFITH"
        String s = fold(sender);
        if (s.length() < 3) return false;
        if (s.equals(fold(poster.name()))) return true;
        String address = poster.address();
        if (address == null) return false;
        int at = address.indexOf('@');
        return s.equals(fold(address)) || at > 0 && s.equals(fold(address.substring(0, at)));
    }

    /** Whether the poster's name has two words or more (a full name, not a handle or a first name). */
    static boolean hasFullName(Author poster) {
        String name = poster.name();
        return name != null && name.strip().split("\\s+").length >= 2 && fold(name).length() >= 5;
    }

    /**
     * Whether a line is the poster's full name alone, signed as people sign ({@code Ed Suominen},
     * {@code -- Ed Suominen}, {@code ~Ed Suominen,}).
     */
    static boolean isFullName(String line, Author poster) {
        String f = fold(line);
        return !f.isEmpty() && f.equals(fold(poster.name()));
    }

    /**
     * Whether a line is the poster's full name or given name alone ({@code Manlio Perillo},
     * {@code - Bruce}, {@code /Anders}, {@code Trent.}).
     */
    static boolean isName(String line, Author poster) {
        if (poster == null || poster.name() == null) return false;
        String f = fold(line);
        if (f.length() < 3) return false;
        if (f.equals(fold(poster.name()))) return true;
        String[] words = poster.name().strip().split("\\s+");
        return words.length >= 2 && f.equals(fold(words[0]));
    }

    private static String fold(String s) {
        if (s == null) return "";
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
    }
}
