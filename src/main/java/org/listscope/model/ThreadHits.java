package org.listscope.model;

import java.time.Instant;
import java.util.List;

/**
 * The hits of one thread, when a search groups by thread.
 *
 * @param threadId the root's {@code id} (or, when the root is a message that replies name but the archive
 *                 lacks, its Message-ID)
 * @param subject  the root's subject (when the root is absent, the thread's earliest message's)
 * @param date     the root's date (when the root is absent, the thread's earliest message's), or {@code null}
 * @param matching how many messages of the thread match
 * @param hits     the best-matching messages of the thread, best first
 */
public record ThreadHits(String threadId, String subject, Instant date, long matching, List<SearchHit> hits) {

    public ThreadHits {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }
}
