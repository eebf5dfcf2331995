package org.listscope.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.listscope.index.Indexer;
import org.listscope.index.Progress;
import org.listscope.model.IndexReport;
import org.listscope.parse.Input;

/**
 * End-to-end indexing speed against a bare single-threaded Lucene loop over the raw text of the same
 * inputs, measured in the same run. Run with {@code -Xmx1g}. Args: [index folder to keep] [inputs...];
 * by default every twisted-python {@code .txt.gz} and cypherpunks 1992-94 from {@code ../shared}.
 */
public final class IndexBench {

    private IndexBench() {
    }

    public static void main(String[] args) throws Exception {
        Path indexDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("listscope-bench-index");
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) inputs.add(Path.of(args[i]));
        if (inputs.isEmpty()) inputs = BenchUtil.defaultInputs(BenchUtil.shared());
        long inputBytes = 0;
        for (Path p : inputs) inputBytes += Files.size(p);

        // alternately, BENCH_REPS times: the baseline, raw text split at "From " lines into one TextField on
        // one thread; then listscope, parse, thread, annotate and index on all cores
        int reps = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_REPS", "1")));
        List<Run> bareRuns = new ArrayList<>();
        List<Run> fullRuns = new ArrayList<>();
        IndexReport r = null;
        for (int k = 0; k < reps; k++) {
            Path bare = Files.createTempDirectory("listscope-bench-bare");
            BenchUtil.resetPeaks();
            long c0 = BenchUtil.cpuNanos();
            long t0 = System.nanoTime();
            long bareDocs = bareLoop(inputs, bare);
            bareRuns.add(new Run(bareDocs, (System.nanoTime() - t0) / 1e9, (BenchUtil.cpuNanos() - c0) / 1e9,
                    BenchUtil.heapPeak(), BenchUtil.folderBytes(bare)));
            BenchUtil.deleteTree(bare);

            BenchUtil.deleteTree(indexDir);
            BenchUtil.resetPeaks();
            c0 = BenchUtil.cpuNanos();
            t0 = System.nanoTime();
            r = new Indexer(indexDir).index(inputs, Progress.NONE);
            fullRuns.add(new Run(r.records(), (System.nanoTime() - t0) / 1e9, (BenchUtil.cpuNanos() - c0) / 1e9,
                    BenchUtil.heapPeak(), BenchUtil.folderBytes(indexDir)));
        }

        // the same again: nothing changed
        long c0 = BenchUtil.cpuNanos();
        long t0 = System.nanoTime();
        IndexReport again = new Indexer(indexDir).index(inputs, Progress.NONE);
        double againS = (System.nanoTime() - t0) / 1e9;
        double againCpu = (BenchUtil.cpuNanos() - c0) / 1e9;

        System.out.printf("%n%d inputs, %.1f MB on disk; %d records, %d messages; %d cores, max heap %d MB; %d repetition(s), "
                        + "alternated; load average %.1f%n%n",
                inputs.size(), inputBytes / 1e6, r.records(), r.documents(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, reps,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| run | docs | wall s | docs/s (wall) | CPU s | docs per CPU-s | peak heap MB | index bytes/doc |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        String round = reps > 1 ? ", median of " + reps + " [wall min-max]" : "";
        Run bare = Run.median(bareRuns);
        Run full = Run.median(fullRuns);
        row("bare Lucene loop, raw text, 1 thread" + round, bare, bareRuns);
        row("listscope index (parse+thread+annotate+index)" + round, full, fullRuns);
        System.out.printf("| listscope index, second run (unchanged) | %d | %.2f | - | %.2f | - | - | - |%n", again.written(), againS, againCpu);
        System.out.printf("%nratio listscope/bare (medians), records per wall second: %.2f; per CPU second: %.2f; second run / first run wall: %.3f%n",
                (full.docs / full.wall) / (bare.docs / bare.wall), (full.docs / full.cpu) / (bare.docs / bare.cpu), againS / full.wall);
        System.out.printf("messages in index: %d (%d added), problems: %d; index at %s%n", r.documents(), r.added(),
                r.problems().size(), indexDir);
    }

    /** One timed run: documents, wall and CPU seconds, peak heap and index bytes. */
    private record Run(long docs, double wall, double cpu, long peak, long bytes) {

        /** The run of median wall time (the lower middle one of an even count). */
        static Run median(List<Run> runs) {
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(java.util.Comparator.comparingDouble(Run::wall));
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    private static void row(String what, Run m, List<Run> all) {
        double lo = all.stream().mapToDouble(Run::wall).min().orElse(m.wall);
        double hi = all.stream().mapToDouble(Run::wall).max().orElse(m.wall);
        String wall = all.size() > 1 ? String.format("%.2f [%.1f-%.1f]", m.wall, lo, hi) : String.format("%.2f", m.wall);
        System.out.printf("| %s | %d | %s | %.0f | %.2f | %.0f | %d | %.0f |%n", what, m.docs, wall, m.docs / m.wall, m.cpu,
                m.docs / m.cpu, m.peak >> 20, (double) m.bytes / m.docs);
    }

    /** The baseline: each message's raw text (headers and body) as one text field. */
    static long bareLoop(List<Path> inputs, Path dir) throws Exception {
        long docs = 0;
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Path p : inputs) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(Input.of(p).open(), StandardCharsets.ISO_8859_1))) {
                    StringBuilder msg = new StringBuilder();
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("From ") && msg.length() > 0) {
                            add(w, docs++, msg);
                            msg.setLength(0);
                        }
                        msg.append(line).append('\n');
                    }
                    if (msg.length() > 0) add(w, docs++, msg);
                }
            }
            w.commit();
        }
        return docs;
    }

    private static void add(IndexWriter w, long n, StringBuilder text) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(n), Field.Store.YES));
        doc.add(new TextField("body", text.toString(), Field.Store.NO));
        w.addDocument(doc);
    }
}
