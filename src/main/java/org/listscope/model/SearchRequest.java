package org.listscope.model;

/**
 * A search to run.
 *
 * @param query      the query, in the contract's query language
 * @param limit      how many hits (or, with {@code threads}, how many threads) to return
 * @param sort       the order of hits
 * @param threads    whether hits are grouped by thread
 * @param facetLimit how many values each facet lists (0: no facets)
 * @param timeline   the interval the matches are counted by over time, or {@code null} for no timeline
 */
public record SearchRequest(String query, int limit, Order sort, boolean threads, int facetLimit, Interval timeline) {

    /** The order of hits. */
    public enum Order {
        /** Best match first. */
        RELEVANCE,
        /** Oldest first (messages without a date last). */
        DATE,
        /** Newest first. */
        NEWEST
    }

    /** The interval of a timeline's counts, each labelled in UTC as ISO 8601 writes it. */
    public enum Interval {
        /** {@code 2007-05-11}. */
        DAY,
        /** An ISO week, Monday to Sunday: {@code 2007-W19}. */
        WEEK,
        /** {@code 2007-05}. */
        MONTH,
        /** {@code 2007}. */
        YEAR
    }

    public SearchRequest {
        if (query == null) throw new IllegalArgumentException("query is required");
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
        if (facetLimit < 0) throw new IllegalArgumentException("facet limit must not be negative: " + facetLimit);
        if (sort == null) sort = Order.RELEVANCE;
    }

    /** A search without a timeline. */
    public SearchRequest(String query, int limit, Order sort, boolean threads, int facetLimit) {
        this(query, limit, sort, threads, facetLimit, null);
    }

    /** The first ten hits by relevance, with facets. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, 10, Order.RELEVANCE, false, 10);
    }
}
