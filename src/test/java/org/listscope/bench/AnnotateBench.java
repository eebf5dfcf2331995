package org.listscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.listscope.SharedCorpus;
import org.listscope.annotate.Annotator;
import org.listscope.annotate.eval.Baselines;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;

/**
 * Annotator throughput on real messages (cypherpunks 1994 by default, or the archives given as
 * arguments, parsed and segmented before timing), in MB of body text per second of CPU time (of the
 * whole process for the annotator, which runs in parallel; of this thread for the rest; UTF-16 chars
 * counted as bytes), next to two baselines timed in the same run on the same bodies: the eval's
 * regex-and-cue-word baselines, and a plain lower-casing pass (memory speed). Prints a Markdown
 * table. Run after {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.listscope.bench.AnnotateBench [archive...]}.
 */
public final class AnnotateBench {

    private AnnotateBench() {
    }

    public static void main(String[] args) {
        List<Path> inputs = args.length > 0 ? java.util.Arrays.stream(args).map(Path::of).toList()
                : List.of(SharedCorpus.root().resolve("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz"));
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                System.out.println("AnnotateBench: " + input + " is absent; nothing to measure");
                return;
            }
        }
        Batch batch = Archives.readBatch(inputs);
        List<Message> messages = batch.messages();
        long chars = messages.stream().mapToLong(m -> m.body().length()).sum();
        String names = inputs.size() == 1 ? inputs.get(0).getFileName().toString() : inputs.size() + " archives";
        System.out.printf("AnnotateBench: %s, %d messages, %.1f MB of body text%n%n", names, messages.size(), chars / 1e6);
        Annotator annotator = new Annotator();
        long[] count = new long[1];
        // warm up every path once
        timeAll(() -> count[0] += annotator.annotate(messages).size());
        time(messages, m -> count[0] += Baselines.citations(m.body()).size() + Baselines.claims(m.body()).size());
        double best = 0;
        double bestBaseline = 0;
        double bestLower = 0;
        double bestWall = 0;
        for (int round = 0; round < 3; round++) {
            long w0 = System.nanoTime();
            best = Math.max(best, chars / 1e6 / timeAll(() -> count[0] += annotator.annotate(messages).size()));
            bestWall = Math.max(bestWall, chars / 1e6 / ((System.nanoTime() - w0) / 1e9));
            bestBaseline = Math.max(bestBaseline, chars / 1e6 / time(messages,
                    m -> count[0] += Baselines.citations(m.body()).size() + Baselines.claims(m.body()).size()));
            bestLower = Math.max(bestLower, chars / 1e6 / time(messages, m -> count[0] += m.body().toLowerCase(Locale.ROOT).length()));
        }
        long annotations = annotator.annotate(messages).stream().mapToLong(m -> m.annotations().size()).sum();
        System.out.println("| what | MB/s per core (CPU time, best of 3) | ratio to annotator |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| annotator (citations, short forms, claims, speakers) | %.1f | 1.00 |%n", best);
        System.out.printf(Locale.ROOT, "| eval baselines (5 regexes + cue-word sentence filter) | %.1f | %.2f |%n", bestBaseline, bestBaseline / best);
        System.out.printf(Locale.ROOT, "| lower-casing the bodies (memory speed) | %.1f | %.2f |%n", bestLower, bestLower / best);
        System.out.printf(Locale.ROOT, "%nannotator by wall-clock time (best of 3): %.1f MB/s (shared machine: load average %.2f)%n", bestWall,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "%d annotations in %d messages (target: >= 5 MB/s per core)%n", annotations, messages.size());
    }

    /**
     * CPU seconds of the whole process to run {@code work} once: the annotator runs on the common
     * fork-join pool, so this thread's CPU time alone would leave out the workers' share.
     */
    private static double timeAll(Runnable work) {
        long c0 = BenchUtil.cpuNanos();
        work.run();
        return (BenchUtil.cpuNanos() - c0) / 1e9;
    }

    /** CPU seconds of this thread to run {@code work} over every message. */
    private static double time(List<Message> messages, Consumer<Message> work) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (Message m : messages) work.accept(m);
        return (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
    }
}
