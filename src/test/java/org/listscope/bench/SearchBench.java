package org.listscope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.listscope.index.Searcher;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/**
 * Search latency of 50 fixed queries in-process, with snippets and facets (top 10 hits), against a
 * bare Lucene term query (top 10, no snippets, no facets) on the same index in the same run. The
 * first pass of a fresh JVM is reported apart; the measured rounds follow a warm-up of
 * {@link #WARM_UP_NANOS}, the steady state of a long-running process.
 * Args: index folder (as built by {@link IndexBench}).
 */
public final class SearchBench {

    static final List<String> QUERIES = List.of(
            "calea", "subpoena", "wiretap", "encryption", "clipper", "privacy", "twisted", "deferred", "reactor",
            "export", "\"key escrow\"", "\"public key\"", "\"clipper chip\"", "\"twisted.internet\"", "\"thank you\"",
            "clipper AND escrow", "pgp AND (export OR itar)", "nsa -clipper", "anonymous remailer", "digital cash",
            "subject:clipper", "body:encryption", "quoted:clipper", "from:tcmay@netcom.com", "from:netcom.com",
            "from:glyph", "date:1993-06", "date:[1993-01-01 TO 1993-03-31]", "year:2005", "date:2005-03 AND deferred",
            "list:cypherpunks", "list:twisted-python AND reactor", "has:quote AND clipper", "encrypt*", "remail*",
            "crypt*", "\"digital signature\"~3", "escrow~", "warrant OR subpoena OR court", "law enforcement",
            "government AND (wiretap OR surveillance)", "pb AND twisted", "web AND server", "python AND release",
            "bug AND patch", "unicode", "ssl OR tls", "spam", "dns", "smtp");

    /** Warm-up time before the measured rounds, as JMH warms up by time. */
    static final long WARM_UP_NANOS = 10_000_000_000L;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Double> full = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        // CPU time of the searching thread: under a shared machine's load, wall time mostly measures the queue
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> fullCpu = new ArrayList<>();
        long totalHits = 0;
        List<Double> first = new ArrayList<>();
        int warmRounds = 0;
        try (Searcher s = Searcher.open(index)) {
            // the first pass, timed as it comes (a fresh JVM: JIT compilation is under way)
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                s.search(request(q));
                first.add((System.nanoTime() - t0) / 1e6);
            }
            // then warm up as JMH does, by time, before measuring the steady state
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            do {
                for (String q : QUERIES) s.search(request(q));
                warmRounds++;
            } while (System.nanoTime() < warmUntil || warmRounds < 3);
            for (int r = 0; r < rounds; r++) {
                for (String q : QUERIES) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    SearchResult res = s.search(request(q));
                    full.add((System.nanoTime() - t0) / 1e6);
                    fullCpu.add((mx.getCurrentThreadCpuTime() - c0) / 1e6);
                    if (r == 0) totalHits += res.total();
                }
            }
        }
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(reader);
            List<String> words = List.of("calea", "subpoena", "wiretap", "encrypt", "clipper", "privaci", "twist", "defer", "reactor", "export");
            long warmUntil = System.nanoTime() + WARM_UP_NANOS; // the same warm-up as listscope's
            while (System.nanoTime() < warmUntil) for (String w : words) s.search(new TermQuery(new Term("body", w)), 10);
            for (int r = 0; r < rounds * 5; r++) {
                for (String w : words) {
                    long t0 = System.nanoTime();
                    s.search(new TermQuery(new Term("body", w)), 10);
                    bare.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        Collections.sort(first);
        Collections.sort(full);
        Collections.sort(fullCpu);
        Collections.sort(bare);
        System.out.printf("%n%d queries x %d rounds, measured after one timed first pass and %d warm-up rounds (%d s);"
                + " %d hits in all; load average %.1f%n%n", QUERIES.size(), rounds, warmRounds + 1, WARM_UP_NANOS / 1_000_000_000L,
                totalHits, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| search | p50 ms | p95 ms | max ms |");
        System.out.println("|---|---:|---:|---:|");
        System.out.printf("| listscope, first pass after start (cold JIT) | %.2f | %.2f | %.2f |%n",
                BenchUtil.percentile(first, 0.5), BenchUtil.percentile(first, 0.95), first.get(first.size() - 1));
        System.out.printf("| listscope: 50 queries, top 10, snippets + 6 facets | %.2f | %.2f | %.2f |%n",
                BenchUtil.percentile(full, 0.5), BenchUtil.percentile(full, 0.95), full.get(full.size() - 1));
        System.out.printf("| listscope, CPU time of the searching thread | %.2f | %.2f | %.2f |%n",
                BenchUtil.percentile(fullCpu, 0.5), BenchUtil.percentile(fullCpu, 0.95), fullCpu.get(fullCpu.size() - 1));
        System.out.printf("| bare Lucene TermQuery, top 10 | %.2f | %.2f | %.2f |%n",
                BenchUtil.percentile(bare, 0.5), BenchUtil.percentile(bare, 0.95), bare.get(bare.size() - 1));
        System.out.printf("%nratio p50 listscope/bare: %.1f%n", BenchUtil.percentile(full, 0.5) / BenchUtil.percentile(bare, 0.5));
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, 10, SearchRequest.Order.RELEVANCE, false, 10);
    }
}
