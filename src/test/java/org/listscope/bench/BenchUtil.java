package org.listscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Measuring helpers shared by the benchmarks. */
final class BenchUtil {

    private BenchUtil() {
    }

    /** The inputs of the benchmark: every twisted-python {@code .txt.gz} and cypherpunks 1992-94. */
    static List<Path> defaultInputs(Path shared) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(shared.resolve("corpus/pipermail/twisted-python"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".txt.gz")).sorted().forEach(out::add);
        }
        for (String y : List.of("1992", "1993", "1994")) {
            out.add(shared.resolve("corpus/mbox/cypherpunks/cypherpunks-" + y + ".mbox.gz"));
        }
        return out;
    }

    static Path shared() {
        String env = System.getenv("LISTSCOPE_SHARED");
        return (env != null ? Path.of(env) : Path.of("..", "shared")).toAbsolutePath().normalize();
    }

    /** CPU time of the whole process, in ns. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak use since {@link #resetPeaks()}, in bytes (an upper bound of the true peak). */
    static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static double percentile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
