package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Up to 64 patterns, each with its {@link Scan}, run over one text in a single walk: at each
 * position only the patterns that may start a match there are tried. Which ones may is read from a
 * table of bit masks, by the character there, the one after it and the class of the one before it
 * (its scan's characters and word starts, and the first two steps of its {@link Prefixes}); each
 * pattern so chosen is then checked further as its own scan would check it. The matches of each
 * pattern are exactly those {@link Scan#each} finds (a pattern's next match starts at or after the
 * end of its last one) where the caller keeps each match whole; they reach the caller in text order,
 * each with its pattern's number.
 */
final class ScanSet {

    /** Receives one match of pattern number {@code which}. */
    @FunctionalInterface
    interface Hit {
        /**
         * Takes one match and returns where the pattern's next match may start: {@code m.end()} to
         * go on as {@link Matcher#find()} would, or less where only the match's start was kept (a
         * case name cut short of a party the pattern ran on into).
         */
        int accept(int which, MatchResult m);
    }

    private final Scan[] scans;
    private final Pattern[] patterns;

    /** The bits of every pattern. */
    private final long all;

    /** Per ASCII character after an underscore or a non-ASCII character: the patterns whose scan lists the character. */
    private final long[] byChar = new long[128];

    /** Per class of the character before (0 or 1), per ASCII character and the ASCII character after it: the patterns that may start there. */
    private final long[][] byPair = new long[2][128 * 128];

    /** As {@link #byPair}, where no character, or a non-ASCII one, follows. */
    private final long[][] byFirst = new long[2][128];

    ScanSet(List<Scan> scans, List<Pattern> patterns) {
        if (scans.size() != patterns.size() || scans.isEmpty() || scans.size() > 64) {
            throw new IllegalArgumentException("1 to 64 scans, one per pattern");
        }
        this.scans = scans.toArray(Scan[]::new);
        this.patterns = patterns.toArray(Pattern[]::new);
        this.all = this.scans.length == 64 ? -1L : (1L << this.scans.length) - 1;
        for (int x = 0; x < this.scans.length; x++) {
            Scan scan = this.scans[x];
            long bit = 1L << x;
            for (char a = 0; a < 128; a++) {
                if (scan.mayBegin(-1, a, -1)) byChar[a] |= bit;
                for (int cls = 0; cls < 2; cls++) {
                    if (scan.mayBegin(cls, a, -1)) byFirst[cls][a] |= bit;
                    for (char b = 0; b < 128; b++) {
                        if (scan.mayBegin(cls, a, b)) byPair[cls][a << 7 | b] |= bit;
                    }
                }
            }
        }
    }

    /** Calls {@code hit} with every match in {@code s} of the patterns whose bit is set in {@code enabled}. */
    void each(CharSequence s, long enabled, Hit hit) {
        each(s, enabled, 0L, hit);
    }

    /**
     * As {@link #each(CharSequence, long, Hit)}, where the patterns whose bit is set in
     * {@code firstOnly} stop at their first match.
     */
    void each(CharSequence s, long enabled, long firstOnly, Hit hit) {
        enabled &= all;
        int n = s.length();
        int[] next = new int[scans.length];
        Matcher[] matchers = new Matcher[scans.length];
        int before = 0; // the class of the character before i (0 at the start)
        for (int i = 0; i < n && enabled != 0; i++) {
            char c = s.charAt(i);
            long bits;
            if (c >= 128) {
                bits = enabled; // any other character is always tried
            } else if (before < 0) {
                bits = byChar[c] & enabled;
            } else {
                char b = i + 1 < n ? s.charAt(i + 1) : '\u0080';
                bits = (b < 128 ? byPair[before][c << 7 | b] : byFirst[before][c]) & enabled;
            }
            before = Prefixes.classOf(c);
            while (bits != 0) {
                int x = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                // the tables hold each scan's characters and word starts; only a non-ASCII character needs the check
                if (i < next[x] || c >= 128 && !scans[x].candidate(s, i) || !scans[x].mayStart(s, i)) continue;
                Matcher m = matchers[x];
                if (m == null) m = matchers[x] = Scan.lookingMatcher(patterns[x], s);
                m.region(i, n);
                if (m.lookingAt()) {
                    int resume = hit.accept(x, m);
                    next[x] = resume > i ? resume : i + 1;
                    if ((firstOnly & 1L << x) != 0) enabled &= ~(1L << x);
                }
            }
        }
    }
}
