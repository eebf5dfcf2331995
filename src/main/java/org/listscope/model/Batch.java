package org.listscope.model;

import java.util.List;

/**
 * What one parse of a set of inputs produced: distinct messages (duplicates already merged), the
 * archives' own thread indexes, and every problem met on the way.
 *
 * @param messages         distinct messages in input order
 * @param threadIndexes    thread indexes found among the inputs
 * @param problems         inputs and records that could not be read, with reasons
 * @param inputsRead       how many inputs were read
 * @param recordsRead      how many message records were read, duplicates included
 * @param duplicatesMerged how many records were merged into another
 */
public record Batch(List<Message> messages, List<ThreadIndex> threadIndexes, List<Problem> problems,
                    int inputsRead, int recordsRead, int duplicatesMerged) {

    public Batch {
        messages = List.copyOf(messages);
        threadIndexes = List.copyOf(threadIndexes);
        problems = List.copyOf(problems);
    }

    /** Returns a copy holding other messages (after a stage changed them). */
    public Batch withMessages(List<Message> newMessages) {
        return new Batch(newMessages, threadIndexes, problems, inputsRead, recordsRead, duplicatesMerged);
    }
}
