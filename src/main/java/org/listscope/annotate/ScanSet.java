package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Up to 64 patterns, each with its {@link Scan}, run over one text in a single walk: at each
 * position only the patterns whose scan lists the character there are tried. The matches of each
 * pattern are exactly those {@link Scan#each} finds (a pattern's next match starts at or after the
 * end of its last one); they reach the caller in text order, each with its pattern's number.
 */
final class ScanSet {

    /** Receives one match of pattern number {@code which}. */
    @FunctionalInterface
    interface Hit {
        void accept(int which, MatchResult m);
    }

    private final Scan[] scans;
    private final Pattern[] patterns;

    /** Per ASCII character, the patterns whose scan lists it, as bits. */
    private final long[] byChar = new long[128];

    ScanSet(List<Scan> scans, List<Pattern> patterns) {
        if (scans.size() != patterns.size() || scans.size() > 64) throw new IllegalArgumentException("1 to 64 scans, one per pattern");
        this.scans = scans.toArray(Scan[]::new);
        this.patterns = patterns.toArray(Pattern[]::new);
        for (char c = 0; c < 128; c++) {
            for (int x = 0; x < this.scans.length; x++) {
                if (this.scans[x].lists(c)) byChar[c] |= 1L << x;
            }
        }
    }

    /** Calls {@code hit} with every match in {@code s} of the patterns whose bit is set in {@code enabled}. */
    void each(CharSequence s, long enabled, Hit hit) {
        if (scans.length < 64) enabled &= (1L << scans.length) - 1;
        int n = s.length();
        int[] next = new int[scans.length];
        Matcher[] matchers = new Matcher[scans.length];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            long bits = (c < 128 ? byChar[c] : -1L) & enabled;
            while (bits != 0) {
                int x = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (i < next[x] || !scans[x].candidate(s, i) || !scans[x].mayStart(s, i)) continue;
                Matcher m = matchers[x];
                if (m == null) m = matchers[x] = Scan.lookingMatcher(patterns[x], s);
                m.region(i, n);
                if (m.lookingAt()) {
                    hit.accept(x, m);
                    next[x] = m.end() > i ? m.end() : i + 1;
                }
            }
        }
    }
}
