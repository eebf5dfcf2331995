package org.listscope.model;

import java.time.Instant;
import java.util.List;

/**
 * The hits of one thread, when a search groups by thread.
 *
 * @param threadId the root's {@code id}
 * @param subject  the root's subject (or the best hit's, when the root is not indexed)
 * @param date     the root's date, or {@code null}
 * @param matching how many messages of the thread match
 * @param hits     the best-matching messages of the thread, best first
 */
public record ThreadHits(String threadId, String subject, Instant date, long matching, List<SearchHit> hits) {

    public ThreadHits {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
