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
        YEAR;

        /** The day (days since 1970-01-01, UTC) of an instant given in milliseconds since the epoch. */
        public static long day(long epochMillis) {
            return Math.floorDiv(epochMillis, 86_400_000L);
        }

        /** The label of the interval that holds a day (days since 1970-01-01, UTC). */
        public String label(long epochDay) {
            java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
            StringBuilder sb = new StringBuilder(10);
            return switch (this) {
                case DAY -> digits(digits(digits(sb, d.getYear(), 4).append('-'), d.getMonthValue(), 2).append('-'), d.getDayOfMonth(), 2).toString();
                case WEEK -> digits(digits(sb, d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR), 4).append("-W"),
                        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2).toString();
                case MONTH -> digits(digits(sb, d.getYear(), 4).append('-'), d.getMonthValue(), 2).toString();
                case YEAR -> digits(sb, d.getYear(), 4).toString();
            };
        }

        /** The interval that holds a day as a number, one more for each interval after it. */
        public long ordinal(long epochDay) {
            return switch (this) {
                case DAY -> epochDay;
                case WEEK -> Math.floorDiv(epochDay - 4, 7); // 1970-01-05 was a Monday
                case MONTH -> {
                    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
                    yield d.getYear() * 12L + d.getMonthValue() - 1;
                }
                case YEAR -> java.time.LocalDate.ofEpochDay(epochDay).getYear();
            };
        }

        /** The number with zeros before it up to a width (String.format's {@code %0Nd}, at a fraction of its cost). */
        private static StringBuilder digits(StringBuilder sb, int n, int width) {
            String s = Integer.toString(n);
            for (int i = s.length(); i < width; i++) sb.append('0');
            return sb.append(s);
        }
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
