package org.listscope.cli;

import java.io.PrintWriter;
import org.listscope.model.Batch;
import org.listscope.model.Problem;

/** Problems and the batch summary on stderr, and the exit code they imply. */
final class Reporting {

    private Reporting() {
    }

    /** Prints one line per problem and a summary line; returns 1 when any input failed. */
    static int summarize(Batch batch, PrintWriter err) {
        for (Problem p : batch.problems()) {
            err.println("listscope: " + p);
        }
        err.printf("listscope: %d inputs read, %d records, %d messages (%d duplicates merged), %d problems%n",
                batch.inputsRead(), batch.recordsRead(), batch.messages().size(), batch.duplicatesMerged(),
                batch.problems().size());
        err.flush();
        return batch.problems().isEmpty() ? Root.OK : Root.FAILURE;
    }
}
