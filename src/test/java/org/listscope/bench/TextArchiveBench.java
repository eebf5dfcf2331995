package org.listscope.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.parse.Input;
import org.listscope.parse.PipermailTextParser;
import org.listscope.parse.Sink;

/**
 * Parses every twisted-python {@code .txt.gz} (65,706 records, ~126 MB of text) through the
 * pipermail text parser, without and with segmentation, against a baseline measured in the same run: bare
 * gunzip and line split of the same files. Also reports the heap in use after growing shares of the
 * input, to show that parsing streams (run with {@code -Xmx256m}). Reports wall and process CPU seconds:
 * on a shared machine the CPU figures and the ratios to the baseline are the fair ones.
 */
public final class TextArchiveBench {

    private TextArchiveBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = SharedCorpus.root().resolve("corpus/pipermail/twisted-python");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().toList();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        // warm-up
        parse(files.subList(0, Math.min(40, files.size())), 1, true, null);
        baseline(files.subList(0, Math.min(40, files.size())), 1);

        long t0 = System.nanoTime();
        long c0 = BenchUtil.cpuNanos();
        long lines = baseline(files, 1);
        double base1 = secs(t0);
        double base1Cpu = cpuSecs(c0);
        t0 = System.nanoTime();
        c0 = BenchUtil.cpuNanos();
        baseline(files, threads);
        double baseN = secs(t0);
        double baseNCpu = cpuSecs(c0);
        t0 = System.nanoTime();
        c0 = BenchUtil.cpuNanos();
        long[] reader = parse(files, threads, false, null);
        double readerN = secs(t0);
        double readerNCpu = cpuSecs(c0);
        // the whole parser, in four growing shares of the input, heap measured after each share
        List<String> heap = new ArrayList<>();
        t0 = System.nanoTime();
        c0 = BenchUtil.cpuNanos();
        long[] parsed = parse(files, threads, true, heap);
        double parseN = secs(t0);
        double parseNCpu = cpuSecs(c0);

        System.out.println("| run | threads | records | body MB | seconds | ratio to baseline (same threads) | CPU seconds (process) | CPU ratio to baseline |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf("| baseline: gunzip + line split (%d lines) | 1 | - | - | %.2f | 1.00 | %.2f | 1.00 |%n", lines, base1, base1Cpu);
        System.out.printf("| baseline: gunzip + line split | %d | - | - | %.2f | 1.00 | %.2f | 1.00 |%n", threads, baseN, baseNCpu);
        System.out.printf("| PipermailTextParser.withoutSegments() | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n", threads, reader[0],
                reader[1] / 1e6, readerN, readerN / baseN, readerNCpu, readerNCpu / baseNCpu);
        System.out.printf("| PipermailTextParser (with Segmenter) | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f |%n", threads, parsed[0],
                parsed[1] / 1e6, parseN, parseN / baseN, parseNCpu, parseNCpu / baseNCpu);
        System.out.println();
        System.out.println("| input read so far | records | heap used after GC (MB) | max heap (MB) |");
        System.out.println("|---|---|---|---|");
        heap.forEach(System.out::println);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Process CPU seconds (all threads, GC and JIT included) since {@code c0}. */
    private static double cpuSecs(long c0) {
        return (BenchUtil.cpuNanos() - c0) / 1e9;
    }

    /**
     * Records and body chars, parsing files on {@code threads} threads; with {@code heap}, in four
     * growing shares with the heap in use measured after each.
     */
    private static long[] parse(List<Path> files, int threads, boolean segment, List<String> heap) throws Exception {
        AtomicLong records = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        List<Problem> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Sink sink = new Sink() {
            public void message(Message m) {
                records.incrementAndGet();
                chars.addAndGet(m.body().length());
            }
            public void problem(Problem p) { problems.add(p); }
        };
        PipermailTextParser parser = segment ? new PipermailTextParser() : PipermailTextParser.withoutSegments();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int shares = heap == null ? 1 : 4;
            for (int share = 1; share <= shares; share++) {
                List<Future<?>> fs = new ArrayList<>();
                for (Path f : files.subList(files.size() * (share - 1) / shares, files.size() * share / shares)) {
                    fs.add(pool.submit(() -> {
                        parser.parse(Input.of(f), sink);
                        return null;
                    }));
                }
                for (Future<?> f : fs) f.get();
                if (heap != null) {
                    System.gc();
                    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    heap.add(String.format("| %d/4 (%d files) | %d | %.1f | %d |", share, files.size() * share / shares,
                            records.get(), used / 1e6, Runtime.getRuntime().maxMemory() >> 20));
                }
            }
        } finally {
            pool.shutdown();
        }
        if (!problems.isEmpty()) throw new IllegalStateException("problems: " + problems);
        return new long[] {records.get(), chars.get()};
    }

    /** Lines in the files: gunzip and split on newlines, nothing else. */
    private static long baseline(List<Path> files, int threads) throws Exception {
        AtomicLong lines = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                        byte[] buf = new byte[1 << 16];
                        int n;
                        long c = 0;
                        while ((n = in.read(buf)) > 0) {
                            for (int i = 0; i < n; i++) {
                                if (buf[i] == '\n') c++;
                            }
                        }
                        lines.addAndGet(c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdown();
        }
        return lines.get();
    }
}
