package org.listscope.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crawls a pipermail archive into a folder: the list page (or one month), then month by month the
 * month's first index (conditionally, when it was fetched before), and, unless that index is
 * unchanged since the month was last crawled to the end, the month's other indexes, its
 * {@code .txt.gz} and every message page linked from them (message pages kept from an earlier
 * run are not asked for again: pipermail never changes them). Every URL is fetched at most once
 * per run; failures are reported, never fatal to the rest.
 *
 * <p>The folder holds the mirror ({@code host/path}) and, in {@code .crawl/}, the manifest,
 * the month log, the WARC files and {@code report.json}.
 */
public final class Crawler {

    /** The folder, inside the output folder, for the crawl's own files. */
    public static final String STATE_DIR = ".crawl";

    /** How a visit of one URL ended. */
    enum Outcome { FETCHED, UNCHANGED, KEPT, FAILED, DISALLOWED, STOPPED, ALIAS, ABSENT }

    /** A visited URL: how it ended, its content hash and its links. */
    record Visit(URI uri, Outcome outcome, String sha256, Set<URI> links) {
        boolean ok() {
            return outcome != Outcome.FAILED && outcome != Outcome.STOPPED;
        }
    }

    /**
     * One archive volume: its indexes and its text archives. The sentinel (thread.html, else the
     * first index, else the text archive) decides whether the volume changed since the last run.
     */
    private static final class MonthPlan {
        final String name;
        final List<URI> indexes = new ArrayList<>();
        final List<URI> archives = new ArrayList<>();
        boolean archiveOptional;

        MonthPlan(String name) {
            this.name = name;
        }

        URI sentinel() {
            for (String preferred : List.of("thread.html", "date.html")) {
                for (URI u : indexes) {
                    if (u.getRawPath().endsWith("/" + preferred)) return u;
                }
            }
            if (!indexes.isEmpty()) return indexes.get(0);
            return archives.isEmpty() ? null : archives.get(0); // a list archived as text only
        }
    }

    private final Scope scope;
    private final CrawlSettings settings;
    private final CrawlListener listener;
    private final Mirror mirror;
    private final Path stateDir;
    private final CrawlReport report = new CrawlReport();
    private final Set<URI> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger budget;
    private Manifest manifest;
    private WarcRecorder warc;
    private Fetcher fetcher;
    private RateLimiter limiter;
    private RobotsRules robots;

    private Crawler(Scope scope, Path out, CrawlSettings settings, CrawlListener listener) {
        this.scope = scope;
        this.settings = settings;
        this.listener = listener;
        this.stateDir = out.resolve(STATE_DIR);
        this.mirror = new Mirror(out, stateDir.resolve("tmp"));
        this.budget = new AtomicInteger(settings.maxPages() == 0 ? Integer.MAX_VALUE : settings.maxPages());
    }

    /**
     * Crawls the archive at {@code scope} into {@code out}, going on from what an earlier run left
     * there.
     *
     * @throws IOException when the folder's own files cannot be written
     */
    public static CrawlReport crawl(Scope scope, Path out, CrawlSettings settings, CrawlListener listener)
            throws IOException, InterruptedException {
        return new Crawler(scope, out, settings, listener).run();
    }

    private CrawlReport run() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Files.createDirectories(stateDir);
        try (Manifest m = Manifest.open(stateDir);
             WarcRecorder w = WarcRecorder.open(stateDir.resolve("warc"), settings.warcRotateBytes(), warcInfo())) {
            manifest = m;
            warc = w;
            int leftovers = mirror.clearTemp();
            if (leftovers > 0) report.note(leftovers + " half-written file(s) from an interrupted run deleted");
            if (m.skippedLines() > 0) {
                report.note("manifest: " + m.skippedLines() + " torn or unreadable line(s) from an earlier run skipped");
            }
            if (w.repaired() != null && !w.repaired().intact()) { // a run was killed mid-record
                report.note("WARC " + w.file().getFileName() + ": " + w.repaired().problem() + "; cut at byte "
                        + w.repaired().validLength() + " after " + w.repaired().records() + " complete records");
            }
            if (w.repairedFile() != null) { // a killed run may have recorded pages it had not kept yet
                int recovered = WarcRecovery.recover(w.repairedFile(), STATE_DIR + "/warc/" + w.repairedFile().getFileName(),
                        scope, m, mirror);
                if (recovered > 0) {
                    report.note(recovered + " page(s) an interrupted run had recorded in the WARC but not kept were kept from it");
                }
            }
            limiter = new RateLimiter(settings.delay(), settings.concurrency());
            fetcher = new Fetcher(limiter, new Backoff(settings.backoffBase(), settings.backoffCap(), settings.attempts()),
                    settings.timeout(), settings.maxBytes(), settings.userAgent(), new Fetcher.Recorder() {
                        @Override
                        public void record(Exchange exchange) throws IOException {
                            warc.record(exchange);
                            report.received(exchange.body().length);
                        }

                        @Override
                        public void unanswered(URI uri, Instant time, List<Map.Entry<String, String>> headers, String reason)
                                throws IOException {
                            warc.recordUnanswered(uri, time, headers, reason);
                        }
                    });
            robots = readRobots();
            if (robots != null) {
                List<MonthPlan> plan = plan();
                ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), r -> {
                    Thread t = new Thread(r, "crawl");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    for (int i = 0; i < plan.size(); i++) {
                        listener.month(plan.get(i).name, i + 1, plan.size());
                        crawlMonth(plan.get(i), pool);
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        } finally {
            report.elapsed(Duration.ofNanos(System.nanoTime() - t0));
        }
        report.writeJson(stateDir.resolve("report.json"));
        return report;
    }

    private Map<String, String> warcInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("software", settings.userAgent().split(" ")[0] + " (org.listscope.crawl, jwarc)");
        info.put("format", "WARC File Format 1.1");
        info.put("http-header-user-agent", settings.userAgent());
        info.put("robots", "obey");
        info.put("isPartOf", scope.root().toString());
        info.put("description", "listscope crawl of " + scope + "; response bodies are stored de-chunked, "
                + "with Content-Length set to the stored length");
        return info;
    }

    /** Reads robots.txt: rules on 2xx, everything allowed on 4xx, nothing on 5xx or no answer. */
    private RobotsRules readRobots() throws InterruptedException {
        URI uri = scope.robotsTxt();
        Fetcher.Result r = fetcher.fetch(uri, Fetcher.Validators.NONE);
        count(r);
        for (int hops = 0; r instanceof Fetcher.Response resp && isRedirect(resp.exchange().status()) && hops < 5; hops++) {
            Optional<URI> next = resp.exchange().header("Location").flatMap(l -> Scope.normalize(uri, l));
            if (next.isEmpty() || !next.get().getHost().equalsIgnoreCase(uri.getHost())) break;
            r = fetcher.fetch(next.get(), Fetcher.Validators.NONE);
            count(r);
        }
        if (r instanceof Fetcher.Response resp) {
            int st = resp.exchange().status();
            if (st >= 200 && st < 300) {
                byte[] body = resp.exchange().body();
                String text = new String(body, 0, Math.min(body.length, 500 * 1024), StandardCharsets.UTF_8);
                RobotsRules rules = RobotsRules.parse(text, CrawlSettings.AGENT);
                rules.crawlDelay().ifPresent(d -> {
                    Duration capped = d.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : d;
                    if (capped.compareTo(limiter.delay()) > 0) {
                        limiter.atLeast(capped);
                        report.note("robots.txt asks for a Crawl-delay of " + d.toMillis() / 1000.0 + " s; using "
                                + capped.toMillis() / 1000.0 + " s");
                    }
                });
                return rules;
            }
            if (st >= 400 && st < 500) return RobotsRules.allowAll();
            report.failed(uri, "robots.txt answered HTTP " + st + "; as RFC 9309 asks, nothing was crawled");
            return null;
        }
        report.failed(uri, "robots.txt could not be read (" + ((Fetcher.Failure) r).reason()
                + "); as RFC 9309 asks, nothing was crawled");
        return null;
    }

    /** The months to crawl: from the list page, or the one month the crawl started from. */
    private List<MonthPlan> plan() throws InterruptedException {
        Map<String, MonthPlan> months = new LinkedHashMap<>();
        Optional<String> only = scope.onlyMonth();
        if (only.isPresent()) {
            // pipermail's four month indexes; the bare folder URL is one of them under another name
            MonthPlan p = new MonthPlan(only.get());
            URI folder = scope.root().resolve(only.get() + "/");
            if (!scope.start().equals(folder)) p.indexes.add(scope.start());
            for (String index : List.of("thread.html", "date.html", "subject.html", "author.html")) {
                URI u = folder.resolve(index);
                if (!p.indexes.contains(u)) p.indexes.add(u);
            }
            p.archives.add(scope.root().resolve(only.get() + ".txt.gz"));
            p.archiveOptional = true;
            return List.of(p);
        }
        URI start = scope.start();
        seen.add(start);
        listener.discovered(1);
        Visit root = visit(start, false);
        if (root.outcome() == Outcome.DISALLOWED) {
            report.failed(start, "robots.txt does not allow the start page; nothing was crawled");
        }
        if (!root.ok()) return List.of();
        for (URI link : root.links()) {
            if (!scope.contains(link)) {
                offScope(link);
                continue;
            }
            PageKind kind = scope.kind(link);
            Optional<String> month = scope.month(link);
            if (month.isEmpty()) continue;
            if (kind == PageKind.MONTH_INDEX) {
                months.computeIfAbsent(month.get(), MonthPlan::new).indexes.add(link);
            } else if (kind == PageKind.MONTH_ARCHIVE) {
                months.computeIfAbsent(month.get(), MonthPlan::new).archives.add(link);
            }
        }
        if (months.isEmpty() && root.outcome() != Outcome.DISALLOWED) {
            report.failed(start, "no archive months linked from this page; is it a pipermail or Hypermail list page?");
        }
        return new ArrayList<>(months.values());
    }

    private void crawlMonth(MonthPlan month, ExecutorService pool) throws InterruptedException {
        URI sentinel = month.sentinel();
        Visit first = null;
        boolean clean = true;
        if (sentinel != null && seen.add(sentinel)) {
            listener.discovered(1);
            first = visit(sentinel, false);
            if (first.outcome() == Outcome.UNCHANGED && manifest.monthDone(sentinel.toString(), first.sha256())) {
                report.month(true);
                return;
            }
            clean = first.ok();
        }
        report.month(false);
        ExecutorCompletionService<Visit> done = new ExecutorCompletionService<>(pool);
        int pending = 0;
        List<URI> queue = new ArrayList<>();
        queue.addAll(month.indexes);
        queue.addAll(month.archives);
        if (first != null) queue.addAll(monthLinks(first, month.name));
        while (true) {
            for (URI u : queue) {
                if (seen.add(u)) {
                    listener.discovered(1);
                    boolean optional = month.archiveOptional && month.archives.contains(u);
                    done.submit(() -> visit(u, optional));
                    pending++;
                }
            }
            queue.clear();
            if (pending == 0) break;
            Visit v;
            try {
                v = done.take().get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("crawl task failed", e.getCause());
            }
            pending--;
            clean &= v.ok();
            queue.addAll(monthLinks(v, month.name));
        }
        if (clean && first != null && first.sha256() != null) {
            try {
                manifest.markMonthDone(new Manifest.MonthDone(month.name, sentinel.toString(), first.sha256(), Instant.now().toString()));
            } catch (IOException e) {
                report.note("cannot record month " + month.name + " as done: " + e.getMessage());
            }
        }
    }

    /** The links of a page that belong to the month: its message pages and indexes. */
    private List<URI> monthLinks(Visit v, String month) {
        List<URI> out = new ArrayList<>();
        for (URI link : v.links()) {
            if (!scope.contains(link)) {
                offScope(link);
                continue;
            }
            PageKind kind = scope.kind(link);
            if ((kind == PageKind.MESSAGE || kind == PageKind.MONTH_INDEX) && scope.month(link).filter(month::equals).isPresent()) {
                out.add(link);
            }
        }
        return out;
    }

    private void offScope(URI link) {
        String s = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (s.equals("http") || s.equals("https") || s.equals("ftp")) report.offScope(link);
    }

    /** Visits one URL; never throws for what the server does. */
    private Visit visit(URI uri, boolean optional) throws InterruptedException {
        long before = report.bytes();
        Visit v;
        try {
            v = visitOnce(uri, optional);
        } catch (IOException e) {
            report.failed(uri, "cannot keep it: " + e.getMessage());
            v = new Visit(uri, Outcome.FAILED, null, Set.of());
        } catch (RuntimeException e) {
            report.failed(uri, "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            v = new Visit(uri, Outcome.FAILED, null, Set.of());
        }
        listener.done(uri, report.bytes() - before, !v.ok());
        return v;
    }

    private Visit visitOnce(URI uri, boolean optional) throws IOException, InterruptedException {
        if (!robots.allows(pathAndQuery(uri))) {
            report.disallowed(uri);
            return new Visit(uri, Outcome.DISALLOWED, null, Set.of());
        }
        ManifestEntry prior = known(uri);
        if (prior != null && scope.kind(uri) == PageKind.MESSAGE && prior.problem() == null) {
            report.pageKept();
            return new Visit(uri, Outcome.KEPT, prior.sha256(), linksOf(uri, prior));
        }
        if (budget.getAndDecrement() <= 0) {
            report.stoppedAtMaxPages();
            return new Visit(uri, Outcome.STOPPED, null, Set.of());
        }
        URI cur = uri;
        List<URI> chain = new ArrayList<>(List.of(uri));
        while (true) {
            Fetcher.Validators validators = prior == null ? Fetcher.Validators.NONE
                    : new Fetcher.Validators(prior.etag(), prior.lastModified());
            Fetcher.Result r = fetcher.fetch(cur, validators);
            count(r);
            if (r instanceof Fetcher.Failure f) {
                return fail(uri, f.reason());
            }
            Fetcher.Response resp = (Fetcher.Response) r;
            Exchange ex = resp.exchange();
            int st = ex.status();
            if (isRedirect(st)) {
                String location = ex.header("Location").orElse(null);
                manifest.add(entry(cur, ex, null, null, null, location, null));
                Optional<URI> target = location == null ? Optional.empty() : Scope.normalize(cur, location);
                if (target.isEmpty()) return fail(uri, "HTTP " + st + " redirect without a usable Location");
                URI t = target.get();
                if (!scope.contains(t)) {
                    offScope(t);
                    return fail(uri, "redirected out of the crawl's scope, to " + t);
                }
                if (chain.contains(t)) return fail(uri, "redirect loop: " + chainText(chain) + " -> " + t);
                if (chain.size() > 5) return fail(uri, "more than 5 redirects: " + chainText(chain));
                if (!robots.allows(pathAndQuery(t))) {
                    report.disallowed(t);
                    return new Visit(uri, Outcome.DISALLOWED, null, Set.of());
                }
                chain.add(t);
                if (!seen.add(t)) return new Visit(uri, Outcome.ALIAS, null, Set.of()); // crawled on its own
                cur = t;
                prior = known(t);
                continue;
            }
            if (st == 304 && prior != null) {
                manifest.add(new ManifestEntry(cur.toString(), ex.time().toString(), 304, prior.sha256(), prior.length(),
                        ex.header("ETag").orElse(prior.etag()), ex.header("Last-Modified").orElse(prior.lastModified()),
                        prior.contentType(), prior.path(), null, warcName(), prior.problem()));
                report.pageUnchanged();
                if (prior.problem() != null) return fail(uri, prior.problem() + " (unchanged since an earlier run)");
                return new Visit(cur, Outcome.UNCHANGED, prior.sha256(), linksOf(cur, prior));
            }
            if (st >= 200 && st < 300 && st != 204 && st != 206) {
                return keep(uri, cur, ex, prior);
            }
            manifest.add(entry(cur, ex, null, null, null, null, null));
            if (optional && (st == 404 || st == 410)) {
                report.note(cur + ": not on the server (HTTP " + st + ")");
                return new Visit(uri, Outcome.ABSENT, null, Set.of());
            }
            return fail(uri, "HTTP " + st + " " + ex.reason() + (resp.attempts() > 1 ? " after " + resp.attempts() + " attempts" : ""));
        }
    }

    /** Keeps a 200 response: checks gzip, writes the mirror file, adds the manifest line. */
    private Visit keep(URI asked, URI uri, Exchange ex, ManifestEntry prior) throws IOException {
        byte[] body = ex.body();
        String encoding = ex.header("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        boolean gzFile = uri.getRawPath().endsWith(".gz");
        // a .gz whose own compression the server names as the content coding (Apache's "AddEncoding
        // x-gzip .gz") is the gzip file itself: kept as it is, and checked below like any .gz; one
        // the server gzipped a second time for the transfer is unwrapped once, to the file
        boolean gzipCoded = encoding.equals("gzip") || encoding.equals("x-gzip");
        if (gzipCoded && !(gzFile && GzipCheck.isGzip(body) && !GzipCheck.wrapsGzip(body))) {
            try {
                body = GzipCheck.inflate(body, settings.maxInflated());
            } catch (IOException e) {
                manifest.add(entry(uri, ex, null, null, null, null, e.getMessage()));
                return fail(asked, "bad Content-Encoding gzip: " + e.getMessage());
            }
        }
        String problem = null;
        if (gzFile || GzipCheck.isGzip(body)) {
            GzipCheck.Result c = GzipCheck.check(body, settings.maxInflated());
            if (c.bomb()) {
                manifest.add(entry(uri, ex, null, null, null, null, c.problem()));
                return fail(asked, c.problem());
            }
            problem = c.problem();
        }
        String sha = HexFormat.of().formatHex(WarcRecorder.sha256(body));
        boolean same = prior != null && sha.equals(prior.sha256()) && mirror.has(prior.path(), body.length);
        String rel = same ? prior.path() : mirror.write(uri, body);
        manifest.add(entry(uri, ex, sha, (long) body.length, rel, null, problem));
        if (same) {
            report.pageUnchanged();
        } else {
            report.pageFetched();
        }
        if (problem != null) return fail(asked, problem);
        Set<URI> links = isHtml(uri, ex.mediaType()) ? LinkExtractor.links(body, uri) : Set.of();
        return new Visit(uri, same ? Outcome.UNCHANGED : Outcome.FETCHED, sha, links);
    }

    /** The manifest entry of an earlier fetch whose kept file is still there. */
    private ManifestEntry known(URI uri) {
        return manifest.content(uri.toString()).filter(e -> mirror.has(e.path(), e.length())).orElse(null);
    }

    private Set<URI> linksOf(URI uri, ManifestEntry e) throws IOException {
        String ct = e.contentType() == null ? "" : e.contentType().toLowerCase(Locale.ROOT);
        if (!isHtml(uri, ct)) return Set.of();
        return LinkExtractor.links(mirror.read(e.path()), uri);
    }

    private ManifestEntry entry(URI uri, Exchange ex, String sha, Long length, String path, String location, String problem) {
        return new ManifestEntry(uri.toString(), ex.time().toString(), ex.status(), sha, length,
                ex.header("ETag").orElse(null), ex.header("Last-Modified").orElse(null),
                ex.header("Content-Type").orElse(null), path, location, warcName(), problem);
    }

    private Visit fail(URI uri, String reason) {
        report.failed(uri, reason);
        return new Visit(uri, Outcome.FAILED, null, Set.of());
    }

    private void count(Fetcher.Result r) {
        report.requests(r.attempts());
    }

    private String warcName() {
        return STATE_DIR + "/warc/" + warc.file().getFileName();
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static boolean isHtml(URI uri, String mediaType) {
        if (mediaType.contains("html")) return true;
        String p = uri.getRawPath().toLowerCase(Locale.ROOT);
        return mediaType.isEmpty() && (p.endsWith(".html") || p.endsWith(".htm") || p.endsWith("/"));
    }

    private static String pathAndQuery(URI u) {
        String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }

    private static String chainText(List<URI> chain) {
        List<String> parts = new ArrayList<>();
        for (URI u : chain) parts.add(u.getRawPath());
        return String.join(" -> ", new LinkedHashSet<>(parts));
    }
}
