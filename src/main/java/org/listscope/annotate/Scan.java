package org.listscope.annotate;

import java.util.List;
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

    /**
     * Optional: for a first character {@code a} and a next character {@code b} (both ASCII, {@code b}
     * printable or a line break), whether a match can start with {@code ab}; {@code null} when not refined.
     */
    private final boolean[] pairs;

    private Scan(String startChars, boolean wordStart) {
        this.wordStart = wordStart;
        this.pairs = null;
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

    private Scan(Scan base, Pattern p, List<String> contexts) {
        System.arraycopy(base.ascii, 0, ascii, 0, 128);
        this.wordStart = base.wordStart;
        this.pairs = new boolean[128 * 128];
        Matcher m = p.matcher("");
        for (int a = 0; a < 128; a++) {
            if (!ascii[a]) continue;
            for (int b = 0; b < 128; b++) {
                if (!checked((char) b)) continue;
                for (String context : contexts) {
                    String probe = context + (char) a + (char) b;
                    m.reset(probe);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    m.region(context.length(), probe.length());
                    // a match, or the engine wanted more text: a match may start with these two characters
                    if (m.lookingAt() || m.hitEnd()) {
                        pairs[a * 128 + b] = true;
                        break;
                    }
                }
            }
        }
    }

    /** Second characters the pair table covers; any other is always tried. */
    private static boolean checked(char b) {
        return b >= 32 && b < 127 || b == '\n';
    }

    /** This scan refined per pattern. */
    private final Map<Pattern, Scan> refined = new ConcurrentHashMap<>();

    /**
     * This scan narrowed to the first two characters a match of {@code p} can start with, found by
     * probing {@code p} once per pair (after a space, or after "the " for a lookbehind such as
     * {@code (?<=[Tt]he\\s)}); cached per pattern.
     */
    Scan refine(Pattern p) {
        return refined.computeIfAbsent(p, x -> new Scan(this, x, List.of(" ", "the ")));
    }

    private boolean mayStart(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 128 && !ascii[c]) return false;
        if (pairs != null && c < 128 && i + 1 < s.length()) {
            char b = s.charAt(i + 1);
            if (checked(b) && !pairs[c * 128 + b]) return false;
        }
        if (!wordStart || i == 0) return true;
        char b = s.charAt(i - 1);
        return !(b < 128 && isWord(b));
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
