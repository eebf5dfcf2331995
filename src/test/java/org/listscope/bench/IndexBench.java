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

        // 1. baseline: raw text split at "From " lines, one TextField, one thread
        Path bare = Files.createTempDirectory("listscope-bench-bare");
        BenchUtil.resetPeaks();
        long c0 = BenchUtil.cpuNanos();
        long t0 = System.nanoTime();
        long bareDocs = bareLoop(inputs, bare);
        double bareS = (System.nanoTime() - t0) / 1e9;
        double bareCpu = (BenchUtil.cpuNanos() - c0) / 1e9;
        long bareBytes = BenchUtil.folderBytes(bare);
        long barePeak = BenchUtil.heapPeak();
        BenchUtil.deleteTree(bare);

        // 2. listscope: parse, thread, annotate, index, on all cores
        BenchUtil.deleteTree(indexDir);
        BenchUtil.resetPeaks();
        c0 = BenchUtil.cpuNanos();
        t0 = System.nanoTime();
        IndexReport r = new Indexer(indexDir).index(inputs, Progress.NONE);
        double fullS = (System.nanoTime() - t0) / 1e9;
        double fullCpu = (BenchUtil.cpuNanos() - c0) / 1e9;
        long fullPeak = BenchUtil.heapPeak();
        long indexBytes = BenchUtil.folderBytes(indexDir);

        // 3. the same again: nothing changed
        c0 = BenchUtil.cpuNanos();
        t0 = System.nanoTime();
        IndexReport again = new Indexer(indexDir).index(inputs, Progress.NONE);
        double againS = (System.nanoTime() - t0) / 1e9;
        double againCpu = (BenchUtil.cpuNanos() - c0) / 1e9;

        System.out.printf("%n%d inputs, %.1f MB on disk; %d records, %d messages; %d cores, max heap %d MB; load average %.1f%n%n",
                inputs.size(), inputBytes / 1e6, r.records(), r.documents(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| run | docs | wall s | docs/s (wall) | CPU s | docs per CPU-s | peak heap MB | index bytes/doc |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        row("bare Lucene loop, raw text, 1 thread", bareDocs, bareS, bareCpu, barePeak, bareBytes);
        row("listscope index (parse+thread+annotate+index)", r.records(), fullS, fullCpu, fullPeak, indexBytes);
        System.out.printf("| listscope index, second run (unchanged) | %d | %.2f | - | %.2f | - | - | - |%n", again.written(), againS, againCpu);
        System.out.printf("%nratio listscope/bare, records per wall second: %.2f; per CPU second: %.2f; second run / first run wall: %.3f%n",
                (r.records() / fullS) / (bareDocs / bareS), (r.records() / fullCpu) / (bareDocs / bareCpu), againS / fullS);
        System.out.printf("messages in index: %d (%d added), problems: %d; index at %s%n", r.documents(), r.added(),
                r.problems().size(), indexDir);
    }

    private static void row(String what, long docs, double s, double cpu, long peak, long bytes) {
        System.out.printf("| %s | %d | %.2f | %.0f | %.2f | %.0f | %d | %.0f |%n", what, docs, s, docs / s, cpu, docs / cpu,
                peak >> 20, (double) bytes / docs);
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
