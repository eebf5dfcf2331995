package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.parse.Archives;
import org.listscope.model.Batch;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/** The crawler against a real HTTP server on 127.0.0.1 serving real pipermail pages, faults and all. */
class CrawlerTest {

    static final String P = PipermailSite.PREFIX;

    @TempDir
    Path out;

    PipermailSite site;

    @BeforeEach
    void startSite() throws IOException {
        Path archive = SharedCorpus.path("corpus/pipermail/twisted-python");
        site = PipermailSite.start(archive, Set.of("2001-April", "2019-March", "1945-February"));
        site.robots("User-agent: *\nDisallow: " + P + "1945-February\n");
    }

    @AfterEach
    void stopSite() {
        if (site != null) site.close();
    }

    static CrawlSettings fast() {
        return CrawlSettings.defaults()
                .withDelay(Duration.ZERO)
                .withTimeout(Duration.ofMillis(1500))
                .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(3))
                .withContact("researcher@example.org");
    }

    CrawlReport crawl(CrawlSettings s) throws Exception {
        return Crawler.crawl(Scope.of(site.listUrl()), out, s, CrawlListener.NONE);
    }

    Set<String> reachable() throws IOException {
        return site.reachable(Set.of(P + "1945-February"));
    }

    @Test
    void fetchesEveryReachablePageExactlyOnceThroughFaultsAndReportsWhatFailed() throws Exception {
        try (PipermailSite other = PipermailSite.startOther("127.0.0.2")) {
            site.faults(P + "2001-April/date.html", new PipermailSite.Status(503, Map.of("Retry-After", "1")));
            site.faults(P + "2001-April/032526.html", new PipermailSite.Status(429, Map.of()));
            site.faults(P + "2001-April/032527.html", new PipermailSite.Slow(5000));
            site.faults(P + "2019-March/032189.html", new PipermailSite.Reset());
            site.always(P + "2001-April/032534.html", new PipermailSite.Status(503, Map.of()));
            byte[] gz = site.content(P + "2019-March.txt.gz");
            site.body(P + "2019-March.txt.gz", Arrays.copyOf(gz, gz.length / 2));
            site.redirect(P + "2019-March/author.html", site.base() + P + "2019-March/author2.html");
            site.redirect(P + "2019-March/author2.html", site.base() + P + "2019-March/author.html");
            site.redirect(P + "2019-March/subject.html", other.base() + P + "2019-March/subject.html");
            site.inject(P + "2001-April/thread.html",
                    "<a href=\"" + other.base() + P + "2001-April/999999.html\">elsewhere</a>"
                            + "<a href=\"/pipermail/other-list/2001-April/000001.html\">other list</a>"
                            + "<a href=\"ftp://127.0.0.1/pub/x.txt\">ftp</a>");

            CrawlReport report = crawl(fast());

            Set<String> expected = reachable();
            expected.removeAll(Set.of(P + "2019-March/author2.html"));
            Map<String, Long> served = site.served200();
            String unexpected = served.keySet().stream().filter(p -> !p.equals("/robots.txt") && !expected.contains(p))
                    .collect(Collectors.joining(", "));
            assertThat(unexpected).as("pages served that are not reachable").isEmpty();
            Set<String> failedForGood = Set.of(P + "2001-April/032534.html");
            for (String p : expected) {
                if (failedForGood.contains(p)) continue;
                assertThat(served.getOrDefault(p, 0L)).as("200 answers for " + p).isEqualTo(1L);
            }
            assertThat(expected.size()).isGreaterThan(100);

            Map<String, String> failures = report.failures().stream()
                    .collect(Collectors.toMap(f -> URI.create(f.source()).getPath(), Problem::reason));
            assertThat(failures.keySet()).containsExactlyInAnyOrder(P + "2001-April/032534.html", P + "2019-March.txt.gz",
                    P + "2019-March/author.html", P + "2019-March/subject.html");
            assertThat(failures.get(P + "2001-April/032534.html")).contains("503").contains("3 attempts");
            assertThat(failures.get(P + "2019-March.txt.gz")).contains("truncated gzip");
            assertThat(failures.get(P + "2019-March/author.html")).contains("redirect loop");
            assertThat(failures.get(P + "2019-March/subject.html")).contains("out of the crawl's scope");
            assertThat(report.complete()).isFalse();

            // robots.txt kept the crawler out of 1945-February entirely
            assertThat(report.disallowed()).isNotEmpty().allMatch(u -> u.contains("/1945-February"));
            assertThat(site.hits()).noneMatch(h -> h.path().contains("1945-February"));
            // nothing outside the root was asked for, on this host or another
            assertThat(other.hits()).isEmpty();
            assertThat(site.hits()).allMatch(h -> h.path().startsWith(P) || h.path().equals("/robots.txt"));
            assertThat(report.offScopeLinks()).contains(other.base() + P + "2001-April/999999.html",
                    site.base() + "/pipermail/other-list/2001-April/000001.html", "ftp://127.0.0.1/pub/x.txt");

            // Retry-After: 1 was honoured
            List<PipermailSite.Hit> date = site.hits().stream().filter(h -> h.path().equals(P + "2001-April/date.html")).toList();
            assertThat(date).hasSize(2);
            assertThat(Duration.ofNanos(date.get(1).nanos() - date.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
            // the transient faults were retried: 429, slow, reset
            assertThat(site.requests(P + "2001-April/032526.html")).isEqualTo(2);
            assertThat(site.requests(P + "2001-April/032527.html")).isEqualTo(2);
            assertThat(site.requests(P + "2019-March/032189.html")).isEqualTo(2);
            assertThat(site.requests(P + "2001-April/032534.html")).isEqualTo(3);
            // a descriptive User-Agent with the contact
            assertThat(site.hits()).allMatch(h -> h.headers().get("User-agent").get(0).startsWith("listscope/")
                    && h.headers().get("User-agent").get(0).contains("researcher@example.org"));

            // the mirror holds exactly what was served
            for (String p : expected) {
                if (failedForGood.contains(p) || p.contains("author.html") || p.contains("subject.html")) continue;
                String rel = Mirror.relativePath(URI.create(site.base() + p));
                assertThat(out.resolve(rel)).as(p).exists().hasBinaryContent(site.content(p));
            }
            // and so does the WARC, one 200 response per page, readable to the end
            Path warc = warcFile();
            assertThat(WarcRepair.check(warc).intact()).isTrue();
            Map<String, Integer> ok = new HashMap<>();
            int requests = 0;
            List<String> unanswered = new java.util.ArrayList<>();
            try (WarcReader r = new WarcReader(warc)) {
                for (WarcRecord rec : r) {
                    if (rec instanceof WarcResponse resp && resp.http().status() == 200 && !resp.target().endsWith("/robots.txt")) {
                        ok.merge(URI.create(resp.target()).getPath(), 1, Integer::sum);
                        byte[] body = resp.http().body().stream().readAllBytes();
                        assertThat(body).isEqualTo(site.content(URI.create(resp.target()).getPath()));
                    } else if (rec instanceof WarcRequest rq) {
                        requests++;
                        assertThat(rq.http().headers().first("User-Agent")).hasValueSatisfying(ua -> assertThat(ua).contains("researcher@"));
                        rq.headers().first("WARC-Listscope-Failure").ifPresent(f -> unanswered.add(URI.create(rq.target()).getPath()));
                    }
                }
            }
            // every request is recorded, the reset one and the one answered too late (without a response) too
            assertThat(requests).isEqualTo(site.hits().size());
            assertThat(unanswered).containsExactlyInAnyOrder(P + "2001-April/032527.html", P + "2019-March/032189.html");
            for (String p : expected) {
                if (failedForGood.contains(p) || p.contains("author.html") || p.contains("subject.html")) continue;
                assertThat(ok.get(p)).as("200 records for " + p).isEqualTo(1);
            }
            // the manifest says what each file is
            Map<String, ManifestEntry> manifest = manifest();
            ManifestEntry thread = manifest.get(site.base() + P + "2001-April/thread.html");
            assertThat(thread.status()).isEqualTo(200);
            assertThat(thread.sha256()).isEqualTo(PipermailSite.sha256(site.content(P + "2001-April/thread.html")));
            assertThat(thread.etag()).isNotBlank();
            assertThat(thread.lastModified()).isEqualTo("Sat, 30 Mar 2019 12:00:00 GMT");
            assertThat(out.resolve(thread.path())).exists();
            assertThat(manifest.get(site.base() + P + "2019-March.txt.gz").problem()).contains("truncated gzip");
        }
    }

    @Test
    void recrawlOfAnUnchangedArchiveAsksConditionallyAndFetchesNoMessagePage() throws Exception {
        CrawlReport first = crawl(fast());
        assertThat(first.complete()).as(first.failures().toString()).isTrue();
        assertThat(first.fetched()).isGreaterThan(100);
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.complete()).isTrue();
        assertThat(second.fetched()).isZero();
        assertThat(second.monthsUnchanged()).isEqualTo(2);
        Map<String, Long> asked = site.hits().stream().collect(Collectors.groupingBy(PipermailSite.Hit::path, TreeMap::new, Collectors.counting()));
        assertThat(asked).isEqualTo(Map.of("/robots.txt", 1L, P, 1L, P + "2001-April/thread.html", 1L, P + "2019-March/thread.html", 1L));
        assertThat(site.hits()).filteredOn(h -> h.path().startsWith(P)).allMatch(h -> h.status() == 304
                && h.headers().containsKey("If-none-match") && h.headers().containsKey("If-modified-since"));
    }

    /** parse reads a crawl's own folders without a word about its bookkeeping, and still names a stranger's file. */
    @Test
    void theCrawlsOwnFoldersParseWithoutAProblemButAJunkFileInThemIsOne() throws Exception {
        assertThat(crawl(fast()).complete()).isTrue();
        Path state = out.resolve(Crawler.STATE_DIR);
        try (var files = Files.list(state.resolve("warc"))) {
            assertThat(files).as("the recorder's marker is there to be skipped")
                    .anyMatch(f -> f.getFileName().toString().endsWith(".warc.gz.closed"));
        }
        assertThat(state.resolve("manifest.jsonl")).exists();
        assertThat(state.resolve("report.json")).exists();
        int mirrored = Archives.readBatch(List.of(out)).messages().size();
        assertThat(mirrored).isGreaterThan(50);
        for (Path folder : List.of(state.resolve("warc"), state)) {
            Batch read = Archives.readBatch(List.of(folder));
            assertThat(read.problems()).as(folder.toString()).isEmpty();
            assertThat(read.messages()).as(folder.toString()).hasSize(mirrored);
        }
        Path junk = Files.writeString(state.resolve("warc/notes.txt"), "my notes on this crawl\n");
        assertThat(Archives.readBatch(List.of(state)).problems()).extracting(Problem::source).containsExactly(junk.toString());
    }

    /** A message page read from the mirror has the URL the crawl fetched it from, as when read from the WARC. */
    @Test
    void messagesReadFromTheMirrorHaveTheirPagesUrls(@TempDir Path elsewhereDir) throws Exception {
        assertThat(crawl(fast()).complete()).isTrue();
        Map<String, String> captured = new HashMap<>();
        for (Message m : Archives.readBatch(List.of(out.resolve(Crawler.STATE_DIR).resolve("warc"))).messages()) {
            captured.put(m.id(), m.url());
        }
        List<Message> mirrored = Archives.readBatch(List.of(out)).messages();
        assertThat(mirrored).hasSize(captured.size());
        assertThat(mirrored).filteredOn(m -> m.url() != null).hasSizeGreaterThan(50);
        for (Message m : mirrored) {
            assertThat(m.url()).as(m.id()).isEqualTo(captured.get(m.id()));
            assertThat(m.source().path()).as("the source stays the file").isNotNull();
        }
        // a page given alone, or a month's folder, finds the crawl above it
        Message one = mirrored.stream().filter(m -> m.url() != null && m.source().path().endsWith(".html")).findFirst().orElseThrow();
        Path page = Path.of(one.source().path());
        assertThat(Archives.readBatch(List.of(page)).messages()).extracting(Message::url).containsExactly(one.url());
        assertThat(Archives.readBatch(List.of(page.getParent())).messages()).extracting(Message::url).contains(one.url());
        // a copy of the page outside the crawl has none
        Path elsewhere = Files.copy(page, elsewhereDir.resolve(page.getFileName()));
        assertThat(Archives.readBatch(List.of(elsewhere)).messages()).extracting(Message::url).containsOnlyNulls();
    }

    @Test
    void withoutValidatorsAnUnchangedIndexIsRecognisedByItsHash() throws Exception {
        site.validators(false);
        assertThat(crawl(fast()).complete()).isTrue();
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.monthsUnchanged()).isEqualTo(2);
        assertThat(site.hits()).noneMatch(h -> h.path().matches(".*/\\d+\\.html"));
        assertThat(site.hits()).hasSize(4);
    }

    @Test
    void aChangedMonthFetchesItsIndexesAndOnlyItsNewPages() throws Exception {
        assertThat(crawl(fast()).complete()).isTrue();
        site.clearHits();
        String newPage = P + "2019-March/099999.html";
        site.body(newPage, "<html><body><h1>[Twisted-Python] new</h1><a href=\"032186.html\">prev</a></body></html>".getBytes());
        site.inject(P + "2019-March/thread.html", "<li><a href=\"099999.html\">new</a>");

        CrawlReport second = crawl(fast());

        assertThat(second.complete()).isTrue();
        assertThat(second.monthsUnchanged()).isEqualTo(1);
        assertThat(site.count(newPage, 200)).isEqualTo(1);
        assertThat(site.count(P + "2019-March/thread.html", 200)).isEqualTo(1);
        assertThat(site.hits()).filteredOn(h -> h.path().matches(".*/\\d+\\.html")).extracting(PipermailSite.Hit::path)
                .containsExactly(newPage);
        assertThat(site.hits()).filteredOn(h -> h.path().startsWith(P + "2001-April")).hasSize(1);
    }

    @Test
    void resumesAfterAStopAndATornWarcAndManifestWithoutFetchingKeptPagesAgain() throws Exception {
        CrawlReport first = crawl(fast().withMaxPages(60));
        assertThat(first.stoppedEarly()).isTrue();
        assertThat(first.complete()).isFalse();
        // a kill mid-write: the WARC cut at a random byte inside its last record, and the manifest's
        // own last line torn. The crawler writes a page's manifest line after its WARC records, so
        // the page whose record the kill cut has no line yet (with several pages in flight, the
        // lines of others may follow it).
        java.util.Random random = new java.util.Random(42);
        Path warc = warcFile();
        long warcSize = Files.size(warc);
        Map.Entry<Long, String> last = lastRecord(warc);
        truncate(warc, last.getKey() + 1 + random.nextInt((int) Math.min(600, warcSize - last.getKey() - 1)));
        Path manifestFile = out.resolve(Crawler.STATE_DIR).resolve("manifest.jsonl");
        Files.write(manifestFile, Files.readAllLines(manifestFile).stream()
                .filter(line -> !line.contains("\"" + last.getValue() + "\"")).toList());
        long mSize = Files.size(manifestFile);
        truncate(manifestFile, mSize - 1 - random.nextInt(200));
        assertThat(WarcRepair.check(warc).intact()).isFalse();
        Set<String> kept = manifest().values().stream().filter(ManifestEntry::hasContent)
                .map(e -> URI.create(e.url()).getPath()).filter(p -> p.matches(".*/\\d+\\.html")).collect(Collectors.toSet());
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.complete()).as(second.failures().toString()).isTrue();
        assertThat(second.notes()).anyMatch(n -> n.contains("WARC")).anyMatch(n -> n.contains("manifest"));
        assertThat(site.hits()).noneMatch(h -> kept.contains(h.path()));
        assertThat(WarcRepair.check(warc).intact()).isTrue();
        // every reachable page is in the mirror and in the WARC
        Set<String> inWarc = new java.util.HashSet<>();
        try (WarcReader r = new WarcReader(warc)) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp && resp.http().status() == 200) inWarc.add(URI.create(resp.target()).getPath());
            }
        }
        for (String p : reachable()) {
            assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).as(p).hasBinaryContent(site.content(p));
            assertThat(inWarc).as("WARC").contains(p);
        }
    }

    @Test
    void pagesAKilledRunRecordedInItsWarcButHadNotKeptAreKeptFromTheWarcNotFetchedAgain() throws Exception {
        assertThat(crawl(fast().withMaxPages(60)).stoppedEarly()).isTrue();
        // a kill after a page's WARC records were written, before its mirror file and manifest line:
        // the last message pages' lines and files gone, and the WARC without the mark of a clean close
        Path manifestFile = out.resolve(Crawler.STATE_DIR).resolve("manifest.jsonl");
        List<String> lines = Files.readAllLines(manifestFile);
        List<String> pages = lines.stream().filter(l -> l.matches(".*\"url\":\"[^\"]*/\\d+\\.html\".*")).toList();
        List<String> dropped = pages.subList(pages.size() - 3, pages.size());
        Set<String> droppedPaths = new java.util.HashSet<>();
        for (String line : dropped) {
            ManifestEntry e = JsonLines.MAPPER.readValue(line, ManifestEntry.class);
            droppedPaths.add(URI.create(e.url()).getPath());
            Files.delete(out.resolve(e.path()));
        }
        Files.write(manifestFile, lines.stream().filter(l -> !dropped.contains(l)).toList());
        Path warc = warcFile();
        Files.delete(warc.resolveSibling(warc.getFileName() + ".closed"));
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.complete()).as(second.failures().toString()).isTrue();
        assertThat(second.notes()).anyMatch(n -> n.startsWith("3 page(s) an interrupted run had recorded in the WARC"));
        assertThat(site.hits()).noneMatch(h -> droppedPaths.contains(h.path()));
        Map<String, Integer> ok = new HashMap<>();
        try (WarcReader r = new WarcReader(warc)) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp && resp.http().status() == 200) ok.merge(URI.create(resp.target()).getPath(), 1, Integer::sum);
            }
        }
        Map<String, ManifestEntry> manifest = manifest();
        for (String p : droppedPaths) {
            assertThat(ok.get(p)).as("200 records for " + p).isEqualTo(1);
            assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).hasBinaryContent(site.content(p));
            ManifestEntry e = manifest.get(site.base() + p);
            assertThat(e.sha256()).isEqualTo(PipermailSite.sha256(site.content(p)));
            assertThat(e.warc()).isEqualTo(Crawler.STATE_DIR + "/warc/" + warc.getFileName());
        }
        for (String p : reachable()) {
            assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).as(p).hasBinaryContent(site.content(p));
        }
    }

    @Test
    void aTextArchiveServedWithContentEncodingGzipIsKeptAsTheGzipFileItIs() throws Exception {
        // Apache's "AddEncoding x-gzip .gz" labels the .txt.gz's own compression as a content coding
        site.gzipAsEncoding(true);
        byte[] gz = site.content(P + "2019-March.txt.gz");
        site.body(P + "2019-March.txt.gz", Arrays.copyOf(gz, gz.length / 2));

        CrawlReport first = crawl(fast());

        Map<String, String> failures = first.failures().stream()
                .collect(Collectors.toMap(f -> URI.create(f.source()).getPath(), Problem::reason));
        assertThat(failures).containsOnlyKeys(P + "2019-March.txt.gz");
        assertThat(failures.get(P + "2019-March.txt.gz")).as("a cut one is kept but reported, as without the label").contains("truncated gzip");
        for (String p : List.of(P + "2001-April.txt.gz", P + "2019-March.txt.gz")) {
            assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).as(p).hasBinaryContent(site.content(p));
        }
        assertThat(manifest().get(site.base() + P + "2001-April.txt.gz").sha256())
                .isEqualTo(PipermailSite.sha256(site.content(P + "2001-April.txt.gz")));
        assertThat(Archives.readBatch(List.of(out)).messages()).extracting(m -> m.source().format()).contains("pipermail-txt");
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.monthsUnchanged()).as("2001-April, whose .txt.gz is whole, is done").isEqualTo(1);
        assertThat(site.hits()).noneMatch(h -> h.path().startsWith(P + "2001-April") && h.status() == 200);
    }

    @Test
    void aTextArchiveGzippedASecondTimeForTheTransferIsKeptAsTheFile() throws Exception {
        site.gzipTwice(true);

        CrawlReport r = crawl(fast());

        assertThat(r.failures()).isEmpty();
        for (String p : List.of(P + "2001-April.txt.gz", P + "2019-March.txt.gz")) {
            assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).as(p).hasBinaryContent(site.content(p));
            assertThat(manifest().get(site.base() + p).sha256()).isEqualTo(PipermailSite.sha256(site.content(p)));
        }
        assertThat(Archives.readBatch(List.of(out)).messages()).extracting(m -> m.source().format()).contains("pipermail-txt");
    }

    @Test
    void aSingleMonthCrawlStaysInThatMonth() throws Exception {
        CrawlReport r = Crawler.crawl(Scope.of(site.listUrl() + "2001-April/"), out, fast(), CrawlListener.NONE);

        assertThat(r.complete()).as(r.failures().toString() + r.notes() + site.hits().stream().map(h -> h.path() + " " + h.status()).toList()).isTrue();
        assertThat(site.hits()).allMatch(h -> h.path().equals("/robots.txt") || h.path().startsWith(P + "2001-April"));
        assertThat(site.count(P + "2001-April.txt.gz", 200)).as(site.hits().stream().map(h -> h.path() + " " + h.status()).toList().toString()).isEqualTo(1);
        assertThat(site.count(P + "2001-April/032525.html", 200)).isEqualTo(1);
        assertThat(site.hits()).noneMatch(h -> h.path().startsWith(P + "2019-March"));
    }

    @Test
    void aW3cHypermailListIsCrawledByItsPeriodsAndItsPagesParse() throws Exception {
        Path w3c = SharedCorpus.path("corpus/fixtures/bigbang/tests/data");
        site.body(P, ("<html><body><ul><li><a href=\"2020AprJun/thread.html\">by thread</a> <a href=\"2020AprJun/\">by date</a></li>"
                + "<li><a href=\"mboxes/\">mboxes</a> <a href=\"latest\">latest</a> <a href=\"//www.w3.org/Help/\">help</a></li></ul></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        String period = "<html><head><meta name=\"generator\" content=\"hypermail 2.4.0\" /></head><body><ul>"
                + "<li><a href=\"0003.html\">DNS cookies</a></li><li><a href=\"0004.html\">sensor calibration</a></li>"
                + "<li><a href=\"thread.html\">by thread</a> <a href=\"../\">up</a></li></ul></body></html>";
        site.body(P + "2020AprJun/thread.html", period.getBytes(StandardCharsets.UTF_8));
        site.body(P + "2020AprJun/", period.getBytes(StandardCharsets.UTF_8));
        site.body(P + "2020AprJun/0003.html", Files.readAllBytes(w3c.resolve("w3crawl-test-message.html")));
        site.body(P + "2020AprJun/0004.html", Files.readAllBytes(w3c.resolve("w3crawl-test-message-to-cc.html")));

        CrawlReport r = crawl(fast());

        // the real pages link their neighbours (0002.html, author.html, ...), which this site lacks
        assertThat(r.failures()).allSatisfy(f -> assertThat(f.toString()).contains(P + "2020AprJun/").contains("404"));
        assertThat(site.hits()).extracting(PipermailSite.Hit::path).contains(P, P + "2020AprJun/thread.html", P + "2020AprJun/",
                P + "2020AprJun/0003.html", P + "2020AprJun/0004.html", P + "2020AprJun/author.html", P + "2020AprJun/0002.html");
        assertThat(site.hits()).extracting(PipermailSite.Hit::path).allMatch(h -> h.equals("/robots.txt") || h.equals(P)
                || h.startsWith(P + "2020AprJun/")).doesNotHaveDuplicates();
        Batch read = Archives.readBatch(List.of(out));
        assertThat(read.messages()).extracting(m -> m.source().format()).containsOnly("hypermail-html");
        assertThat(read.messages()).extracting(Message::subject)
                .containsExactlyInAnyOrder("DNS \"cookies\" or privacy of DNS caching", "Re: sensor calibration fingerprinting");
        List<Path> warcs;
        try (var files = Files.list(out.resolve(".crawl/warc"))) {
            warcs = files.sorted().toList();
        }
        Batch captured = Archives.readBatch(warcs);
        assertThat(captured.messages()).extracting(Message::url).containsExactlyInAnyOrder(
                site.listUrl() + "2020AprJun/0003.html", site.listUrl() + "2020AprJun/0004.html");
    }

    @Test
    void aListArchivedAsTextOnlyIsRecrawledWithOneConditionalRequestPerMonth() throws Exception {
        site.body(P, ("<html><body><table><tr><td><a href=\"2001-April.txt.gz\">[ Gzip'd Text ]</a></td></tr>"
                + "<tr><td><a href=\"2019-March.txt.gz\">[ Gzip'd Text ]</a></td></tr></table></body></html>").getBytes());
        CrawlReport first = crawl(fast());
        assertThat(first.complete()).as(first.failures().toString()).isTrue();
        assertThat(first.fetched()).isEqualTo(3);
        site.clearHits();

        CrawlReport second = crawl(fast());

        assertThat(second.monthsUnchanged()).isEqualTo(2);
        assertThat(site.hits()).extracting(PipermailSite.Hit::path).containsExactlyInAnyOrder("/robots.txt", P,
                P + "2001-April.txt.gz", P + "2019-March.txt.gz");
        assertThat(site.hits()).filteredOn(h -> h.path().endsWith(".gz")).allMatch(h -> h.status() == 304);
    }

    @Test
    void aSiteThatDisallowsUsEntirelyIsNotCrawledAndThatIsAFailure() throws Exception {
        site.robots("User-agent: listscope\nDisallow: /\n\nUser-agent: *\nDisallow:\n");

        CrawlReport r = crawl(fast());

        assertThat(r.failures()).extracting(Problem::reason).containsExactly("robots.txt does not allow the start page; nothing was crawled");
        assertThat(site.hits()).extracting(PipermailSite.Hit::path).containsExactly("/robots.txt");
    }

    @Test
    void anUnreadableRobotsTxtMeansNothingIsCrawled() throws Exception {
        site.always("/robots.txt", new PipermailSite.Status(500, Map.of()));

        CrawlReport r = crawl(fast());

        assertThat(r.failures()).singleElement().satisfies(p -> assertThat(p.reason()).contains("robots.txt answered HTTP 500"));
        assertThat(site.hits()).allMatch(h -> h.path().equals("/robots.txt")).hasSize(3);
    }

    @Test
    void oversizedResponsesAndGzipBombsStopWithAnErrorAndKeepNothing() throws Exception {
        byte[] bomb = GzipCheckTest.gzip(new byte[1 << 20], 6); // 6 MB of zeros in about 6 KB
        site.body(P + "2001-April.txt.gz", bomb);
        CrawlSettings capped = fast().withCaps(9_000, 1 << 20);

        CrawlReport r = Crawler.crawl(Scope.of(site.listUrl() + "2001-April/"), out, capped, CrawlListener.NONE);

        Map<String, String> failures = r.failures().stream()
                .collect(Collectors.toMap(f -> URI.create(f.source()).getPath(), Problem::reason));
        assertThat(failures.get(P + "2001-April.txt.gz")).contains("decompression cap");
        assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + P + "2001-April.txt.gz")))).doesNotExist();
        long big = reachable().stream().filter(p -> p.startsWith(P + "2001-April/")).filter(p -> {
            try {
                return site.content(p).length > 9_000;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertThat(big).isPositive();
        assertThat(failures.values().stream().filter(v -> v.contains("larger than the"))).hasSize((int) big);
        assertThat(r.fetched()).isPositive();
    }

    @Test
    void aRedirectInsideTheScopeIsFollowedAndKeptUnderItsTarget() throws Exception {
        String moved = P + "2001-April/date-moved.html";
        site.body(moved, site.content(P + "2001-April/date.html"));
        site.redirect(P + "2001-April/date.html", moved);

        CrawlReport r = Crawler.crawl(Scope.of(site.listUrl() + "2001-April/"), out, fast(), CrawlListener.NONE);

        assertThat(r.complete()).as(r.failures().toString()).isTrue();
        assertThat(site.count(moved, 200)).isEqualTo(1);
        assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + moved)))).hasBinaryContent(site.content(moved));
        assertThat(manifest().get(site.base() + P + "2001-April/date.html").location()).isEqualTo(moved);
    }

    Path warcFile() throws IOException {
        try (var s = Files.list(out.resolve(Crawler.STATE_DIR).resolve("warc"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
            assertThat(files).hasSize(1);
            return files.get(0);
        }
    }

    Map<String, ManifestEntry> manifest() throws IOException {
        Map<String, ManifestEntry> m = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve(Crawler.STATE_DIR).resolve("manifest.jsonl"))) {
            try {
                ManifestEntry e = JsonLines.MAPPER.readValue(line, ManifestEntry.class);
                m.put(e.url(), e);
            } catch (IOException torn) {
                // a cut line
            }
        }
        return m;
    }

    /** Where the WARC's last record starts, and the URI it is about. */
    static Map.Entry<Long, String> lastRecord(Path warc) throws IOException {
        long start = -1;
        String target = null;
        try (FileChannel ch = FileChannel.open(warc); WarcReader r = new WarcReader(ch)) {
            for (java.util.Optional<WarcRecord> rec = r.next(); rec.isPresent(); rec = r.next()) {
                start = r.position();
                target = rec.get().headers().first("WARC-Target-URI").orElse(null);
            }
        }
        assertThat(target).as("the WARC's last record names its URI").isNotNull();
        return Map.entry(start, target);
    }

    static void truncate(Path f, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }
}
