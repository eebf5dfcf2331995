package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.crawl.PipermailSite;

class CrawlCommandTest {

    @TempDir
    Path out;

    final StringWriter err = new StringWriter();

    int run(String... args) {
        var cl = Root.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void badUrlsAndOptionsAreUsageErrors() {
        assertThat(run("crawl", "ftp://127.0.0.1/pipermail/x/", "--out", out.toString())).isEqualTo(Root.USAGE);
        assertThat(err.toString()).contains("only http and https");
        assertThat(run("crawl", "http://127.0.0.1:9/pipermail/x/")).isEqualTo(Root.USAGE);
        assertThat(run("crawl", "http://127.0.0.1:9/pipermail/x/", "--out", out.toString(), "--concurrency", "0")).isEqualTo(Root.USAGE);
        assertThat(run("crawl", "http://127.0.0.1:9/pipermail/x/", "--out", out.toString(), "--delay", "-1")).isEqualTo(Root.USAGE);
        assertThat(err.toString()).contains("--delay");
    }

    @Test
    void aCrawlPrintsOneSummaryLineAndExitsZeroWhenEverythingWasFetched() throws Exception {
        Path archive = SharedCorpus.path("corpus/pipermail/twisted-python");
        try (PipermailSite site = PipermailSite.start(archive, Set.of("2001-April"))) {
            int code = run("crawl", site.listUrl() + "2001-April/", "--out", out.toString(), "--delay", "0",
                    "--contact", "me@example.org", "--no-progress");
            assertThat(code).as(err.toString()).isEqualTo(Root.OK);
            assertThat(err.toString().lines().filter(l -> l.contains("pages fetched"))).hasSize(1);
            assertThat(err.toString()).doesNotContain("failed:").doesNotContain("Exception");
            assertThat(out.resolve(".crawl/manifest.jsonl")).exists();
            assertThat(out.resolve(".crawl/report.json")).content().contains("\"complete\" : true");
            try (var s = Files.list(out.resolve(".crawl/warc"))) {
                assertThat(s.filter(p -> p.toString().endsWith(".warc.gz"))).hasSize(1);
            }
        }
    }

    @Test
    void aStopAtMaxPagesIsNotAFailureAndSaysHowToGoOn() throws Exception {
        Path archive = SharedCorpus.path("corpus/pipermail/twisted-python");
        try (PipermailSite site = PipermailSite.start(archive, Set.of("2001-April"))) {
            int code = run("crawl", site.listUrl() + "2001-April/", "--out", out.toString(), "--delay", "0",
                    "--max-pages", "5", "--contact", "me@example.org", "--no-progress");
            assertThat(code).as(err.toString()).isEqualTo(Root.OK);
            assertThat(err.toString()).contains("5 pages fetched").contains("stopped at --max-pages (run again to go on)");
        }
    }

    @Test
    void aPageThatFailsForGoodIsNamedOnStderrAndTheExitIsOne() throws Exception {
        Path archive = SharedCorpus.path("corpus/pipermail/twisted-python");
        try (PipermailSite site = PipermailSite.start(archive, Set.of("2001-April"))) {
            site.always(PipermailSite.PREFIX + "2001-April/032525.html", new PipermailSite.Status(500, Map.of()));
            int code = run("crawl", site.listUrl() + "2001-April/", "--out", out.toString(), "--delay", "0",
                    "--retries", "1", "--backoff", "0.01", "--no-progress");
            assertThat(code).isEqualTo(Root.FAILURE);
            assertThat(err.toString()).contains("failed: " + site.listUrl() + "2001-April/032525.html: HTTP 500 Internal Server Error after 2 attempts");
            assertThat(err.toString()).contains("no --contact given");
            assertThat(site.hits()).filteredOn(h -> h.path().endsWith("032525.html")).hasSize(2);
        }
    }
}
