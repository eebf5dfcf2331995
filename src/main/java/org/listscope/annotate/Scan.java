package org.listscope.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast stand-in for {@link Matcher#find()}: the pattern is tried only at positions whose
 * character can start a match (a plain character scan skips the rest), and there with
 * {@link Matcher#lookingAt()} under transparent, non-anchoring bounds, so lookbehinds, {@code \b}
 * and {@code $} see the whole text. The matches are exactly those of {@code find()}, in the same
 * order; only the positions no match can start at are skipped. Java's regex engine otherwise tries
 * every alternative of a long alternation at every character. None of the patterns used with it
 * matches the empty string.
 */
final class Scan {

    /** Where a match may start: a table for ASCII; any other character is always tried. */
    private final boolean[] ascii = new boolean[128];

    /** Only where a word starts: the previous character is not a word character ({@code \\w}). */
    private final boolean wordStart;

    /** Optional: the prefixes a match can start with; {@code null} when not refined. */
    private final Prefixes prefixes;

    private Scan(String startChars, boolean wordStart) {
        this.wordStart = wordStart;
        this.prefixes = null;
        for (int i = 0; i < startChars.length(); i++) {
            char c = startChars.charAt(i);
            if (c < 128) ascii[c] = true;
        }
    }

    /** Positions holding one of {@code chars} (case-sensitive). */
    static Scan at(String chars) {
        return new Scan(chars, false);
    }

    /** Positions holding one of {@code chars} in either case. */
    static Scan atAnyCase(String chars) {
        return new Scan(chars.toLowerCase(java.util.Locale.ROOT) + chars.toUpperCase(java.util.Locale.ROOT), false);
    }

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LETTERS = UPPER + UPPER.toLowerCase(java.util.Locale.ROOT);
    static final String DIGITS = "0123456789";

    /**
     * The start of a word: a word character ({@code \\w}, or any non-ASCII character) not preceded
     * by an ASCII letter or digit. For patterns that begin with a lookbehind such as
     * {@code (?<![\\w'])} or {@code (?<![A-Za-z0-9'])} and whose every alternative starts with a
     * word character.
     */
    static final Scan WORD_START = new Scan(LETTERS + DIGITS + "_", true);

    private Scan(Scan base, Pattern p) {
        System.arraycopy(base.ascii, 0, ascii, 0, 128);
        this.wordStart = base.wordStart;
        this.prefixes = new Prefixes(p);
    }

    /** This scan refined per pattern. */
    private final Map<Pattern, Scan> refined = new ConcurrentHashMap<>();

    /** This scan narrowed to the {@link Prefixes} a match of {@code p} can start with; cached per pattern. */
    Scan refine(Pattern p) {
        return refined.computeIfAbsent(p, x -> new Scan(this, x));
    }

    private boolean mayStart(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 128 && !ascii[c]) return false;
        if (wordStart && i > 0) {
            char b = s.charAt(i - 1);
            if (b < 128 && isWord(b)) return false;
        }
        return prefixes == null || prefixes.mayStart(s, i);
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Calls {@code each} with every match of {@code p} in {@code s[from, to)}, as {@code find()} would. */
    void each(Pattern p, CharSequence s, int from, int to, Consumer<MatchResult> each) {
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int i = from;
        while (i < to) {
            if (!mayStart(s, i)) {
                i++;
                continue;
            }
            m.region(i, to);
            if (m.lookingAt()) {
                each.accept(m);
                i = m.end() > i ? m.end() : i + 1;
            } else {
                i++;
            }
        }
    }

    /** The first match of {@code p} in {@code s}, or {@code null}. */
    MatchResult first(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int to = s.length();
        for (int i = 0; i < to; i++) {
            if (!mayStart(s, i)) continue;
            m.region(i, to);
            if (m.lookingAt()) return m.toMatchResult();
        }
        return null;
    }
}
