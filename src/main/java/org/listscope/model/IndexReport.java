package org.listscope.model;

import java.util.List;

/**
 * What one run of the indexer did.
 *
 * @param inputs          inputs found below the given paths
 * @param inputsUnchanged inputs skipped because their fingerprint matched the index
 * @param inputsRead      inputs parsed in this run
 * @param records         message records parsed, duplicates included
 * @param added           messages new to the index
 * @param updated         messages whose document changed (richer fields, new thread, new annotations)
 * @param unchanged       messages parsed again whose document stayed the same
 * @param documents       messages in the index after the run
 * @param millis          wall time of the run
 * @param problems        inputs and records that could not be read
 */
public record IndexReport(int inputs, int inputsUnchanged, int inputsRead, int records, int added, int updated,
                          int unchanged, long documents, long millis, List<Problem> problems) {

    public IndexReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Messages written in this run. */
    public int written() {
        return added + updated;
    }
}
