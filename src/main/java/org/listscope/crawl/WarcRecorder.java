package org.listscope.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes every exchange as a WARC {@code request} and {@code response} record pair (gzip per
 * record, {@code WARC-Target-URI}, HTTP headers, SHA-256 payload digest) to
 * {@code listscope-NNNNN.warc.gz} in the given folder. Opening repairs the latest file (a torn last
 * record from a kill is cut off, see {@link WarcRepair}; a file closed cleanly, whose length is
 * noted in {@code NAME.closed}, is trusted without reading it) and appends to it until it passes the
 * size limit, then starts the next file. Each run begins with a {@code warcinfo} record.
 * Thread-safe.
 */
public final class WarcRecorder implements Closeable {

    private static final Pattern NAME = Pattern.compile("listscope-(\\d{5})\\.warc\\.gz");

    private final Path dir;
    private final long rotateBytes;
    private final Map<String, List<String>> info;
    private final WarcRepair.Check repaired;
    private final Path repairedFile;
    private Path file;
    private FileChannel channel;
    private WarcWriter writer;
    private int number;

    private WarcRecorder(Path dir, long rotateBytes, Map<String, List<String>> info) throws IOException {
        this.dir = dir;
        this.rotateBytes = rotateBytes;
        this.info = info;
        Files.createDirectories(dir);
        Path last = latest(dir);
        WarcRepair.Check check = null;
        if (last != null) {
            check = closedCleanly(last) ? null : WarcRepair.repair(last);
            Files.deleteIfExists(marker(last));
            Matcher m = NAME.matcher(last.getFileName().toString());
            number = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        }
        this.repaired = check;
        this.repairedFile = check == null ? null : last;
        open(last == null || Files.size(last) >= rotateBytes ? (last == null ? 0 : number + 1) : number);
    }

    /**
     * Opens the recorder in {@code dir}, repairing the latest WARC file.
     *
     * @param rotateBytes start a new file once the current one is this large
     * @param info the fields of each file's {@code warcinfo} record (software, robots policy, ...)
     */
    public static WarcRecorder open(Path dir, long rotateBytes, Map<String, String> info) throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        info.forEach((k, v) -> fields.put(k, List.of(v)));
        return new WarcRecorder(dir, rotateBytes, fields);
    }

    /** What the check of the latest file found when opening, or null when there was none. */
    public WarcRepair.Check repaired() {
        return repaired;
    }

    /** The file the check of {@link #repaired()} was made of (a file a killed run left), or null. */
    public Path repairedFile() {
        return repairedFile;
    }

    /** The file being written. */
    public synchronized Path file() {
        return file;
    }

    /** Writes the request and response records of one exchange. */
    public synchronized void record(Exchange ex) throws IOException {
        rotateIfFull();
        URI uri = ex.uri();
        HttpResponse.Builder hres = new HttpResponse.Builder(ex.status(), ex.reason());
        for (Map.Entry<String, List<String>> h : ex.responseHeaders().entrySet()) {
            String name = h.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            // the body is kept de-chunked and whole: say so in the headers rather than lie
            if (lower.equals("transfer-encoding") || lower.equals("content-length") || lower.startsWith(":")) continue;
            for (String v : h.getValue()) hres.addHeader(canonical(name), v);
        }
        hres.setHeader("Content-Length", Long.toString(ex.body().length));
        if (ex.header("Transfer-Encoding").isPresent()) {
            hres.addHeader("X-Crawler-Transfer-Encoding", ex.header("Transfer-Encoding").get());
        }
        HttpResponse response = hres.body(null, ex.body()).build();
        WarcResponse wres = new WarcResponse.Builder(uri)
                .date(ex.time())
                .body(response)
                .payloadDigest(new WarcDigest("sha256", sha256(ex.body())))
                .build();
        WarcRequest wreq = new WarcRequest.Builder(uri)
                .date(ex.time())
                .body(httpRequest(uri, ex.requestHeaders()))
                .concurrentTo(wres.id())
                .build();
        writer.write(wreq);
        writer.write(wres);
    }

    /**
     * Writes a {@code request} record for a request that got no complete response, with the reason
     * in a {@code WARC-Listscope-Failure} field (a timeout, a broken connection, a body too large).
     */
    public synchronized void recordUnanswered(URI uri, Instant time, List<Map.Entry<String, String>> requestHeaders,
                                              String reason) throws IOException {
        rotateIfFull();
        writer.write(new WarcRequest.Builder(uri)
                .date(time)
                .body(httpRequest(uri, requestHeaders))
                .addHeader("WARC-Listscope-Failure", reason.replaceAll("[\\r\\n]+", " "))
                .build());
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
            // a clean close leaves the length, so the next run need not read the whole file to trust it
            Files.writeString(marker(file), Long.toString(Files.size(file)));
        }
    }

    private void rotateIfFull() throws IOException {
        if (channel.size() >= rotateBytes) {
            close();
            Files.deleteIfExists(marker(file)); // (only the last file's marker is ever read)
            open(number + 1);
        }
    }

    private static HttpRequest httpRequest(URI uri, List<Map.Entry<String, String>> headers) {
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) target += "?" + uri.getRawQuery();
        HttpRequest.Builder b = new HttpRequest.Builder("GET", target);
        for (Map.Entry<String, String> h : headers) {
            b.addHeader(h.getKey(), h.getValue());
        }
        return b.build();
    }

    private static Path marker(Path warc) {
        return warc.resolveSibling(warc.getFileName() + ".closed");
    }

    private static boolean closedCleanly(Path warc) {
        try {
            return Files.exists(marker(warc)) && Long.parseLong(Files.readString(marker(warc)).trim()) == Files.size(warc);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private void open(int n) throws IOException {
        number = n;
        file = dir.resolve(String.format(Locale.ROOT, "listscope-%05d.warc.gz", n));
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        writer.write(new Warcinfo.Builder()
                .date(Instant.now())
                .filename(file.getFileName().toString())
                .fields(info)
                .build());
    }

    private static Path latest(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = new ArrayList<>(s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList());
            return files.isEmpty() ? null : files.get(files.size() - 1);
        }
    }

    private static String canonical(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            sb.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return sb.toString();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
