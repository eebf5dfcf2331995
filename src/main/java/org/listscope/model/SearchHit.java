package org.listscope.model;

import java.time.Instant;

/**
 * One matching message, as a search result lists it.
 *
 * @param id       the message's {@code id}
 * @param subject  its subject
 * @param from     its author
 * @param date     when it was sent, or {@code null}
 * @param url      its archive URL, or {@code null}
 * @param threadId its thread's root {@code id}
 * @param score    relevance, or {@code null} when sorted by date
 * @param snippet  text around the match, matched words between {@code <b>} and {@code </b>}, the
 *                 rest HTML-escaped; from the part that matched (own text, quoted text or subject)
 */
public record SearchHit(String id, String subject, Author from, Instant date, String url, String threadId,
                        Double score, String snippet) {

    public SearchHit {
        if (id == null) throw new IllegalArgumentException("hit id is required");
    }
}
