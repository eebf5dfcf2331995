package org.listscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.annotate.Annotator;
import org.listscope.model.Message;
import org.listscope.parse.Archives;

/**
 * Annotation throughput (citations and claims) on real messages, single-threaded, against a bare
 * regular-expression scan of the same bodies for a few citation cues, in the same run. Prints MB/s of
 * body text (UTF-16 chars counted as bytes) by wall clock and by this thread's CPU time.
 * Args: rounds, then inputs (archives); the first 15,000 messages are used.
 */
public final class AnnotateBench {

    private static final Pattern CUES = Pattern.compile("(?i)\\b(?:U\\.\\s?S\\.\\s?C\\.|C\\.F\\.R\\.|RFC\\s?\\d+|Pub\\.\\s?L\\.|https?://\\S+|must|shall)");

    private AnnotateBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) inputs.add(Path.of(args[i]));
        List<Message> all = Archives.readBatch(inputs).messages();
        List<Message> messages = all.subList(0, Math.min(15_000, all.size()));
        long chars = 0;
        for (Message m : messages) chars += m.body().length();
        double mb = chars / 1e6;
        Annotator annotator = new Annotator();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<double[]> base = new ArrayList<>();
        List<double[]> full = new ArrayList<>();
        long cues = 0;
        long annotations = 0;
        for (int r = 0; r < rounds + 1; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            cues = 0;
            for (Message m : messages) {
                Matcher x = CUES.matcher(m.body());
                while (x.find()) cues++;
            }
            double[] b = {(System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9};
            c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            annotations = 0;
            for (Message m : annotator.annotate(messages)) annotations += m.annotations().size();
            double[] f = {(System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9};
            if (r > 0) { // round 0 warms up
                base.add(b);
                full.add(f);
            }
        }
        System.out.printf("%,d messages, %.1f MB of body text; %d rounds after one warm-up round; %,d annotations, %,d regex cues%n%n",
                messages.size(), mb, rounds, annotations, cues);
        System.out.println("| run | wall s median [min-max] | MB/s (wall) | CPU s median | MB/s per core (CPU) | ratio to regex scan (CPU) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("bare regex scan for citation cues", base, mb, median(base, 1));
        row("Annotator (citations, claims, topics, speakers)", full, mb, median(base, 1));
    }

    private static void row(String what, List<double[]> xs, double mb, double baseCpu) {
        double w = median(xs, 0);
        double c = median(xs, 1);
        double min = xs.stream().mapToDouble(x -> x[0]).min().orElse(0);
        double max = xs.stream().mapToDouble(x -> x[0]).max().orElse(0);
        System.out.printf("| %s | %.2f [%.2f-%.2f] | %.1f | %.2f | %.1f | %.1f |%n", what, w, min, max, mb / w, c, mb / c, c / baseCpu);
    }

    private static double median(List<double[]> xs, int k) {
        List<Double> v = new ArrayList<>();
        for (double[] x : xs) v.add(x[k]);
        v.sort(null);
        return v.get(v.size() / 2);
    }
}
