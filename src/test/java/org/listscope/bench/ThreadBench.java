package org.listscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;

/**
 * What threading adds to parsing, on the twisted-python {@code .txt.gz} months (about 33,000
 * distinct messages) when a parser for them is on the class path; otherwise on synthetic messages
 * with a realistic reply structure (said in the output). Prints Markdown tables: wall-clock seconds
 * against the parse baseline, and CPU seconds (of the calling thread, and of the whole process with
 * garbage collection), which a busy shared machine disturbs less. Shingles and quote sources are found on
 * all cores, partly outside the calling thread: the whole-process figure is the one that counts all.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.listscope.bench.ThreadBench [../shared/corpus/pipermail/twisted-python]}
 */
public final class ThreadBench {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/pipermail/twisted-python");
        List<Path> months = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                months = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
            }
        }
        long p0 = System.nanoTime();
        Batch batch = months.isEmpty() ? null : Archives.readBatch(months);
        long parseNs = System.nanoTime() - p0;
        String what;
        if (batch == null || batch.messages().size() < 1000) {
            p0 = System.nanoTime();
            batch = synthetic(33_000, new Random(1));
            parseNs = System.nanoTime() - p0;
            what = "synthetic (no .txt.gz parser on this class path): 33,000 messages, generation as baseline";
        } else {
            what = "twisted-python .txt.gz, " + months.size() + " months, " + batch.messages().size() + " messages";
        }
        Threader.thread(batch); // warm-up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        long process0 = BenchUtil.cpuNanos();
        int linked = 0;
        for (int run = 0; run < RUNS; run++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<Message> out = Threader.thread(batch);
            best = Math.min(best, System.nanoTime() - t0);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c0);
            linked = (int) out.stream().filter(m -> m.parentId() != null).count();
        }
        long processPerRun = (BenchUtil.cpuNanos() - process0) / RUNS;
        System.out.println("input: " + what);
        System.out.println();
        System.out.println("| step | seconds | ratio to baseline |");
        System.out.println("|---|---|---|");
        System.out.printf("| baseline (parse / generate) | %.2f | 1.00 |%n", parseNs / 1e9);
        System.out.printf("| thread (best of %d) | %.2f | %.2f |%n", RUNS, best / 1e9, (double) best / parseNs);
        System.out.println();
        System.out.println("| threading CPU | seconds |");
        System.out.println("|---|---|");
        System.out.printf("| calling thread (without the work done on other cores), best of %d | %.2f |%n",
                RUNS, bestCpu / 1e9);
        System.out.printf("| whole process (with GC), mean of %d | %.2f |%n", RUNS, processPerRun / 1e9);
        System.out.println();
        System.out.println("messages with a parent: " + linked + " of " + batch.messages().size());
    }

    /** Messages in threads of 1..30 replies, a quarter without headers (quotes and attributions only). */
    static Batch synthetic(int n, Random r) {
        String[] words = ("reactor deferred protocol factory callback errback transport producer consumer "
                + "twisted python server client ssh key conch web resource twistd plugin thread pool").split(" ");
        List<Message> out = new ArrayList<>(n);
        List<Message> open = new ArrayList<>();
        Instant t = Instant.parse("2001-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            t = t.plusSeconds(60 + r.nextInt(20_000));
            StringBuilder own = new StringBuilder();
            for (int w = 0; w < 40 + r.nextInt(120); w++) {
                own.append(words[r.nextInt(words.length)]).append(w % 12 == 11 ? "\n" : " ");
            }
            Message parent = open.isEmpty() || r.nextInt(4) == 0 ? null : open.get(open.size() - 1 - r.nextInt(Math.min(open.size(), 30)));
            boolean headers = r.nextInt(4) != 0;
            String author = "Person " + r.nextInt(800);
            String body = own.toString();
            List<String> refs = List.of();
            String subject = "Topic " + i;
            if (parent != null) {
                StringBuilder b = new StringBuilder("On " + parent.date() + ", " + parent.from().name() + " wrote:\n");
                parent.body().lines().limit(6).forEach(l -> b.append("> ").append(l).append('\n'));
                body = b + "\n" + own;
                subject = parent.subject().startsWith("Re: ") ? parent.subject() : "Re: " + parent.subject();
                if (headers && parent.messageId() != null) {
                    List<String> pr = new ArrayList<>(parent.references());
                    pr.add(parent.messageId());
                    refs = pr;
                }
            }
            Message m = Message.builder().id("<s" + i + "@bench>").messageId(headers ? "<s" + i + "@bench>" : null)
                    .subject(subject).from(Author.of(author, null, author)).date(t)
                    .source(new Source(null, null, "synthetic")).body(body).references(refs).build();
            out.add(m);
            open.add(m);
            if (open.size() > 300) open.remove(0);
        }
        return new Batch(out, List.of(), List.of(), 1, n, 0);
    }
}
