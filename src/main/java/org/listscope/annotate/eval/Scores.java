package org.listscope.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** True positives, false positives and false negatives per label ({@code citation}, {@code citation/usc}, ...). */
public final class Scores {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Counts one matched pair. */
    void truePositive(String label) {
        cell(label)[0]++;
    }

    /** Counts one prediction that matched nothing. */
    void falsePositive(String label) {
        cell(label)[1]++;
    }

    /** Counts one gold annotation that nothing matched. */
    void falseNegative(String label) {
        cell(label)[2]++;
    }

    private int[] cell(String label) {
        return counts.computeIfAbsent(label, k -> new int[3]);
    }

    /** The labels seen, sorted. */
    public java.util.Set<String> labels() {
        return counts.keySet();
    }

    /** {@code tp, fp, fn} of a label (zeros when unseen). */
    public int[] counts(String label) {
        return counts.getOrDefault(label, new int[3]).clone();
    }

    /** Precision, or NaN with nothing predicted. */
    public double precision(String label) {
        int[] c = counts(label);
        return c[0] + c[1] == 0 ? Double.NaN : c[0] / (double) (c[0] + c[1]);
    }

    /** Recall, or NaN with nothing in the gold. */
    public double recall(String label) {
        int[] c = counts(label);
        return c[0] + c[2] == 0 ? Double.NaN : c[0] / (double) (c[0] + c[2]);
    }

    /** F1, or NaN where precision or recall is undefined. */
    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        if (Double.isNaN(p) || Double.isNaN(r)) return Double.NaN;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The system's and a baseline's scores as a Markdown table: the labels of {@code heads} that
     * occur first (the types: {@code citation}, {@code claim}), then every label with a kind
     * ({@code citation/usc}), sorted.
     */
    static String table(Scores system, Scores baseline, List<String> heads) {
        StringBuilder sb = new StringBuilder();
        sb.append("| label | gold | system P | system R | system F1 | baseline P | baseline R | baseline F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        TreeSet<String> labels = new TreeSet<>(system.labels());
        labels.addAll(baseline.labels());
        List<String> ordered = new ArrayList<>();
        for (String head : heads) {
            if (labels.contains(head)) ordered.add(head);
        }
        for (String l : labels) if (l.contains("/")) ordered.add(l);
        for (String l : ordered) {
            int[] c = system.counts(l);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n", l, c[0] + c[2],
                    f(system.precision(l)), f(system.recall(l)), f(system.f1(l)),
                    f(baseline.precision(l)), f(baseline.recall(l)), f(baseline.f1(l))));
        }
        return sb.toString();
    }

    private static String f(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
}
