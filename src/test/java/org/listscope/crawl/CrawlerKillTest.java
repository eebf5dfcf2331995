package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;

/** A crawl killed (SIGKILL) in a child process resumes where it stopped, with a readable WARC. */
class CrawlerKillTest {

    @TempDir
    Path out;

    @Test
    void aKilledCrawlResumesWithoutRefetchingAndItsWarcStaysReadable() throws Exception {
        Path archive = SharedCorpus.path("corpus/pipermail/twisted-python");
        try (PipermailSite site = PipermailSite.start(archive, Set.of("2001-April", "2019-March"))) {
            Path manifest = out.resolve(Crawler.STATE_DIR).resolve("manifest.jsonl");
            Process child = child(site.listUrl());
            long lines = waitForLines(manifest, 15, child);
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).as("the child crawled before it was killed").isGreaterThanOrEqualTo(15);

            Set<String> kept = keptMessagePages(manifest);
            assertThat(kept).isNotEmpty();
            site.clearHits();

            CrawlReport report = Crawler.crawl(Scope.of(site.listUrl()), out, CrawlerTest.fast(), CrawlListener.NONE);

            assertThat(report.complete()).as(report.failures().toString()).isTrue();
            assertThat(site.hits()).noneMatch(h -> kept.contains(h.path()));
            try (var s = Files.list(out.resolve(Crawler.STATE_DIR).resolve("warc"))) {
                for (Path w : s.filter(p -> p.toString().endsWith(".warc.gz")).toList()) assertThat(WarcRepair.check(w).intact()).as(w.toString()).isTrue();
            }
            for (String p : site.reachable(Set.of())) {
                assertThat(out.resolve(Mirror.relativePath(URI.create(site.base() + p)))).as(p).hasBinaryContent(site.content(p));
            }
            try (var s = Files.walk(out)) {
                assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part"))).as("half-written files").isEmpty();
            }
            try (var s = Files.walk(out.resolve(site.base().replace("http://", "").replace(':', '_')))) {
                // the mirror holds nothing but the pages (no temporary or hidden files)
                assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .allMatch(n -> n.matches("\\d+\\.html|(index|thread|date|subject|author)\\.html|\\d{4}-\\w+\\.txt\\.gz"));
            }
        }
    }

    private Process child(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.listscope.cli.Main",
                "crawl", url, "--out", out.toString(), "--delay", "0.01", "--backoff", "0.01", "--no-progress",
                "--contact", "test@example.org"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
    }

    private static long waitForLines(Path manifest, int lines, Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long n = 0;
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(manifest)) {
                n = Files.readAllLines(manifest).size();
                if (n >= lines) return n;
            }
            Thread.sleep(20);
        }
        return n;
    }

    private static Set<String> keptMessagePages(Path manifest) throws Exception {
        try (Manifest m = Manifest.open(manifest.getParent())) {
            return Files.readAllLines(manifest).stream()
                    .map(l -> {
                        try {
                            return JsonLines.MAPPER.readValue(l, ManifestEntry.class);
                        } catch (Exception e) {
                            return null;
                        }
                    })
                    .filter(e -> e != null && e.hasContent() && e.url().matches(".*/\\d+\\.html"))
                    .filter(e -> Files.exists(manifest.getParent().getParent().resolve(e.path().replace('/', File.separatorChar))))
                    .map(e -> URI.create(e.url()).getPath())
                    .collect(Collectors.toSet());
        }
    }
}
