package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of an indexing child process at random moments, then a rerun to the end: the index must
 * open after every kill and end with exactly the documents of an uninterrupted run, stored JSON and
 * all. The archives are made so that what the index holds depends on which months are read in one
 * chunk (people's keys, threads across months, quote sources), as real archives' does.
 */
class CrashSafetyTest {

    private static final int MONTHS = 12;
    private static final int PER_MONTH = 12;
    private static final String[] PEOPLE = {"Alice Smith", "Robert Jones", "Carol White", "Dan Brown", "Erin Black"};
    private static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    @TempDir
    Path tmp;

    /**
     * A month of a pipermail text archive. Each person writes from two addresses, most often from one
     * in even months and from the other in odd ones, so the key chosen for them depends on the months
     * read together; a month starts with a reply to the last message of the month before, found by
     * its quote; the first month's last two messages are archived again in the second month.
     */
    private static String month(int f) {
        StringBuilder sb = new StringBuilder();
        if (f == 1) sb.append(messages(0, PER_MONTH - 2, PER_MONTH));
        sb.append(messages(f, 0, PER_MONTH));
        return sb.toString();
    }

    private static String messages(int f, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            String name = PEOPLE[(f + j) % PEOPLE.length];
            boolean work = f % 2 == 0 ? j % 4 == 0 : j % 4 != 0;
            String address = name.split(" ")[0].toLowerCase(Locale.ROOT) + " at " + (work ? "work.example.com" : "home.example.org");
            String mon = MON[f];
            boolean reply = j % 3 != 0;
            sb.append("From ").append(address).append("  Tue ").append(mon).append(String.format(" %02d 10:00:00 2006%n", 1 + j))
                    .append("From: ").append(address).append(" (").append(name).append(")\n")
                    .append("Date: Tue, ").append(1 + j).append(' ').append(mon).append(" 2006 10:00:00 +0000\n")
                    .append("Subject: [Test] ").append(reply ? "Re: " : "").append("topic ").append(f).append('-').append(j / 3).append('\n')
                    .append("Message-ID: <").append(f).append('.').append(j).append("@crash.example>\n\n");
            String quoted = reply ? f + "." + (j - 1) : f > 0 && j == 0 ? (f - 1) + "." + (PER_MONTH - 1) : null;
            if (quoted != null) {
                sb.append("> words of message ").append(quoted).append(" about retention\n> and subpoenas under 18 U.S.C. 2703\n\n");
            }
            sb.append("words of message ").append(f).append('.').append(j).append(" about retention\nand subpoenas under 18 U.S.C. 2703\n\n");
        }
        return sb.toString();
    }

    @Test
    void killedAtRandomMomentsThenRerunGivesTheUninterruptedIndex() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < MONTHS; f++) Files.writeString(in.resolve(String.format("2006-%02d.txt", f + 1)), month(f));
        long monthBytes = Files.size(in.resolve("2006-03.txt"));

        Random random = new Random(42);
        int partial = 0;
        // a first chunk of one month, then chunks of two months, or of one
        for (long budget : new long[] {monthBytes * 5 / 2, monthBytes * 3 / 2}) {
            Path reference = tmp.resolve("reference-" + budget);
            CrashChild.main(new String[] {reference.toString(), in.toString(), Long.toString(budget)});
            Map<String, String> expected = IndexerTest.documents(reference);
            assertThat(expected).hasSize(MONTHS * PER_MONTH);

            Path index = tmp.resolve("killed-" + budget);
            for (int kill = 0; kill < 2; kill++) {
                killAfter(child(index, in, budget), 2 + random.nextInt(3), random);
                if (Searcher.exists(index)) {
                    try (Searcher s = Searcher.open(index)) {
                        assertThat(s.size()).isBetween(0L, (long) expected.size());
                    }
                    int marked = markers(index);
                    if (marked > 0 && marked < MONTHS) partial++;
                }
            }
            Process last = child(index, in, budget);
            last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).isZero();
            Map<String, String> actual = IndexerTest.documents(index);
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            List<String> differing = expected.keySet().stream().filter(id -> !expected.get(id).equals(actual.get(id))).toList();
            String first = differing.isEmpty() ? "" : differing.get(0);
            assertThat(differing).as("documents unlike the uninterrupted run's (chunk budget %d); the first is%n%s%ninstead of%n%s",
                    budget, actual.get(first), expected.get(first)).isEmpty();
        }
        assertThat(partial).as("kills that left some chunks committed and others not").isPositive();
    }

    /**
     * A rebuild of an index written by an older version, killed at random moments: after each kill the
     * index is either the old one, whole, or a part of the new one; a rebuild run to the end then gives
     * exactly the documents of a fresh build.
     */
    @Test
    void aRebuildKilledAtRandomMomentsEndsAsAFreshBuild() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int f = 0; f < MONTHS; f++) Files.writeString(in.resolve(String.format("2006-%02d.txt", f + 1)), month(f));
        long budget = Files.size(in.resolve("2006-03.txt")) * 3 / 2;
        Path reference = tmp.resolve("reference");
        CrashChild.main(new String[] {reference.toString(), in.toString(), Long.toString(budget)});
        Map<String, String> expected = IndexerTest.documents(reference);

        // the old index: the first half of the months, in one chunk, as an older version wrote it
        Path old = Files.createDirectories(tmp.resolve("old-in"));
        for (int f = 0; f < MONTHS / 2; f++) Files.copy(in.resolve(String.format("2006-%02d.txt", f + 1)), old.resolve(String.format("2006-%02d.txt", f + 1)));
        Path index = tmp.resolve("index");
        CrashChild.main(new String[] {index.toString(), old.toString(), Long.toString(Long.MAX_VALUE)});
        TestIndex.pretendVersion(index, -1);
        Map<String, String> oldDocuments = IndexerTest.documents(index);

        Random random = new Random(7);
        int oldSeen = 0;
        int newSeen = 0;
        for (int kill = 0; kill < 3; kill++) {
            // the first kill comes while the first chunk is written, the others after some chunks were
            // committed (a chunk's line is printed when its writing starts, after the commit of the one before)
            killAfter(child(index, in, budget, "rebuild"), kill == 0 ? 1 : 2 + random.nextInt(3), random);
            try (Searcher s = Searcher.open(index)) {
                if (s.schema() == 0) {
                    assertThat(IndexerTest.documents(index)).as("the old index, before the rebuild's first commit").isEqualTo(oldDocuments);
                    oldSeen++;
                } else {
                    assertThat(s.schema()).isEqualTo(Schema.VERSION);
                    assertThat(expected.keySet()).containsAll(IndexerTest.documents(index).keySet());
                    newSeen++;
                }
            }
        }
        Process last = child(index, in, budget, "rebuild");
        last.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(IndexerTest.documents(index)).isEqualTo(expected);
        assertThat(newSeen).as("kills after the rebuild's first commit").isPositive();
        System.out.printf("rebuild kills: %d left the old index, %d part of the new%n", oldSeen, newSeen);
    }

    /** Waits until the child has begun its {@code chunks}-th chunk, then a few ms more, then SIGKILLs it. */
    private static void killAfter(Process p, int chunks, Random random) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line; seen < chunks && (line = out.readLine()) != null; ) {
                if (line.startsWith("read ")) seen++;
            }
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly().waitFor(); // SIGKILL
        }
    }

    private static int markers(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return Markers.read(r).size();
        }
    }

    private static Process child(Path index, Path in, long budget, String... more) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), index.toString(), in.toString(), Long.toString(budget)));
        command.addAll(List.of(more));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
