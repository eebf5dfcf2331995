package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first few characters a match of one pattern can start with, found once by probing the
 * pattern, so that {@link Scan} tries the pattern only where the text starts with one of them.
 * Prefixes are kept separately after an ASCII letter or digit (where a leading {@code \b} or
 * {@code (?<![\w-])} fails) and after any other ASCII character but the underscore.
 *
 * <p>A prefix is kept when the pattern, tried on a probe of a context and the prefix, matches or
 * wants more text ({@link Matcher#hitEnd()}): every match in a real text then starts with a kept
 * prefix. The contexts stand for the character before the match: a space, and {@code "the "} for a
 * pattern with a lookbehind such as {@code (?<=[Tt]he\s)}, for the other class; a lower- and
 * upper-case letter and a digit after a letter or digit. Prefixes are refined one character at a time up
 * to {@link #DEPTH}, while there are few enough of them. Only printable ASCII and line breaks are
 * told apart; at any other character (or after a non-ASCII one) the pattern is always tried. For a
 * pattern that ignores case ({@link #ignoresCase}) prefixes are kept in lower case only, so that the
 * probes go deeper instead of into case variants ("the u", "The U", "THE u", ...).
 */
final class Prefixes {

    /** The longest prefix kept (a key of the set holds up to eight 7-bit characters). */
    static final int DEPTH = 8;

    /**
     * The most probes per pattern, class and level (about a millisecond each thousand): prefixes are
     * refined one character further only while the next level's probes stay within it, so that
     * building the tables stays cheap. The budget is per level, not per pattern, so that a long
     * alternation (the names of the acts) still gets past its first two characters, where most
     * words of a text would otherwise be tried. At 20,000, the acts' 15 more aliases of round 48
     * stopped their table a level earlier and made finding citations 50% dearer (1.63-1.68 against
     * 1.08-1.15 CPU-s over cypherpunks 1994 and twisted-python 2008); at 30,000 it takes 1.03-1.05 s,
     * and the tables take about 0.25 s more to build, once per process.
     */
    private static final int PROBES = 30_000;

    /** Per class, what stands before the probed prefix. */
    private final String[][] contexts;

    /** Per class, whether a match may start with a character; a fast path of the set. */
    private final boolean[][] firsts = new boolean[2][128];

    /** Per class, whether a match may start with a first and a second character; a fast path of the set. */
    private final boolean[][] pairs = new boolean[2][128 * 128];

    /** Open-addressing set of keys (see {@link #key}); 0 marks an empty slot. */
    private final long[] keys;

    /** Per class: how many leading characters the set covers. */
    private final int[] depth = new int[2];

    /** Whether the pattern ignores ASCII case: prefixes are then probed and looked up in lower case. */
    private final boolean fold;

    Prefixes(Pattern p) {
        Matcher m = p.matcher("");
        fold = ignoresCase(p);
        int alphabet = 0;
        for (char c = 0; c < 128; c++) {
            if (probed(c)) alphabet++;
        }
        contexts = new String[][] {p.pattern().contains("(?<=") ? new String[] {" ", "the "} : new String[] {" "}, {"a", "Z", "0"}};
        List<Long> kept = new ArrayList<>();
        for (int cls = 0; cls < 2; cls++) {
            List<String> level = List.of("");
            int d = 0;
            while (d < DEPTH) {
                if (level.size() * alphabet * contexts[cls].length > PROBES) break;
                List<String> next = new ArrayList<>();
                for (String prefix : level) {
                    for (char c = 0; c < 128; c++) {
                        if (!probed(c)) continue;
                        String probe = prefix + c;
                        if (possible(m, cls, probe)) next.add(probe);
                    }
                }
                for (String prefix : next) {
                    kept.add(key(cls, prefix, prefix.length()));
                    if (prefix.length() == 1) firsts[cls][prefix.charAt(0)] = true;
                    if (prefix.length() == 2) pairs[cls][prefix.charAt(0) * 128 + prefix.charAt(1)] = true;
                }
                level = next;
                d++;
                if (next.isEmpty()) break;
            }
            depth[cls] = d;
        }
        int size = Integer.highestOneBit(Math.max(4, kept.size() * 3)) * 2;
        keys = new long[size];
        for (long k : kept) add(k);
    }

    /** Characters the table tells apart; at any other the pattern is always tried. */
    static boolean checked(char c) {
        return c >= 32 && c < 127 || c == '\n';
    }

    /**
     * Whether every part of {@code p} ignores ASCII case, so that a text matches exactly where its
     * lower-cased copy does: the pattern is compiled with {@link Pattern#CASE_INSENSITIVE} or
     * starts with {@code (?i)}, and never turns a flag off. Case variants would otherwise multiply
     * the prefixes and use up the probes a few characters in.
     */
    static boolean ignoresCase(Pattern p) {
        String r = p.pattern();
        return ((p.flags() & Pattern.CASE_INSENSITIVE) != 0 || r.startsWith("(?i)")) && !r.contains("(?-");
    }

    /** The characters probed: the {@link #checked} ones, without upper-case letters when case is folded. */
    private boolean probed(char c) {
        return checked(c) && !(fold && c >= 'A' && c <= 'Z');
    }

    /** The character at {@code i}, lower-cased when case is folded. */
    private char at(CharSequence s, int i) {
        return fold(s.charAt(i));
    }

    private boolean possible(Matcher m, int cls, String prefix) {
        for (String context : contexts[cls]) {
            String probe = context + prefix;
            m.reset(probe);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(context.length(), probe.length());
            // a match, or the engine wanted more text: a match may start with this prefix
            if (m.lookingAt() || m.hitEnd()) return true;
        }
        return false;
    }

    /**
     * The class of the character before a position: 1 an ASCII letter or digit, -1 an underscore or
     * a non-ASCII character (rare, and {@code \b} and {@code \w} disagree on some), else 0 (also at
     * the start of the text).
     */
    static int classBefore(CharSequence s, int i) {
        return i == 0 ? 0 : classOf(s.charAt(i - 1));
    }

    /** The class (see {@link #classBefore}) of the character before a position. */
    static int classOf(char b) {
        if (b >= 128 || b == '_') return -1;
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ? 1 : 0;
    }

    /**
     * The first two steps of {@link #mayStart} for a table: whether a match may start with ASCII
     * character {@code a} after a character of class {@code cls} (0 or 1), followed by {@code b}, or
     * by no character or a non-ASCII one when {@code b < 0}. Where this is false, {@code mayStart}
     * is false too.
     */
    boolean begins(int cls, char a, int b) {
        int d = depth[cls];
        char fa = fold(a);
        if (d == 0 || !checked(fa)) return true;
        if (!firsts[cls][fa]) return false;
        if (d < 2 || b < 0) return true;
        char fb = fold((char) b);
        return !checked(fb) || pairs[cls][fa * 128 + fb];
    }

    private char fold(char c) {
        return fold && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** A unique non-zero key of a class and the first {@code length} characters of {@code s} from 0. */
    private static long key(int cls, CharSequence s, int length) {
        long k = cls + 1;
        for (int j = 0; j < length; j++) k = k << 7 | s.charAt(j);
        return k;
    }

    /** Whether a match of the pattern may start at {@code i} of {@code s}, judged by the characters there and before. */
    boolean mayStart(CharSequence s, int i) {
        int cls = classBefore(s, i);
        if (cls < 0) return true;
        int n = s.length();
        int d = depth[cls];
        char a = at(s, i);
        if (d == 0 || !checked(a)) return true;
        if (!firsts[cls][a]) return false;
        if (d < 2 || i + 1 >= n) return true;
        char b = at(s, i + 1);
        if (!checked(b)) return true;
        if (!pairs[cls][a * 128 + b]) return false;
        long k = (long) (cls + 1) << 14 | a << 7 | b;
        for (int j = 2; j < d && i + j < n; j++) {
            char c = at(s, i + j);
            if (!checked(c)) return true;
            k = k << 7 | c;
            if (!contains(k)) return false;
        }
        return true;
    }

    private void add(long k) {
        int mask = keys.length - 1;
        int h = hash(k) & mask;
        while (keys[h] != 0 && keys[h] != k) h = (h + 1) & mask;
        keys[h] = k;
    }

    private boolean contains(long k) {
        int mask = keys.length - 1;
        int h = hash(k) & mask;
        while (true) {
            long x = keys[h];
            if (x == k) return true;
            if (x == 0) return false;
            h = (h + 1) & mask;
        }
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
