package org.listscope.model;

/**
 * What one push of a local index to a SolrCloud collection did.
 *
 * @param sent    messages sent (each replaced the collection's document of its id, if any)
 * @param removed documents the same index had pushed before and no longer holds, removed
 * @param millis  wall time of the push
 */
public record PushReport(long sent, long removed, long millis) {

    public PushReport {
        if (sent < 0 || removed < 0 || millis < 0) throw new IllegalArgumentException("negative count in a push report");
    }
}
