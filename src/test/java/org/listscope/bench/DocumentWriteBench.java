package org.listscope.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.listscope.index.Analysis;
import org.listscope.index.Fields;
import org.listscope.index.MessageDocuments;
import org.listscope.json.Json;
import org.listscope.model.Message;

/**
 * The Lucene side of indexing alone: messages already parsed and annotated (JSON lines, as
 * {@code listscope annotate} writes them) are turned into documents and written on two threads,
 * committed and merged into one segment as a first build is, against a bare loop that indexes each
 * message's body as one text field. The first round of listscope's documents runs in a cold JVM, as
 * a whole {@code listscope index} process does; later rounds run on compiled code.
 * Args: JSON lines file, scratch folder, rounds.
 */
public final class DocumentWriteBench {

    private DocumentWriteBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jsonl = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Message> messages = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl)) {
            for (String line; (line = r.readLine()) != null; ) {
                messages.add(Json.readMessage(line));
                lines.add(line);
            }
        }
        System.out.printf("%d messages from %s%n", messages.size(), jsonl);
        System.out.println("| run | round | wall s | CPU s | of which the final merge: wall s | docs per CPU-s | index MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int r = 0; r < rounds; r++) {
            // listscope's documents first: its first round is the one a whole index process pays
            run("listscope documents", r, scratch.resolve("full"), messages, lines, false);
            run("bare: body as one text field", r, scratch.resolve("bare"), messages, lines, true);
        }
    }

    private static void run(String name, int round, Path dir, List<Message> messages, List<String> lines, boolean bare)
            throws Exception {
        BenchUtil.deleteTree(dir);
        long c0 = BenchUtil.cpuNanos();
        long t0 = System.nanoTime();
        IndexWriterConfig cfg = new IndexWriterConfig(Analysis.analyzer());
        cfg.setRAMBufferSizeMB(96);
        cfg.setUseCompoundFile(false);
        TieredMergePolicy lax = new TieredMergePolicy(); // as a first build's (Indexer.config)
        lax.setSegmentsPerTier(40);
        lax.setMaxMergeAtOnce(40);
        cfg.setMergePolicy(lax);
        double merge;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                int from = s;
                fs.add(pool.submit(() -> {
                    for (int i = from; i < messages.size(); i += 2) {
                        Message m = messages.get(i);
                        if (bare) {
                            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                            doc.add(new org.apache.lucene.document.StringField(Fields.ID, m.id(),
                                    org.apache.lucene.document.Field.Store.YES));
                            doc.add(new org.apache.lucene.document.TextField(Fields.BODY, m.body(),
                                    org.apache.lucene.document.Field.Store.NO));
                            w.addDocument(doc);
                        } else {
                            w.updateDocument(new Term(Fields.ID, m.id()), MessageDocuments.of(m, lines.get(i)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
            w.commit();
            long m0 = System.nanoTime();
            w.forceMerge(1);
            w.commit();
            merge = (System.nanoTime() - m0) / 1e9;
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (BenchUtil.cpuNanos() - c0) / 1e9;
        System.out.printf("| %s | %d | %.2f | %.2f | %.2f | %.0f | %.1f |%n", name, round + 1, wall, cpu, merge,
                messages.size() / cpu,
                BenchUtil.folderBytes(dir) / 1e6);
    }
}
