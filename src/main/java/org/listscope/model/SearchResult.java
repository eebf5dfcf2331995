package org.listscope.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, as {@code search --format json} prints it.
 *
 * @param query   the query as given
 * @param total   how many messages match
 * @param tookMs  milliseconds spent, query parsing to snippets
 * @param hits    the hits, best first (with threads: the best hit of each thread)
 * @param facets  per facet ({@code year}, {@code from}, {@code list}, {@code citekind},
 *                {@code topic}) its values with counts over all matches, most frequent first
 *                ({@code year} in time order)
 * @param threads the hits grouped by thread, or {@code null} when not grouped
 */
public record SearchResult(String query, long total, double tookMs, List<SearchHit> hits,
                           Map<String, Map<String, Long>> facets, List<ThreadHits> threads) {

    public SearchResult {
        hits = hits == null ? List.of() : List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
        threads = threads == null ? null : List.copyOf(threads);
    }

    /** A copy with another time spent. */
    public SearchResult withTookMs(double ms) {
        return new SearchResult(query, total, ms, hits, facets, threads);
    }
}
