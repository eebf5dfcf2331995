package org.listscope.annotate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well the annotator's {@code confidence} predicts that a reader marked the same thing: its
 * predictions per type in bins of confidence, each bin's mean confidence beside the share of its
 * predictions that matched a gold annotation (the precision a confidence promises against the one
 * it gets), the expected calibration error (the bins' gaps, weighted by their size), the Brier
 * score (the mean squared gap between a confidence and the 0 or 1 it turned out) and the AUC (the
 * chance that a right prediction has a higher confidence than a wrong one, ties counting half: 0.5
 * is a confidence that tells them apart no better than a coin).
 */
public final class Calibration {

    /** Bin edges: [0, 0.5), [0.5, 0.6), ..., [0.9, 1]. */
    private static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** Per type, the predictions' confidences and whether each was right. */
    private final Map<String, List<double[]>> judged = new TreeMap<>();

    /** Counts one prediction of {@code type} with its confidence; one without a confidence is left out. */
    void add(String type, double confidence, boolean right) {
        if (Double.isNaN(confidence)) return;
        judged.computeIfAbsent(type, k -> new ArrayList<>()).add(new double[] {confidence, right ? 1 : 0});
    }

    /** How many predictions of {@code type} were counted. */
    public int count(String type) {
        return judged.getOrDefault(type, List.of()).size();
    }

    /** The expected calibration error of {@code type}'s predictions over the bins, or NaN with none. */
    public double expectedError(String type) {
        List<double[]> all = judged.getOrDefault(type, List.of());
        if (all.isEmpty()) return Double.NaN;
        double sum = 0;
        for (Bin b : bins(all)) sum += b.n * Math.abs(b.meanConfidence() - b.precision());
        return sum / all.size();
    }

    /** The Brier score of {@code type}'s predictions (0 is perfect), or NaN with none. */
    public double brier(String type) {
        List<double[]> all = judged.getOrDefault(type, List.of());
        if (all.isEmpty()) return Double.NaN;
        double sum = 0;
        for (double[] p : all) sum += (p[0] - p[1]) * (p[0] - p[1]);
        return sum / all.size();
    }

    /** The AUC of {@code type}'s predictions, or NaN without both a right and a wrong one. */
    public double auc(String type) {
        List<double[]> all = new ArrayList<>(judged.getOrDefault(type, List.of()));
        long right = all.stream().filter(p -> p[1] == 1).count();
        long wrong = all.size() - right;
        if (right == 0 || wrong == 0) return Double.NaN;
        // Mann-Whitney: the rank sum of the right predictions, tied confidences sharing their mean rank
        all.sort((a, b) -> Double.compare(a[0], b[0]));
        double rankSum = 0;
        for (int i = 0; i < all.size(); ) {
            int j = i;
            while (j < all.size() && all.get(j)[0] == all.get(i)[0]) j++;
            double meanRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) if (all.get(k)[1] == 1) rankSum += meanRank;
            i = j;
        }
        return (rankSum - right * (right + 1) / 2.0) / (right * (double) wrong);
    }

    /** The table: per type, one row per bin that holds a prediction, then the type's summary row. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| type | confidence | predictions | mean confidence | precision | gap |\n");
        sb.append("|---|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, List<double[]>> e : judged.entrySet()) {
            for (Bin b : bins(e.getValue())) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %+.2f |%n", e.getKey(), b.label,
                        b.n, b.meanConfidence(), b.precision(), b.precision() - b.meanConfidence()));
            }
            sb.append(String.format(Locale.ROOT, "| %s | all | %d | ECE %.3f | Brier %.3f | AUC %s |%n", e.getKey(),
                    e.getValue().size(), expectedError(e.getKey()), brier(e.getKey()), f(auc(e.getKey()))));
        }
        return sb.toString();
    }

    private static String f(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static List<Bin> bins(List<double[]> all) {
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < EDGES.length; i++) {
            double from = EDGES[i];
            double to = i + 1 < EDGES.length ? EDGES[i + 1] : Double.POSITIVE_INFINITY;
            Bin b = new Bin(String.format(Locale.ROOT, "%.1f-%s", from, i + 1 < EDGES.length
                    ? String.format(Locale.ROOT, "%.1f", to) : "1.0"));
            for (double[] p : all) {
                if (p[0] >= from && p[0] < to) b.add(p);
            }
            if (b.n > 0) out.add(b);
        }
        return out;
    }

    /** One bin's sums. */
    private static final class Bin {
        final String label;
        int n;
        double confidence;
        double right;

        Bin(String label) {
            this.label = label;
        }

        void add(double[] p) {
            n++;
            confidence += p[0];
            right += p[1];
        }

        double meanConfidence() {
            return confidence / n;
        }

        double precision() {
            return right / n;
        }
    }
}
