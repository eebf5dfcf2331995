package org.listscope.thread;

import java.util.Arrays;

/**
 * Which messages hold which fingerprints: an open-addressing hash table from fingerprint to a
 * linked list of postings, in primitive arrays (tens of thousands of messages hold millions of
 * fingerprints). A fingerprint held by more than {@link #COMMON} messages is boilerplate (list
 * footers, greetings) and is not reported.
 */
final class ShingleIndex {

    private static final int[] NONE = new int[0];

    /** Postings beyond which a fingerprint is ignored as boilerplate. */
    static final int COMMON = 24;

    /**
     * Two longs per slot, so that a probe touches one cache line: the fingerprint, then its postings
     * as {@code (first posting + 1) << 32 | count}, 0 for an empty slot.
     */
    private long[] table = new long[2 << 12];
    private int used;
    private int[] next = new int[1024];
    private int[] message = new int[1024];
    private int postings;

    /**
     * Records that {@code msg} holds each of the fingerprints (each once per message), and returns
     * the positions in {@code fingerprints} of those that a message added before held already.
     */
    int[] add(int msg, long[] fingerprints) {
        int[] held = null;
        int heldCount = 0;
        for (int k = 0; k < fingerprints.length; k++) {
            long f = fingerprints[k];
            int i = find(f);
            long meta = table[i + 1];
            int first = (int) (meta >>> 32) - 1;
            if (first >= 0 && message[first] == msg) continue;
            if (meta == 0) {
                if ((used + 1) * 4 > table.length) {
                    grow();
                    i = find(f);
                }
                table[i] = f;
                used++;
            } else {
                if (held == null) held = new int[fingerprints.length];
                held[heldCount++] = k;
            }
            if (postings == next.length) {
                next = Arrays.copyOf(next, postings * 2);
                message = Arrays.copyOf(message, postings * 2);
            }
            next[postings] = first;
            message[postings] = msg;
            postings++;
            table[i + 1] = ((long) postings << 32) | ((meta & 0xffffffffL) + 1);
        }
        return held == null ? NONE : Arrays.copyOf(held, heldCount);
    }

    /** Visits the messages holding a fingerprint, newest addition first; nothing for boilerplate. */
    void forEach(long fingerprint, java.util.function.IntConsumer visitor) {
        long meta = table[find(fingerprint) + 1];
        if (meta == 0 || (meta & 0xffffffffL) > COMMON) return;
        for (int p = (int) (meta >>> 32) - 1; p >= 0; p = next[p]) {
            visitor.accept(message[p]);
        }
    }

    /** Where {@code key} is in the table: its slot's first index, or that of the empty slot where it goes. */
    private int find(long key) {
        int mask = (table.length >> 1) - 1;
        int s = (int) (key ^ (key >>> 32)) & mask;
        while (table[2 * s + 1] != 0 && table[2 * s] != key) s = (s + 1) & mask;
        return 2 * s;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] == 0) continue;
            int i = find(old[j]);
            table[i] = old[j];
            table[i + 1] = old[j + 1];
        }
    }
}
