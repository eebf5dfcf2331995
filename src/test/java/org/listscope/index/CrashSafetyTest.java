package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

/**
 * kill -9 of an indexing child process at random moments, then a rerun to the end: the index must
 * open after every kill and end with exactly the documents of an uninterrupted run.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomMomentsThenRerunGivesTheUninterruptedIndex() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < 12; f++) {
            List<Message> ms = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = f * 50 + i; // files overlap by 10 messages, as rebuilt archives do
                ms.add(Msgs.message("<m" + n + "@crash>", "Person " + (n % 13), "p" + (n % 13) + "@example.org",
                        "2006-0" + (1 + n % 9) + "-1" + (n % 10) + "T10:00:00Z", "thread " + (n / 5),
                        "own text " + n + " about retention and subpoenas, words words words", n % 4 == 0 ? "quoted " + n : null));
            }
            TestIndex.jsonLines(in.resolve(String.format("f%02d.jsonl", f)), ms);
        }
        Path reference = tmp.resolve("reference");
        CrashChild.main(new String[] {reference.toString(), in.toString()});
        Map<String, String> expected = IndexerTest.documents(reference);
        assertThat(expected).hasSize(610);

        Random random = new Random(42);
        int killedMidway = 0;
        for (int run = 0; run < 2; run++) {
            Path index = tmp.resolve("run" + run);
            for (int kill = 0; kill < 2; kill++) {
                Process p = child(index, in);
                // wait until the child has read a random number of inputs, then a few ms more, then SIGKILL
                int inputs = 1 + random.nextInt(6);
                try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    int seen = 0;
                    for (String line; seen < inputs && (line = out.readLine()) != null; ) {
                        if (line.startsWith("read ")) seen++;
                    }
                    Thread.sleep(random.nextInt(40));
                    if (p.isAlive()) {
                        p.destroyForcibly().waitFor(); // SIGKILL
                        killedMidway++;
                    }
                }
                if (Searcher.exists(index)) {
                    try (Searcher s = Searcher.open(index)) {
                        assertThat(s.size()).isBetween(0L, 610L);
                    }
                }
            }
            Process last = child(index, in);
            last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            assertThat(IndexerTest.documents(index)).isEqualTo(expected);
        }
        assertThat(killedMidway).as("some kills must land while indexing").isPositive();
    }

    private static Process child(Path index, Path in) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), index.toString(), in.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
