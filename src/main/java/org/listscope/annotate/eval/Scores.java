package org.listscope.annotate.eval;

import java.util.Map;
import java.util.TreeMap;

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
}
