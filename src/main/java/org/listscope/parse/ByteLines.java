package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without decoding it, so that each record can be decoded in the
 * charset it turns out to use. A line excludes its {@code \n} (and a {@code \r} before it); a UTF-8
 * byte-order mark opening the stream is no part of the first line. The returned array is reused:
 * copy what you keep.
 */
final class ByteLines {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private long lineNumber;
    private boolean started;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; returns {@code false} at the end of the input. */
    boolean next() throws IOException {
        if (!started) skipByteOrderMark();
        length = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (any) lineNumber++;
                    return any;
                }
            }
            any = true;
            int start = pos;
            pos = ByteScan.newline(buf, pos, limit);
            append(start, pos - start);
            if (pos < limit) {
                pos++; // the newline
                if (length > 0 && line[length - 1] == '\r') length--;
                lineNumber++;
                return true;
            }
        }
    }

    /** Reads the stream's first bytes (three at least, where it holds them) and steps over a UTF-8 byte-order mark. */
    private void skipByteOrderMark() throws IOException {
        started = true;
        int r;
        while (limit < 3 && (r = in.read(buf, limit, buf.length - limit)) > 0) limit += r;
        pos = Charsets.utf8BomLength(buf, 0, limit);
    }

    private void append(int start, int n) {
        if (length + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        System.arraycopy(buf, start, line, length, n);
        length += n;
    }

    /** The current line's bytes, valid up to {@link #length()}; reused by the next call. */
    byte[] bytes() {
        return line;
    }

    /** The current line's length in bytes. */
    int length() {
        return length;
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line starts with the ASCII prefix. */
    boolean startsWith(String prefix) {
        if (length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) return false;
        }
        return true;
    }

    /** Whether the current line is empty or only blanks. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (line[i] != ' ' && line[i] != '\t') return false;
        }
        return true;
    }

    /** The current line as Latin-1 text (one char per byte), for matching ASCII structure. */
    String latin1() {
        return new String(line, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
