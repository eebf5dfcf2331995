package org.listscope.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.listscope.model.Batch;
import org.listscope.model.Problem;

/** Problems and the batch summary on stderr, and the exit code they imply. */
final class Reporting {

    private Reporting() {
    }

    /**
     * Prints one line per problem, then a summary: inputs read, records read, distinct messages,
     * duplicates merged, and the inputs and records skipped, counted by reason. Returns 1 when any
     * problem was met.
     */
    static int summarize(Batch batch, PrintWriter err) {
        for (Problem p : batch.problems()) {
            err.println("listscope: " + p);
        }
        err.printf("listscope: %d inputs read, %d records, %d messages (%d duplicates merged), %d problems%n",
                batch.inputsRead(), batch.recordsRead(), batch.messages().size(), batch.duplicatesMerged(),
                batch.problems().size());
        if (!batch.problems().isEmpty()) {
            int records = 0;
            Map<String, Integer> reasons = new TreeMap<>();
            for (Problem p : batch.problems()) {
                if (p.source().matches(".*#\\d+$")) records++;
                reasons.merge(reasonKind(p.reason()), 1, Integer::sum);
            }
            StringBuilder by = new StringBuilder();
            reasons.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> by.append(by.length() == 0 ? "" : "; ").append(e.getValue()).append(" x ").append(e.getKey()));
            err.printf("listscope: skipped or cut: %d inputs, %d records; by reason: %s%n",
                    batch.problems().size() - records, records, by);
        }
        err.flush();
        return batch.problems().isEmpty() ? Root.OK : Root.FAILURE;
    }

    /** A problem's reason without its particulars (numbers, quoted text, details after a colon). */
    static String reasonKind(String reason) {
        String r = reason;
        int cut = r.length();
        for (char c : new char[] {':', '(', ';', '"'}) {
            int i = r.indexOf(c);
            if (i > 0) cut = Math.min(cut, i);
        }
        return r.substring(0, cut).replaceAll("\\d+", "N").strip();
    }
}
