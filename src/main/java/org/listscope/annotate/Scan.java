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
 * matches the empty string. The positions are found in two steps: {@link #starts} (the characters,
 * and word starts, of the scan a pattern's scan was refined from), which several patterns over one
 * text can share, then the pattern's own {@link Prefixes}.
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

    /**
     * The positions of {@code s} where this scan's characters (and word starts) let a match begin,
     * before any pattern's {@link Prefixes} narrow them. Every scan refined from the same base
     * yields the same positions, so a caller that runs several of them over one text (the cue
     * patterns over a sentence) finds them once and hands them to each.
     */
    int[] starts(CharSequence s) {
        int n = s.length();
        int[] out = new int[Math.max(8, n / 4)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!candidate(s, i)) continue;
            if (count == out.length) out = java.util.Arrays.copyOf(out, count * 2);
            out[count++] = i;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Whether this scan's characters (and word starts) let a match begin at {@code i}; what {@link #starts} lists. */
    boolean candidate(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 128 && !ascii[c]) return false;
        if (wordStart && i > 0) {
            char b = s.charAt(i - 1);
            return b >= 128 || !isWord(b);
        }
        return true;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * For a table of {@link ScanSet}'s walk: whether a match may start at ASCII character {@code a}
     * after a character of {@link Prefixes#classBefore class} {@code cls}, followed by {@code b} (or
     * by none, or a non-ASCII one, when {@code b < 0}). Where this is false, {@link #candidate} or
     * {@link #mayStart} is false.
     */
    boolean mayBegin(int cls, char a, int b) {
        if (!ascii[a]) return false;
        if (cls < 0) return true;
        if (wordStart && cls == 1) return false;
        return prefixes == null || prefixes.begins(cls, a, b);
    }

    /** Whether the {@link Prefixes} this scan was refined with let a match start at {@code i}. */
    boolean mayStart(CharSequence s, int i) {
        return prefixes == null || prefixes.mayStart(s, i);
    }

    /** A matcher for {@code lookingAt} under transparent, non-anchoring bounds (see the class comment). */
    static Matcher lookingMatcher(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /**
     * Calls {@code each} with every match of {@code p} in {@code s}, as {@code find()} would, trying
     * only the positions of {@code starts} (this scan's {@link #starts} of {@code s}, or any subset
     * of them that holds every position a match can start at).
     */
    void each(Pattern p, CharSequence s, int[] starts, Consumer<MatchResult> each) {
        Matcher m = null;
        int to = s.length();
        int next = 0;
        for (int i : starts) {
            if (i < next || !mayStart(s, i)) continue;
            if (m == null) m = lookingMatcher(p, s);
            m.region(i, to);
            if (m.lookingAt()) {
                each.accept(m);
                next = m.end() > i ? m.end() : i + 1;
            }
        }
    }

    /**
     * The first match of {@code p} in {@code s}, or {@code null}, trying only the positions of
     * {@code starts} (as for {@link #each}).
     */
    MatchResult first(Pattern p, CharSequence s, int[] starts) {
        Matcher m = null;
        int to = s.length();
        for (int i : starts) {
            if (!mayStart(s, i)) continue;
            if (m == null) m = lookingMatcher(p, s);
            m.region(i, to);
            if (m.lookingAt()) return m.toMatchResult();
        }
        return null;
    }
}
