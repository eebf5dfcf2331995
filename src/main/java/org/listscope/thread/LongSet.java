package org.listscope.thread;

/**
 * A fixed set of {@code long} values in an open-addressing table, for membership tests without
 * boxing or sorting. Values are expected to be well-mixed hashes (the low bits pick the slot).
 */
final class LongSet {

    private final long[] keys;
    private final boolean[] filled;
    private final int mask;

    /** The set of the given values (duplicates allowed). */
    LongSet(long[] values) {
        int cap = Integer.highestOneBit(Math.max(2, values.length) * 2) << 1;
        keys = new long[cap];
        filled = new boolean[cap];
        mask = cap - 1;
        for (long v : values) {
            int i = slot(v);
            keys[i] = v;
            filled[i] = true;
        }
    }

    /** Whether {@code value} is in the set. */
    boolean contains(long value) {
        return filled[slot(value)];
    }

    /** The slot holding {@code value}, or the empty slot where it would go. */
    private int slot(long value) {
        int i = (int) (value ^ (value >>> 32)) & mask;
        while (filled[i] && keys[i] != value) i = (i + 1) & mask;
        return i;
    }
}
