package org.listscope.thread;

import java.util.Arrays;

/**
 * How many fingerprints each earlier message shares with the text at hand, and which messages
 * share any, so that only those are visited and reset: a corpus holds tens of thousands of
 * messages, and a text touches a handful. One instance per worker (it is not thread-safe).
 */
final class HitCounts {

    private final int[] hits;
    private int[] touched = new int[64];
    private int size;

    /** Counts for messages {@code 0 .. messages - 1}, all zero. */
    HitCounts(int messages) {
        this.hits = new int[messages];
    }

    /** Counts one more shared fingerprint for message {@code m}; returns its count now. */
    int add(int m) {
        int h = ++hits[m];
        if (h == 1) touch(m); // kept apart: this method stays small enough for the JIT to inline
        return h;
    }

    private void touch(int m) {
        if (size == touched.length) touched = Arrays.copyOf(touched, size * 2);
        touched[size++] = m;
    }

    /** The count of message {@code m}. */
    int get(int m) {
        return hits[m];
    }

    /** How many messages have a count. */
    int size() {
        return size;
    }

    /** The {@code t}-th message to get a count. */
    int touched(int t) {
        return touched[t];
    }

    /** The highest count, 0 where none. */
    int max() {
        int max = 0;
        for (int t = 0; t < size; t++) max = Math.max(max, hits[touched[t]]);
        return max;
    }

    /** Sets every count back to zero. */
    void clear() {
        for (int t = 0; t < size; t++) hits[touched[t]] = 0;
        size = 0;
    }
}
