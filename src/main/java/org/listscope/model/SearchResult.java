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
 * @param timeline the matches counted per interval of the request's timeline, in time order, only
 *                 intervals with matches, then {@code unknown} for those without a date; {@code null}
 *                 when no timeline was asked for
 */
public record SearchResult(String query, long total, double tookMs, List<SearchHit> hits,
                           Map<String, Map<String, Long>> facets, List<ThreadHits> threads, Map<String, Long> timeline) {

    public SearchResult {
        hits = hits == null ? List.of() : List.copyOf(hits);
        facets = facets == null ? Map.of() : facets;
        threads = threads == null ? null : List.copyOf(threads);
    }

    /** A result without a timeline. */
    public SearchResult(String query, long total, double tookMs, List<SearchHit> hits,
                        Map<String, Map<String, Long>> facets, List<ThreadHits> threads) {
        this(query, total, tookMs, hits, facets, threads, null);
    }

    /** A copy with another time spent. */
    public SearchResult withTookMs(double ms) {
        return new SearchResult(query, total, ms, hits, facets, threads, timeline);
    }
}
