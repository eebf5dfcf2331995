package org.listscope.crawl;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Checks that gzip data is whole, by inflating it into nothing with a cap on the inflated size:
 * a truncated file is found, and a gzip bomb stops at the cap instead of filling memory or disk.
 */
public final class GzipCheck {

    /**
     * What the check found.
     *
     * @param problem null when the data is whole gzip; else what is wrong, in one line
     * @param bomb whether the data expands past the cap
     * @param inflated how many bytes came out before the check stopped
     */
    public record Result(String problem, boolean bomb, long inflated) {
        /** Whether the data is whole gzip within the cap. */
        public boolean ok() {
            return problem == null;
        }
    }

    private GzipCheck() {
    }

    /** Whether bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * Whether gzip data inflates to gzip data: a {@code .gz} file that a server compressed a second
     * time for the transfer ({@code Content-Encoding: gzip} on top of the file's own gzip). Only the
     * first two inflated bytes are read.
     */
    public static boolean wrapsGzip(byte[] gzip) {
        if (!isGzip(gzip)) return false;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 512)) {
            return isGzip(in.readNBytes(2));
        } catch (IOException e) {
            return false;
        }
    }

    /** Inflates the data (all members) into nothing, stopping past {@code maxInflated} bytes. */
    public static Result check(byte[] gzip, long maxInflated) {
        if (!isGzip(gzip)) return new Result("not gzip data", false, 0);
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxInflated) {
                    return new Result("gzip expands past the " + Sizes.human(maxInflated)
                            + " decompression cap (a gzip bomb?); stopped", true, total);
                }
            }
            return new Result(null, false, total);
        } catch (EOFException e) {
            return new Result("truncated gzip: the data ends after " + Sizes.human(total) + " inflated", false, total);
        } catch (ZipException e) {
            return new Result("corrupt gzip: " + e.getMessage(), false, total);
        } catch (IOException e) {
            return new Result("unreadable gzip: " + e.getMessage(), false, total);
        }
    }

    /** Inflates gzip data (a {@code Content-Encoding: gzip} body), refusing more than {@code maxInflated} bytes. */
    public static byte[] inflate(byte[] gzip, long maxInflated) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxInflated + 1));
            if (out.length > maxInflated) {
                throw new IOException("gzip expands past the " + Sizes.human(maxInflated) + " decompression cap (a gzip bomb?)");
            }
            return out;
        }
    }
}
