package org.listscope.parse;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * One input to read: a file, or a record inside a container such as a WARC file. Gzip is
 * recognised by its magic bytes and undone transparently; {@link #head()} gives the first bytes
 * (decompressed) so that parsers can judge the content.
 */
public final class Input {

    /** How many decompressed bytes {@link #head()} holds. */
    public static final int HEAD_SIZE = 16 * 1024;

    private final String name;
    private final Path path;
    private final String url;
    private final String pageUrl;
    private final Opener opener;
    private byte[] head;
    private String headLatin1;
    private Boolean gzip;

    /** Opens the raw (possibly compressed) bytes; may be called more than once. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private Input(String name, Path path, String url, String pageUrl, Opener opener) {
        this.name = name;
        this.path = path;
        this.url = url;
        this.pageUrl = pageUrl;
        this.opener = opener;
    }

    /** A local file. */
    public static Input of(Path path) {
        return new Input(path.toString(), path, null, null, () -> Files.newInputStream(path));
    }

    /** Bytes held in memory, e.g. one WARC record, named by its URL. */
    public static Input of(String name, String url, byte[] bytes) {
        return new Input(name, null, url, null, () -> new ByteArrayInputStream(bytes));
    }

    /** The name used in problems and {@code source.path}: the file path, or a URL. */
    public String name() {
        return name;
    }

    /** The local file, or {@code null}. */
    public Path path() {
        return path;
    }

    /** The URL the bytes came from (WARC target URI), or {@code null}. */
    public String url() {
        return url;
    }

    /**
     * The same local file, known to be the page a crawl fetched from {@code pageUrl} (a crawl's
     * mirror, {@link CrawlMirror}): its messages get that URL.
     */
    Input withPageUrl(String pageUrl) {
        return new Input(name, path, url, pageUrl, opener);
    }

    /** The URL a crawl fetched this local file from, or {@code null}; unlike {@link #url()}, it changes nothing but the messages' url. */
    String pageUrl() {
        return pageUrl;
    }

    /** The file name part of {@link #name()}. */
    public String fileName() {
        String n = url != null ? url : name;
        int q = n.indexOf('?');
        if (q >= 0) n = n.substring(0, q);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(slash + 1);
    }

    /** Whether the raw bytes are gzip. */
    public boolean isGzip() throws IOException {
        if (gzip == null) {
            try (InputStream in = opener.open()) {
                byte[] magic = in.readNBytes(2);
                gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            }
        }
        return gzip;
    }

    /**
     * A fresh stream of the content, decompressed where the bytes are gzip. Where the gzip is cut
     * short, every byte that decompresses is handed out before the {@link java.io.EOFException}: the
     * decompressing stream is not wrapped in a {@link BufferedInputStream}, whose
     * {@code read(byte[], int, int)} fills the caller's array over several reads and drops what it
     * holds when a later one throws (up to 64 KB before a cut, all of a short file's messages). Read
     * it in blocks; it buffers its compressed side itself.
     */
    public InputStream open() throws IOException {
        InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
        return isGzip() ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /**
     * The content without a 64 KB read buffer, for reading in one go ({@link #head()},
     * {@link #readAll}): on thousands of small pages the buffer's allocation was the largest cost.
     */
    private InputStream unbuffered() throws IOException {
        return isGzip() ? new GZIPInputStream(opener.open(), 1 << 16) : opener.open();
    }

    /**
     * The first {@link #HEAD_SIZE} bytes of the content (fewer for a short input). A truncated gzip
     * yields what could be decompressed.
     */
    public byte[] head() throws IOException {
        if (head == null) {
            byte[] buf = new byte[HEAD_SIZE];
            int n = 0;
            try (InputStream in = unbuffered()) {
                int r;
                while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                    n += r;
                }
            } catch (java.io.EOFException e) {
                // truncated gzip: keep what came out
            }
            head = Arrays.copyOf(buf, n);
        }
        return head;
    }

    /** The head as text in the given charset, for sniffing. */
    public String headText(Charset cs) throws IOException {
        return new String(head(), cs);
    }

    /**
     * The head as Latin-1 text: every byte one char, good for sniffing ASCII markers. Made once and
     * kept, since every parser's {@code accepts} asks for it.
     */
    public String headText() throws IOException {
        if (headLatin1 == null) headLatin1 = headText(StandardCharsets.ISO_8859_1);
        return headLatin1;
    }

    /** The whole content in memory, refusing more than {@code max} bytes; a gzip cut short is the error it gave. */
    public byte[] readAll(long max) throws IOException, ParseException {
        Content content = readAvailable(max);
        if (content.cut() != null) throw content.cut();
        return content.bytes();
    }

    /**
     * What {@link #readAvailable} reads: the content, or of a gzip cut short the bytes that came out
     * before the cut, with the error that cut it.
     *
     * @param bytes the content, or what of it could be decompressed
     * @param cut   the {@code EOFException} or {@code ZipException} that ended a gzip early, or {@code null}
     */
    public record Content(byte[] bytes, IOException cut) {

        /** Why the content ends early, as a problem words it, or {@code null} for a whole input. */
        public String truncation() {
            return cut == null ? null : CutShort.reason(cut);
        }
    }

    /**
     * The whole content in memory, refusing more than {@code max} bytes; of a gzip cut short, what
     * came out before the cut, marked as such (the last message of a cut mbox is kept the same way).
     */
    public Content readAvailable(long max) throws IOException, ParseException {
        if (head != null && head.length < HEAD_SIZE && head.length <= max && !isGzip()) {
            return new Content(head.clone(), null); // the head already holds the whole (uncompressed) content
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
        byte[] buf = new byte[(int) Math.min(limit, 1 << 16)];
        int n = 0;
        IOException cut = null;
        try (InputStream in = unbuffered()) {
            int r;
            while (n < limit && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
                if (n == buf.length && n < limit) buf = Arrays.copyOf(buf, (int) Math.min(limit, 2L * buf.length));
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            cut = e;
        }
        if (n > max) throw new ParseException("larger than the " + (max >> 20) + " MB limit for one page");
        return new Content(Arrays.copyOf(buf, n), cut);
    }

    @Override
    public String toString() {
        return name;
    }
}
