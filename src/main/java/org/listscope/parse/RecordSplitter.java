package org.listscope.parse;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Splits a stream of mail records (mbox, pipermail {@code .txt}, MMDF) into one record's bytes at a
 * time, streaming: only the current record is held.
 *
 * <p>A {@code From } line separates records only when it carries a time and a year and the next line
 * is a header; a {@code From } line inside a body ({@code From what I know, ...}) does not. MMDF
 * records lie between {@code ^A^A^A^A} lines; LISTSERV log records follow a line of {@code =}. A stream cut short (truncated gzip) ends with the
 * record read so far, marked {@link #truncation()}.
 */
final class RecordSplitter {

    /** How records are separated and escaped. */
    enum Style {
        /** Pipermail {@code .txt}: From_ lines; bodies are not escaped. */
        PIPERMAIL,
        /** mbox (mboxo or mboxrd): From_ lines; one {@code >} is removed from {@code >From } lines. */
        MBOX,
        /** MMDF: records between lines of four {@code 0x01} bytes. */
        MMDF,
        /** LISTSERV notebook logs: a line of {@code =} before each record's headers. */
        LISTSERV
    }

    /**
     * One record.
     *
     * @param number    1-based record number in the input
     * @param separator the {@code From } line (without line end), or {@code null} for MMDF
     * @param bytes     the record: headers, blank line, body; valid up to {@code length}
     * @param length    the record's length in bytes
     * @param line      the line number of the separator
     */
    record Record(int number, String separator, byte[] bytes, int length, long line) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("From \\S.*\\d{1,2}:\\d{2}.*");
    private static final Pattern HEADER = Pattern.compile("[!-9;-~]+:.*");
    private static final Pattern PIPERMAIL_HEADER = Pattern.compile(
            "(?i)(From|Date|Subject|Message-ID|In-Reply-To|References):.*");
    private static final byte[] MMDF_MARK = {1, 1, 1, 1};

    private final ByteLines lines;
    private final Style style;
    private byte[] buf = new byte[1 << 14];
    private int len;
    private int count;
    private String pendingSeparator;
    private long pendingLine;
    private boolean started;
    private boolean done;
    private boolean haveLookahead;
    private boolean prevBlank = true;
    private String truncation;
    private long skippedPrologue;

    RecordSplitter(InputStream in, Style style) {
        this.lines = new ByteLines(in);
        this.style = style;
    }

    /** Why the input ended early (truncated compressed data), or {@code null}. */
    String truncation() {
        return truncation;
    }

    /** Non-blank bytes before the first separator, which belong to no record. */
    long skippedPrologue() {
        return skippedPrologue;
    }

    /** The next record, or {@code null} at the end. The record's array is reused by the next call. */
    Record next() throws IOException {
        if (done) return null;
        len = 0;
        String separator = pendingSeparator;
        long sepLine = pendingLine;
        boolean inRecord = started;
        while (true) {
            if (!haveLookahead && !readLine()) {
                done = true;
                if (!inRecord) return null;
                return new Record(++count, separator, buf, len, sepLine);
            }
            haveLookahead = false;
            if (style == Style.MMDF ? isMmdfMark() : style == Style.LISTSERV ? isRule() : isFromSeparator()) {
                if (style == Style.MMDF) {
                    if (inRecord && len > 0) {
                        started = false;
                        return new Record(++count, null, buf, len, sepLine);
                    }
                    inRecord = true;
                    started = true;
                    sepLine = lines.lineNumber();
                    continue;
                }
                String sep = lines.latin1();
                long at = lines.lineNumber();
                // look ahead one line: a separator is followed by a header
                if (!readLine()) {
                    appendLine(sep);
                    done = true;
                    return inRecord ? new Record(++count, separator, buf, len, sepLine) : null;
                }
                if (looksLikeHeader()) {
                    haveLookahead = true;
                    if (inRecord) {
                        pendingSeparator = sep;
                        pendingLine = at;
                        started = true;
                        return new Record(++count, separator, buf, len, sepLine);
                    }
                    inRecord = true;
                    started = true;
                    separator = sep;
                    sepLine = at;
                    continue;
                }
                if (inRecord) appendLine(sep);
                haveLookahead = true;
                prevBlank = false;
                continue;
            }
            if (!inRecord) {
                if (!lines.isBlank()) skippedPrologue += lines.length();
                continue;
            }
            appendCurrent();
        }
    }

    private boolean readLine() throws IOException {
        try {
            boolean got = lines.next();
            if (got) {
                return true;
            }
            return false;
        } catch (EOFException | ZipException e) {
            truncation = CutShort.reason(e);
            return false;
        }
    }

    private boolean isRule() {
        if (lines.length() < 40) return false;
        for (int i = 0; i < lines.length(); i++) {
            if (lines.bytes()[i] != '=') return false;
        }
        return true;
    }

    private boolean isMmdfMark() {
        return lines.length() == 4 && Arrays.equals(lines.bytes(), 0, 4, MMDF_MARK, 0, 4);
    }

    private boolean isFromSeparator() {
        boolean candidate = lines.startsWith("From ") && (style == Style.PIPERMAIL || prevBlank || !started);
        if (!candidate) {
            prevBlank = lines.isBlank();
            return false;
        }
        return SEPARATOR.matcher(lines.latin1()).matches();
    }

    private boolean looksLikeHeader() {
        String l = lines.latin1();
        return style == Style.PIPERMAIL ? PIPERMAIL_HEADER.matcher(l).matches() : HEADER.matcher(l).matches();
    }

    private void appendCurrent() {
        int start = 0;
        if (style == Style.MBOX && lines.length() > 5 && lines.bytes()[0] == '>') {
            int i = 0;
            while (i < lines.length() && lines.bytes()[i] == '>') i++;
            if (i + 5 <= lines.length() && new String(lines.bytes(), i, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ")) {
                start = 1; // mboxrd: one level of escaping removed
            }
        }
        prevBlank = lines.isBlank();
        append(lines.bytes(), start, lines.length() - start);
    }

    private void appendLine(String latin1) {
        byte[] b = latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        append(b, 0, b.length);
    }

    private void append(byte[] src, int off, int n) {
        if (len + n + 1 > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n + 1));
        System.arraycopy(src, off, buf, len, n);
        len += n;
        buf[len++] = '\n';
    }
}
