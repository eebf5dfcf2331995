package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class WarcRepairTest {

    @TempDir
    Path dir;

    static Exchange exchange(int i) {
        byte[] body = ("<html><body>page " + i + " " + "x".repeat(i * 37 % 400) + "</body></html>").getBytes();
        return new Exchange(URI.create("http://127.0.0.1:8080/pipermail/l/2005-March/" + String.format("%06d", i) + ".html"),
                Instant.parse("2026-11-28T12:00:00Z"), List.of(Map.entry("Host", "127.0.0.1:8080"), Map.entry("User-Agent", "listscope/test")),
                200, Map.of("Content-Type", List.of("text/html"), "ETag", List.of("\"e" + i + "\"")), body);
    }

    Path write(int n) throws IOException {
        try (WarcRecorder r = WarcRecorder.open(dir.resolve("w"), 1L << 30, Map.of("software", "test"))) {
            for (int i = 0; i < n; i++) r.record(exchange(i));
            return r.file();
        }
    }

    static List<String> targets(Path warc) throws IOException {
        List<String> out = new ArrayList<>();
        try (WarcReader r = new WarcReader(warc)) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp) {
                    out.add(resp.target());
                    assertThat(resp.http().status()).isEqualTo(200);
                    assertThat(new String(resp.http().body().stream().readAllBytes())).startsWith("<html><body>page ");
                }
            }
        }
        return out;
    }

    @Test
    void aWholeFileIsIntact() throws IOException {
        Path f = write(20);
        WarcRepair.Check c = WarcRepair.check(f);
        assertThat(c.intact()).isTrue();
        assertThat(c.records()).isEqualTo(41); // warcinfo + 20 request/response pairs
        assertThat(targets(f)).hasSize(20).first().asString().endsWith("/000000.html");
    }

    @Test
    void cutAtAnyByteTheRepairedFileHoldsOnlyWholeRecords() throws IOException {
        Path f = write(20);
        byte[] all = Files.readAllBytes(f);
        List<String> full = targets(f);
        Random random = new Random(7);
        for (int trial = 0; trial < 60; trial++) {
            int cut = trial == 0 ? all.length - 1 : random.nextInt(all.length);
            Path g = dir.resolve("cut-" + trial + ".warc.gz");
            Files.write(g, Arrays.copyOf(all, cut));
            WarcRepair.Check before = WarcRepair.repair(g);
            assertThat(before.fileLength()).isEqualTo(cut);
            WarcRepair.Check after = WarcRepair.check(g);
            assertThat(after.intact()).as("cut at " + cut).isTrue();
            assertThat(after.records()).isEqualTo(before.records());
            List<String> kept = targets(g);
            assertThat(full.subList(0, kept.size())).isEqualTo(kept);
        }
    }

    @Test
    void theRecorderRepairsTheLastFileAndAppendsAfterIt() throws IOException {
        Path f = write(10);
        Files.write(f, Arrays.copyOf(Files.readAllBytes(f), (int) Files.size(f) - 30));
        try (WarcRecorder r = WarcRecorder.open(dir.resolve("w"), 1L << 30, Map.of("software", "test"))) {
            assertThat(r.repaired().intact()).isFalse();
            assertThat(r.file()).isEqualTo(f);
            r.record(exchange(99));
        }
        assertThat(WarcRepair.check(f).intact()).isTrue();
        List<String> t = targets(f);
        assertThat(t).hasSize(10).last().asString().endsWith("/000099.html");
    }

    @Test
    void aFullFileIsFollowedByANewOne() throws IOException {
        try (WarcRecorder r = WarcRecorder.open(dir.resolve("w"), 2000, Map.of("software", "test"))) {
            for (int i = 0; i < 10; i++) r.record(exchange(i));
            assertThat(r.file().getFileName().toString()).isNotEqualTo("listscope-00000.warc.gz");
        }
        try (var s = Files.list(dir.resolve("w"))) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
            assertThat(files.size()).isGreaterThan(1);
            int responses = 0;
            for (Path p : files) {
                assertThat(WarcRepair.check(p).intact()).isTrue();
                responses += targets(p).size();
            }
            assertThat(responses).isEqualTo(10);
        }
    }
}
