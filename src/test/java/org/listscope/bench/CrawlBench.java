package org.listscope.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.listscope.crawl.CrawlListener;
import org.listscope.crawl.CrawlReport;
import org.listscope.crawl.CrawlSettings;
import org.listscope.crawl.Crawler;
import org.listscope.crawl.PipermailSite;
import org.listscope.crawl.Scope;

/**
 * The crawler's own cost per page against a local pipermail site (delay 0), as a ratio to a
 * baseline measured in the same run: plain sequential HttpClient GETs of the same URLs, bodies
 * thrown away. Also the cost of an unchanged re-crawl. Prints a Markdown table.
 */
public final class CrawlBench {

    private CrawlBench() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args.length > 0 ? args[0] : "../shared/corpus/pipermail/twisted-python");
        Set<String> months = Set.of("2001-April", "2019-March", "2005-March");
        try (PipermailSite site = PipermailSite.start(archive, months)) {
            CrawlSettings s = CrawlSettings.defaults().withDelay(Duration.ZERO).withConcurrency(1);
            // warm up both paths once
            crawl(site, s);
            List<String> paths = site.reachable(Set.of()).stream().toList();
            baseline(site, paths);

            long b0 = System.nanoTime();
            baseline(site, paths);
            double baseMs = (System.nanoTime() - b0) / 1e6;

            Path out = Files.createTempDirectory("crawlbench");
            long c0 = System.nanoTime();
            CrawlReport first = Crawler.crawl(Scope.of(site.listUrl()), out, s, CrawlListener.NONE);
            double crawlMs = (System.nanoTime() - c0) / 1e6;
            long r0 = System.nanoTime();
            CrawlReport again = Crawler.crawl(Scope.of(site.listUrl()), out, s, CrawlListener.NONE);
            double recrawlMs = (System.nanoTime() - r0) / 1e6;
            delete(out);

            int pages = paths.size();
            System.out.println("| run (" + pages + " pages, 3 months, concurrency 1, delay 0) | ms | ms/page | ratio to baseline |");
            System.out.println("|---|---:|---:|---:|");
            row("baseline: plain HttpClient GETs, bodies dropped", baseMs, pages, baseMs);
            row("crawl: robots, links, WARC, mirror, manifest (" + first.fetched() + " fetched)", crawlMs, pages, baseMs);
            row("re-crawl of the unchanged archive (" + again.requests() + " requests)", recrawlMs, pages, baseMs);
        }
    }

    private static void crawl(PipermailSite site, CrawlSettings s) throws Exception {
        Path out = Files.createTempDirectory("crawlbench");
        Crawler.crawl(Scope.of(site.listUrl()), out, s, CrawlListener.NONE);
        delete(out);
    }

    private static void baseline(PipermailSite site, List<String> paths) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String p : paths) {
            client.send(HttpRequest.newBuilder(URI.create(site.base() + p)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static void row(String what, double ms, int pages, double baseMs) {
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.2f |%n", what, ms, ms / pages, ms / baseMs);
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
