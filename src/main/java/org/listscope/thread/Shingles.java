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

    private Shingles() {
    }

    /** Every shingle of {@code text} between {@code from} and {@code to}. */
    static Run of(CharSequence text, int from, int to) {
        int cap = 16;
        long[] words = new long[cap];
        int[] ws = new int[cap];
        int[] we = new int[cap];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            while (i < to && isWordChar(c = text.charAt(i))) {
                h ^= lower(c);
                h *= 0x100000001b3L;
                i++;
            }
            if (n == cap) {
                cap *= 2;
                words = Arrays.copyOf(words, cap);
                ws = Arrays.copyOf(ws, cap);
                we = Arrays.copyOf(we, cap);
            }
            words[n] = h;
            ws[n] = start;
            we[n] = i;
            n++;
        }
        int m = Math.max(0, n - K + 1);
        long[] hashes = new long[m];
        int[] starts = new int[m];
        int[] ends = new int[m];
        for (int s = 0; s < m; s++) {
            long h = 0;
            for (int k = 0; k < K; k++) {
                h = h * 0x9E3779B97F4A7C15L + words[s + k];
            }
            hashes[s] = mix(h);
            starts[s] = ws[s];
            ends[s] = we[s + K - 1];
        }
        return new Run(hashes, starts, ends);
    }

    /** The winnowed fingerprints of a run (distinct, in order of first selection). */
    static long[] fingerprints(Run run) {
        long[] h = run.hashes();
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

    private static boolean isWordChar(char c) {
        if (c < 128) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
