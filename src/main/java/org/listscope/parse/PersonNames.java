package org.listscope.parse;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Person names compared as people write them: {@code "Steve Bellovin"}, {@code "Steven M. Bellovin"},
 * {@code "Bellovin, Steven"}. Normalised to lower-case words; two names are variants of one name when
 * the family names agree and the given names agree, one being a short form or initial of the other,
 * confirmed by Jaro-Winkler similarity.
 */
final class PersonNames {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /** Jaro-Winkler similarity two variants of one name must reach. */
    static final double MIN_SIMILARITY = 0.85;

    private PersonNames() {
    }

    /** Lower-case words of a name, "Last, First" turned round; empty for no name. */
    static String normalize(String name) {
        if (name == null) return "";
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0 && !n.contains("@")) {
            n = n.substring(comma + 1) + " " + n.substring(0, comma);
        }
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
        boolean given = fa.equals(fb) || (fa.length() >= 3 && fb.startsWith(fa)) || (fb.length() >= 3 && fa.startsWith(fb))
                || (fa.length() == 1 && fb.startsWith(fa)) || (fb.length() == 1 && fa.startsWith(fb));
        return given && JARO_WINKLER.apply(a, b) >= MIN_SIMILARITY;
    }
}
