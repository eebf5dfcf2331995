package org.listscope.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Person names compared as people write them: {@code "Steve Bellovin"}, {@code "Steven M. Bellovin"},
 * {@code "Bellovin, Steven"}, {@code "Thomas Herve"} for {@code "Thomas Hervé"}, {@code "Jp Calderone"}
 * for {@code "Jean-Paul Calderone"}. Normalised to lower-case words without accents; two names are
 * variants of one name when the family names agree and the given names agree: the same, an initial or
 * the initials of the other, a familiar form of it by a table ({@link Nicknames}: "Bill" for
 * "William"), or a short form of it confirmed by Jaro-Winkler similarity.
 */
final class PersonNames {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s()<>\\[\\]]+@[^\\s()<>\\[\\]]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}");
    /**
     * A dash or a bar between words: what follows names a role or an organisation ("Jim Sewell -
     * KD4CKQ", "Thijs Triemstra | Collab").
     */
    private static final Pattern DASH = Pattern.compile("\\s-{1,2}\\s|\\s\\|\\s");
    /**
     * A part in brackets after a name whose own words hold no bracket: a handle, a place or a note
     * ("Mike Winter (miwinter)", "Thomas Weholt ( PRIVAT )"), not a relay's "May) (by way of ... (Timothy C. May)".
     */
    private static final Pattern BRACKETED = Pattern.compile("^([^()\\[\\]]*?)\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
    /** A one-letter word, an initial ("Fred L. Drake"). */
    private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}(?![\\p{L}\\p{N}])");
    /** What may follow a name after a comma without being a given name: "Jr.", "PhD", "III". */
    private static final Pattern SUFFIX = Pattern.compile(
            "(?i)\\s*(jr|sr|ii|iii|iv|phd|ph\\.?\\s?d|md|m\\.d|esq|dds|jd)\\.?\\s*,?\\s*");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    /** Jaro-Winkler similarity two variants of one name must reach. */
    static final double MIN_SIMILARITY = 0.85;

    private PersonNames() {
    }

    /**
     * Lower-case words of a name without accents, "Last, First" turned round; empty for no name.
     * Addresses and words with digits are no part of a name: a display name such as
     * "bill.stewart@pleasantonca.ncr.com +1-510-484-6204" is none, and "Bill_Stewart(HOY002)1305" or
     * "Bill Stewart +1-908-949-0705 wcs@anchor.ho.att.com" is "bill stewart". Nor is what follows a
     * name of two words or more in brackets ("Mike Winter (miwinter)"), after a dash or a bar
     * ("Stanton McCandlish - EFF Online Activist", "Thijs Triemstra | Collab"), or after a
     * comma where it is a suffix ("Fred L. Drake, Jr.", "Glenn Tarbox, PhD") or the name has an
     * initial ("A. J. Teel, Sui Juris"); any other comma turns "Last, First" round.
     */
    static String normalize(String name) {
        if (name == null) return "";
        String n = name.indexOf('@') < 0 ? name.strip() : ADDRESS.matcher(name).replaceAll(" ").strip();
        if (n.indexOf('(') >= 0 || n.indexOf('[') >= 0) {
            Matcher bracketed = BRACKETED.matcher(n);
            if (bracketed.matches() && words(bracketed.group(1)) >= 2) n = bracketed.group(1);
        }
        Matcher dash = DASH.matcher(n);
        if (dash.find() && words(n.substring(0, dash.start())) >= 2) n = n.substring(0, dash.start());
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0 && !n.contains("@")) {
            String before = n.substring(0, comma);
            String after = n.substring(comma + 1);
            boolean givenFirst = words(before) >= 2 && INITIAL.matcher(before).find();
            n = givenFirst || SUFFIX.matcher(after).matches() ? before : after + " " + before;
        }
        n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        n = NOT_WORD.matcher(unstroked(n.toLowerCase(Locale.ROOT))).replaceAll(" ").strip();
        return DIGITS.matcher(n).find() ? withoutDigitWords(n) : n;
    }

    /** How many words of letters or digits. */
    private static int words(String s) {
        String w = NOT_WORD.matcher(s).replaceAll(" ").strip();
        return w.isEmpty() ? 0 : w.split(" ").length;
    }

    private static String withoutDigitWords(String norm) {
        StringBuilder out = new StringBuilder(norm.length());
        for (String w : norm.split(" ")) {
            if (DIGITS.matcher(w).find()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /**
     * Lower-case letters that carry no separable accent, written as the search folds them ({@code
     * ł} as {@code l}, {@code ø} as {@code o}, {@code ß} as {@code ss}), so that "Jarosław" and
     * "Jaroslaw" are one name, as {@code from:jaroslaw} finds both.
     */
    private static String unstroked(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case 'ł', 'ŀ' -> "l";
                case 'ø' -> "o";
                case 'đ', 'ð' -> "d";
                case 'ħ' -> "h";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'œ' -> "oe";
                case 'þ' -> "th";
                default -> null;
            };
            if (r == null && out == null) continue;
            if (out == null) out = new StringBuilder(s.length() + 4).append(s, 0, i);
            out.append(r == null ? String.valueOf(c) : r);
        }
        return out == null ? s : out.toString();
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
        String fa = first(a);
        String fb = first(b);
        if (givenAgree(fa, a, fb, b)) return true;
        return shortForm(fa, fb) && JARO_WINKLER.apply(a, b) >= MIN_SIMILARITY;
    }

    /**
     * Whether a name typed in a search names the person of a full name the index holds: the family
     * names agree, and the first given names agree as in {@link #variants} or are a short form of
     * one another ("tim may" for "timothy c may", with no similarity asked: the searcher typed it).
     * Middle names and initials are not compared. Both normalised.
     */
    static boolean typedFor(String typed, String full) {
        if (!isFull(typed) || !isFull(full) || !last(typed).equals(last(full))) return false;
        String ft = first(typed);
        String ff = first(full);
        return givenAgree(ft, typed, ff, full) || shortForm(ft, ff);
    }

    /**
     * Whether the first given names {@code fa} and {@code fb} of the full names {@code a} and
     * {@code b} are one: the same, an initial of the other, the initials of the other's given
     * names, or a familiar form of it ({@link Nicknames}).
     */
    private static boolean givenAgree(String fa, String a, String fb, String b) {
        return fa.equals(fb) || initial(fa, fb) || initial(fb, fa) || initials(fa, b) || initials(fb, a)
                || Nicknames.sameName(fa, fb);
    }

    /** Whether one given name of three letters or more starts the other ("steve", "steven"). */
    private static boolean shortForm(String fa, String fb) {
        return (fa.length() >= 3 && fb.startsWith(fa)) || (fb.length() >= 3 && fa.startsWith(fb));
    }

    /** The first word. */
    private static String first(String norm) {
        int sp = norm.indexOf(' ');
        return sp < 0 ? norm : norm.substring(0, sp);
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
