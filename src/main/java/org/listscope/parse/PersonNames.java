package org.listscope.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Person names compared as people write them: {@code "Steve Bellovin"}, {@code "Steven M. Bellovin"},
 * {@code "Bellovin, Steven"}, {@code "Thomas Herve"} for {@code "Thomas Hervé"}, {@code "Jp Calderone"}
 * for {@code "Jean-Paul Calderone"}. Normalised to lower-case words without accents; two names are
 * variants of one name when the family names agree and the given names agree: the same, an initial or
 * the initials of the other, or a short form of it confirmed by Jaro-Winkler similarity.
 */
final class PersonNames {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** Jaro-Winkler similarity two variants of one name must reach. */
    static final double MIN_SIMILARITY = 0.85;

    private PersonNames() {
    }

    /** Lower-case words of a name without accents, "Last, First" turned round; empty for no name. */
    static String normalize(String name) {
        if (name == null) return "";
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0 && !n.contains("@")) {
            n = n.substring(comma + 1) + " " + n.substring(0, comma);
        }
        n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Whether a normalised name is a full personal name: two or more words with letters. */
    static boolean isFull(String norm) {
        if (norm.isEmpty()) return false;
        String[] w = norm.split(" ");
        long wordsWithLetters = Arrays.stream(w).filter(s -> s.length() >= 2 && s.chars().anyMatch(Character::isLetter)).count();
        return wordsWithLetters >= 2;
    }

    /** The family name: the last word. */
    static String last(String norm) {
        int sp = norm.lastIndexOf(' ');
        return sp < 0 ? norm : norm.substring(sp + 1);
    }

    /** Whether two normalised names name one person ("steve bellovin" and "steven m bellovin"). */
    static boolean variants(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        if (!isFull(a) || !isFull(b)) return false;
        if (!last(a).equals(last(b))) return false;
        String fa = a.substring(0, a.indexOf(' '));
        String fb = b.substring(0, b.indexOf(' '));
        if (fa.equals(fb) || initial(fa, fb) || initial(fb, fa) || initials(fa, b) || initials(fb, a)) return true;
        boolean shortForm = (fa.length() >= 3 && fb.startsWith(fa)) || (fb.length() >= 3 && fa.startsWith(fb));
        return shortForm && JARO_WINKLER.apply(a, b) >= MIN_SIMILARITY;
    }

    /**
     * Whether two normalised full names of as many words are one letter apart (one letter added,
     * dropped or changed): "ralf schmmitt" and "ralf schmitt", "pandelis theodosiou" and "pantelis
     * theodosiou".
     * Weaker evidence than {@link #variants}: a typo or a transliteration on one address, not a
     * reason to join a name seen alone.
     */
    static boolean mistyped(String a, String b) {
        if (!isFull(a) || !isFull(b) || a.split(" ").length != b.split(" ").length) return false;
        int d = ONE_EDIT.apply(a, b);
        return d == 1;
    }

    /** Whether {@code given} is the one-letter initial of {@code other} ("j" for "john"). */
    private static boolean initial(String given, String other) {
        return given.length() == 1 && other.startsWith(given);
    }

    /**
     * Whether {@code given}, the first word of one name, is the initials of the given names of the
     * other name {@code full} ("jp" for "jean paul calderone").
     */
    private static boolean initials(String given, String full) {
        String[] words = full.split(" ");
        int n = words.length - 1; // the given names: all words but the family name
        if (n < 2 || given.length() != n) return false;
        for (int i = 0; i < n; i++) {
            if (words[i].isEmpty() || words[i].charAt(0) != given.charAt(i)) return false;
        }
        return true;
    }
}
