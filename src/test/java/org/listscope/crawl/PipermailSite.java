package org.listscope.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A pipermail site on 127.0.0.1 for tests: serves a folder of real pipermail files (the shared
 * twisted-python archive) under {@code /pipermail/twisted-python/}, with the list page cut down to
 * chosen months, ETag/Last-Modified and 304s, a robots.txt, and faults on chosen paths (statuses,
 * slow answers, connections reset mid-body, redirects, replaced bodies, injected links). Counts
 * every request.
 */
public final class PipermailSite implements AutoCloseable {

    public static final String PREFIX = "/pipermail/twisted-python/";

    static {
        // without it, the JDK server's separate header and body writes meet delayed ACKs: 40 ms a request
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    private static final Pattern MONTH_ROW = Pattern.compile("(?is)\\s*<tr>\\s*<td>[^<]*:</td>.*?</tr>");

    /** One misbehaviour, used for one request. */
    public sealed interface Fault {
    }

    /** Answer with this status (and headers) instead of the file. */
    public record Status(int code, Map<String, String> headers) implements Fault {
    }

    /** Wait, then serve the file. */
    record Slow(long millis) implements Fault {
    }

    /** Send the headers and half the body, then drop the connection. */
    record Reset() implements Fault {
    }

    /** A request as the site saw it. */
    public record Hit(String path, long nanos, int status, Map<String, List<String>> headers) {
    }

    /** The status recorded for an answer sent after a {@link Slow} wait, which the client no longer awaited. */
    static final int LATE = -2;

    private final Path root;
    private final Set<String> months;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Fault> always = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> injected = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private volatile String robots = "User-agent: *\nDisallow:\n";
    private volatile boolean validators = true;
    private volatile boolean gzipAsEncoding;
    private volatile boolean gzipTwice;

    private PipermailSite(Path root, Set<String> months, String host) throws IOException {
        this.root = root;
        this.months = Set.copyOf(months);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves the archive folder {@code root}, its list page limited to {@code months}. */
    public static PipermailSite start(Path root, Set<String> months) throws IOException {
        return new PipermailSite(root, months, "127.0.0.1");
    }

    /** A site that must never be asked for anything: another host for off-scope links. */
    static PipermailSite startOther(String host) throws IOException {
        return new PipermailSite(Path.of("."), Set.of(), host);
    }

    public String base() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public String listUrl() {
        return base() + PREFIX;
    }

    void robots(String text) {
        robots = text;
    }

    /**
     * Whether to serve a {@code .gz} file as Apache does with {@code AddEncoding x-gzip .gz}: as
     * {@code text/plain} with {@code Content-Encoding: x-gzip}, the file's bytes unchanged.
     */
    void gzipAsEncoding(boolean on) {
        gzipAsEncoding = on;
    }

    /**
     * Whether to serve a {@code .gz} file as a misconfigured server does that compresses every
     * response: gzipped a second time, with {@code Content-Encoding: gzip}.
     */
    void gzipTwice(boolean on) {
        gzipTwice = on;
    }

    /** Whether to send ETag/Last-Modified and answer conditional requests with 304. */
    void validators(boolean on) {
        validators = on;
    }

    /** Misbehaves on the next requests of the path, one fault each, then serves normally. */
    void faults(String path, Fault... fs) {
        faults.computeIfAbsent(path, k -> new ArrayDeque<>()).addAll(List.of(fs));
    }

    /** Misbehaves on every request of the path. */
    public void always(String path, Fault f) {
        always.put(path, f);
    }

    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** Serves these bytes at the path instead of the file (or where there is no file). */
    void body(String path, byte[] bytes) {
        bodies.put(path, bytes);
    }

    /** Adds HTML at the end of a page. */
    void inject(String path, String html) {
        injected.merge(path, html, String::concat);
    }

    public List<Hit> hits() {
        return Collections.unmodifiableList(hits);
    }

    void clearHits() {
        hits.clear();
    }

    /** How often the path was answered with the given status. */
    long count(String path, int status) {
        return hits.stream().filter(h -> h.path().equals(path) && h.status() == status).count();
    }

    /** How often the path was asked for. */
    long requests(String path) {
        return hits.stream().filter(h -> h.path().equals(path)).count();
    }

    /** The bytes the site serves at a path when it behaves, or null when it has none. */
    byte[] content(String path) throws IOException {
        if (bodies.containsKey(path)) return bodies.get(path);
        if (!path.startsWith(PREFIX)) return null;
        String rel = path.substring(PREFIX.length());
        if (rel.isEmpty()) rel = "index.html";
        if (rel.endsWith("/")) rel += "index.html";
        if (rel.contains("..")) return null;
        Path f = root.resolve(rel);
        if (!Files.isRegularFile(f)) return null;
        byte[] bytes = Files.readAllBytes(f);
        if (rel.equals("index.html")) bytes = listPage(bytes);
        String extra = injected.get(path);
        if (extra != null) {
            byte[] more = extra.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[bytes.length + more.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(more, 0, all, bytes.length, more.length);
            bytes = all;
        }
        return bytes;
    }

    private byte[] listPage(byte[] bytes) {
        String html = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = MONTH_ROW.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String row = m.group();
            boolean keep = months.stream().anyMatch(mo -> row.contains("\"" + mo + "/") || row.contains("\"" + mo + ".txt"));
            m.appendReplacement(sb, Matcher.quoteReplacement(keep ? row : ""));
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        long t = System.nanoTime();
        try {
            Fault f = always.get(path);
            if (f == null) {
                Deque<Fault> q = faults.get(path);
                synchronized (this) {
                    f = q == null ? null : q.poll();
                }
            }
            if (f instanceof Status s) {
                s.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
                send(ex, path, t, s.code(), ("<html>" + s.code() + "</html>").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            boolean late = false;
            if (f instanceof Slow s) {
                hits.add(new Hit(path, t, LATE, Map.copyOf(ex.getRequestHeaders())));
                sleep(s.millis());
                late = true;
            }
            if (path.equals("/robots.txt")) {
                send(ex, path, t, 200, robots.getBytes(StandardCharsets.UTF_8));
                return;
            }
            String location = redirects.get(path);
            if (location != null) {
                ex.getResponseHeaders().add("Location", location);
                send(ex, path, t, 302, new byte[0]);
                return;
            }
            byte[] body = content(path);
            if (body == null) {
                send(ex, path, t, 404, "<html>not found</html>".getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String etag = "\"" + sha256(body).substring(0, 16) + "\"";
            if (validators) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.getResponseHeaders().add("Last-Modified", "Sat, 30 Mar 2019 12:00:00 GMT");
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    hits.add(new Hit(path, t, 304, Map.copyOf(ex.getRequestHeaders())));
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
            }
            boolean encoded = gzipAsEncoding && path.endsWith(".gz");
            ex.getResponseHeaders().add("Content-Type", path.endsWith(".gz") && !encoded ? "application/x-gzip"
                    : path.endsWith(".html") || path.endsWith("/") ? "text/html" : "text/plain");
            if (encoded) ex.getResponseHeaders().add("Content-Encoding", "x-gzip");
            if (gzipTwice && path.endsWith(".gz") && !encoded) {
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
                body = gzip(body);
            }
            if (f instanceof Reset) {
                hits.add(new Hit(path, t, -1, Map.copyOf(ex.getRequestHeaders())));
                ex.sendResponseHeaders(200, body.length);
                OutputStream os = ex.getResponseBody();
                os.write(body, 0, body.length / 2);
                os.flush();
                closeAbruptly(ex);
                return;
            }
            if (late) {
                ex.sendResponseHeaders(200, body.length); // too late: the client gave up before it came
                ex.getResponseBody().write(body);
                ex.close();
                return;
            }
            send(ex, path, t, 200, body);
        } catch (IOException | RuntimeException e) {
            ex.close();
        }
    }

    private void send(HttpExchange ex, String path, long t, int status, byte[] body) throws IOException {
        hits.add(new Hit(path, t, status, Map.copyOf(ex.getRequestHeaders())));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    private static void closeAbruptly(HttpExchange ex) {
        try {
            ex.getResponseBody().close(); // fewer bytes than announced: the server drops the connection
        } catch (IOException expected) {
            // "insufficient bytes written to stream"
        }
        ex.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(b);
        }
        return bos.toByteArray();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths a correct crawl reaches, found by a plain regex walk (the test's own oracle). */
    public Set<String> reachable(Set<String> disallowedPrefixes) throws IOException {
        Pattern href = Pattern.compile("(?i)href\\s*=\\s*\"([^\"#]*)");
        Pattern rootLink = Pattern.compile("([^/]+)/(?:thread|date|subject|author)\\.html|([^/]+)\\.txt(?:\\.gz)?");
        Set<String> out = new java.util.TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        String rootPage = PREFIX;
        out.add(rootPage);
        byte[] rootBytes = content(PREFIX);
        Matcher m = href.matcher(new String(rootBytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            if (rootLink.matcher(m.group(1)).matches()) todo.add(PREFIX + m.group(1));
        }
        while (!todo.isEmpty()) {
            String p = todo.poll();
            if (disallowedPrefixes.stream().anyMatch(p::startsWith) || redirects.containsKey(p) || !out.add(p)) continue;
            if (!p.endsWith(".html")) continue;
            byte[] page = content(p);
            if (page == null) continue;
            String dir = p.substring(0, p.lastIndexOf('/') + 1);
            Matcher l = href.matcher(new String(page, StandardCharsets.ISO_8859_1));
            while (l.find()) {
                String h = l.group(1);
                if (h.matches("\\d+\\.html|(?:index|thread|date|subject|author)\\.html")) todo.add(dir + h);
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** How many requests have been answered so far (all paths). */
    int total() {
        return hits.size();
    }

    /** All paths the site answered with 200, with how often. */
    Map<String, Long> served200() {
        Map<String, Long> m = new java.util.TreeMap<>();
        for (Hit h : new ArrayList<>(hits)) {
            if (h.status() == 200) m.merge(h.path(), 1L, Long::sum);
        }
        return m;
    }
}
