package org.listscope.parse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-array scans that the reader runs over every byte of an archive: whether a range is ASCII,
 * and where the next newline is. Both read eight bytes at a time as one {@code long}.
 */
final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private ByteScan() {
    }

    /** Whether {@code bytes[off, off + len)} holds only ASCII (no byte with its high bit set). */
    static boolean isAscii(byte[] bytes, int off, int len) {
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) return false;
        }
        for (; i < end; i++) {
            if (bytes[i] < 0) return false;
        }
        return true;
    }

    /** The index of the first {@code \n} in {@code bytes[from, to)}, or {@code to} where there is none. */
    static int newline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ NEWLINES; // a zero byte where a newline was
            long zero = (x - ONES) & ~x & HIGH_BITS; // the lowest set bit marks the first zero byte
            if (zero != 0) return i + (Long.numberOfTrailingZeros(zero) >>> 3);
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') return i;
        }
        return to;
    }
}
