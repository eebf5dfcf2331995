package org.listscope.thread;

import java.util.Arrays;

/**
 * Word shingles of a text and their winnowed fingerprints (Schleimer, Wilkerson and Aiken,
 * "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003).
 *
 * <p>Words are runs of letters and digits, compared in lower case, so re-wrapped, re-indented or
 * re-quoted text gives the same shingles. Winnowing keeps the smallest hash of every window of
 * {@link #WINDOW} consecutive shingles: any shared run of {@code K + WINDOW - 1} words is certain to
 * share a fingerprint, while only about {@code 2 / (WINDOW + 1)} of the shingles are stored.
 */
final class Shingles {

    /** Words per shingle. */
    static final int K = 4;
    /** Shingles per winnowing window. */
    static final int WINDOW = 4;

    /** Hashes of consecutive K-word shingles, with where each starts and ends in the text. */
    record Run(long[] hashes, int[] starts, int[] ends) {
        int size() {
            return hashes.length;
        }
    }

    /** {@link #folded} of each ASCII character. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) ASCII[c] = c;
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = c;
            ASCII[c - 32] = c;
        }
    }

    private Shingles() {
    }

    /** Every shingle of {@code text} between {@code from} and {@code to}. */
    static Run of(String text, int from, int to) {
        char[] chars = new char[Math.max(0, to - from)];
        text.getChars(from, to, chars, 0);
        int cap = 16 + chars.length / 6;
        long[] words = new long[cap];
        int[] ws = new int[cap];
        int[] we = new int[cap];
        int n = 0;
        int i = 0;
        while (i < chars.length) {
            char c = folded(chars[i]);
            if (c == 0) {
                i++;
                continue;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            do {
                h ^= c;
                h *= 0x100000001b3L;
                i++;
            } while (i < chars.length && (c = folded(chars[i])) != 0);
            if (n == cap) {
                cap *= 2;
                words = Arrays.copyOf(words, cap);
                ws = Arrays.copyOf(ws, cap);
                we = Arrays.copyOf(we, cap);
            }
            words[n] = h;
            ws[n] = from + start;
            we[n] = from + i;
            n++;
        }
        int m = Math.max(0, n - K + 1);
        long[] hashes = new long[m];
        for (int s = 0; s < m; s++) {
            long h = 0;
            for (int k = 0; k < K; k++) {
                h = h * 0x9E3779B97F4A7C15L + words[s + k];
            }
            hashes[s] = mix(h);
        }
        return new Run(hashes, Arrays.copyOf(ws, m), Arrays.copyOfRange(we, K - 1, K - 1 + m));
    }

    /**
     * The hashes of {@code of(text, from, to)}, read off {@code all}, the run of the whole text, where
     * no word straddles {@code from} or {@code to} (quote segments start and end at line breaks);
     * computed afresh otherwise.
     */
    static long[] hashes(Run all, String text, int from, int to) {
        if (from < 0 || to > text.length() || straddles(text, from) || straddles(text, to)) {
            return of(text, from, to).hashes();
        }
        int[] range = within(all, from, to);
        return Arrays.copyOfRange(all.hashes(), range[0], range[1]);
    }

    /** The indexes {@code [lo, hi)} of the shingles of {@code run} that lie wholly in {@code [from, to)}. */
    static int[] within(Run run, int from, int to) {
        // shingles are in text order, so both their starts and their ends ascend
        int lo = firstNotBelow(run.starts(), from);
        int hi = firstNotBelow(run.ends(), to + 1);
        return new int[] {lo, Math.max(lo, hi)};
    }

    private static boolean straddles(String text, int at) {
        return at > 0 && at < text.length() && folded(text.charAt(at - 1)) != 0 && folded(text.charAt(at)) != 0;
    }

    /** The first index of the ascending {@code values} holding {@code key} or more, or their length. */
    private static int firstNotBelow(int[] values, int key) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The winnowed fingerprints of a run's hashes (distinct, in order of first selection). */
    static long[] fingerprints(long[] h) {
        if (h.length == 0) return h;
        if (h.length <= WINDOW) {
            long min = h[0];
            for (long x : h) min = Math.min(min, x);
            return new long[] {min};
        }
        long[] out = new long[h.length];
        int n = 0;
        int lastPicked = -1;
        for (int w = 0; w + WINDOW <= h.length; w++) {
            int best = w;
            for (int j = w + 1; j < w + WINDOW; j++) {
                if (h[j] <= h[best]) best = j; // rightmost minimum
            }
            if (best != lastPicked) {
                out[n++] = h[best];
                lastPicked = best;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A word character in lower case, or 0 for a character that is not part of a word. */
    private static char folded(char c) {
        if (c < 128) return ASCII[c];
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
