package org.listscope.thread;

import java.util.Arrays;

/**
 * Which messages hold which fingerprints: an open-addressing hash table from fingerprint to a
 * linked list of postings, in primitive arrays (tens of thousands of messages hold millions of
 * fingerprints). A fingerprint held by more than {@link #COMMON} messages is boilerplate (list
 * footers, greetings) and is not reported.
 */
final class ShingleIndex {

    /** Postings beyond which a fingerprint is ignored as boilerplate. */
    static final int COMMON = 24;

    private long[] keys;
    private int[] head;
    private int[] count;
    private int used;
    private int[] next = new int[1024];
    private int[] message = new int[1024];
    private int postings;

    ShingleIndex() {
        keys = new long[1 << 12];
        head = new int[1 << 12];
        count = new int[1 << 12];
        Arrays.fill(head, -1);
    }

    /** Records that {@code msg} holds each of the fingerprints (each once per message). */
    void add(int msg, long[] fingerprints) {
        for (long f : fingerprints) {
            int slot = slot(f, true);
            if (head[slot] >= 0 && message[head[slot]] == msg) continue;
            if (postings == next.length) {
                next = Arrays.copyOf(next, postings * 2);
                message = Arrays.copyOf(message, postings * 2);
            }
            next[postings] = head[slot];
            message[postings] = msg;
            head[slot] = postings++;
            count[slot]++;
        }
    }

    /** Visits the messages holding a fingerprint, newest addition first; nothing for boilerplate. */
    void forEach(long fingerprint, java.util.function.IntConsumer visitor) {
        int slot = slot(fingerprint, false);
        if (slot < 0 || count[slot] > COMMON) return;
        for (int p = head[slot]; p >= 0; p = next[p]) {
            visitor.accept(message[p]);
        }
    }

    private int slot(long key, boolean create) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (head[i] >= 0) {
            if (keys[i] == key) return i;
            i = (i + 1) & mask;
        }
        if (!create) return -1;
        if ((used + 1) * 2 > keys.length) {
            grow();
            return slot(key, true);
        }
        keys[i] = key;
        used++;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHead = head;
        int[] oldCount = count;
        keys = new long[oldKeys.length * 2];
        head = new int[oldKeys.length * 2];
        count = new int[oldKeys.length * 2];
        Arrays.fill(head, -1);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldHead[j] < 0) continue;
            int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
            while (head[i] >= 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            head[i] = oldHead[j];
            count[i] = oldCount[j];
        }
    }
}
