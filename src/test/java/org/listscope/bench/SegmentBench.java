package org.listscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.listscope.SharedCorpus;
import org.listscope.model.Segment;
import org.listscope.parse.segment.Segmenter;
import org.listscope.parse.segment.TextArchiveBodies;

/**
 * Segmenter throughput on real bodies: every twisted-python {@code .txt.gz} month (or the first N
 * given as the argument), bodies held in memory, segmented single-threaded; prints MB/s of body text
 * (UTF-16 chars counted as bytes), by wall clock and by this thread's CPU time (the fair figure on a
 * shared machine). Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.listscope.bench.SegmentBench [months]}.
 */
public final class SegmentBench {

    private SegmentBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = SharedCorpus.root().resolve("corpus/pipermail/twisted-python");
        if (!Files.isDirectory(dir)) {
            System.out.println("SegmentBench: " + dir + " is absent; nothing to measure");
            return;
        }
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        List<Path> months;
        try (Stream<Path> s = Files.list(dir)) {
            months = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().limit(limit).toList();
        }
        List<String> bodies = new ArrayList<>();
        long chars = 0;
        for (Path m : months) {
            for (String b : TextArchiveBodies.read(m)) {
                bodies.add(b);
                chars += b.length();
            }
        }
        System.out.printf("SegmentBench: %d months, %d bodies, %.1f MB of body text%n", months.size(), bodies.size(), chars / 1e6);
        long segments = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            segments = 0;
            for (String b : bodies) {
                List<Segment> s = Segmenter.segment(b);
                segments += s.size();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpuSecs = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("round %d: wall %.2f s (%.1f MB/s), cpu %.2f s (%.1f MB/s per core), %d segments%n",
                    round + 1, secs, chars / 1e6 / secs, cpuSecs, chars / 1e6 / cpuSecs, segments);
        }
    }
}
