package org.listscope.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.listscope.model.SearchRequest.Interval;

/**
 * The matches of a search counted over time: per day, ISO week, month or year of their dates in
 * UTC, in time order, only the intervals that have matches, then {@link #UNDATED} for the matches
 * without a date. A local index counts its matches' days from the date's doc values; a Solr
 * collection gives the same day counts, and both are gathered into intervals here.
 */
public final class Timeline {

    /** The label of the matches without a date, last. */
    public static final String UNDATED = "unknown";

    private Timeline() {
    }

    /**
     * How many intervals lie strictly between two labels of one timeline ({@code 2} between
     * {@code 1993-02} and {@code 1993-05}), so that a reader sees the empty ones.
     */
    public static long between(String earlier, String later, Interval interval) {
        return Math.max(0, index(later, interval) - index(earlier, interval) - 1);
    }

    /** The first day of a label's interval, to number it by {@link Interval#ordinal}. */
    private static long index(String label, Interval interval) {
        LocalDate first = switch (interval) {
            case DAY -> LocalDate.parse(label);
            case WEEK -> LocalDate.parse(label.substring(0, 4) + "-01-04") // always in week 1
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(label.substring(6)))
                    .with(ChronoField.DAY_OF_WEEK, 1);
            case MONTH -> LocalDate.parse(label + "-01");
            case YEAR -> LocalDate.parse(label + "-01-01");
        };
        return interval.ordinal(first.toEpochDay());
    }

    /**
     * Day counts gathered into intervals.
     *
     * @param byDay    matches per day (days since 1970-01-01); days without matches may be absent
     * @param undated  matches without a date
     * @param interval the interval to count by
     * @return interval label to count, in time order, {@link #UNDATED} last where there are any
     */
    public static Map<String, Long> of(SortedMap<Long, Long> byDay, long undated, Interval interval) {
        Map<String, Long> out = new LinkedHashMap<>();
        long current = Long.MIN_VALUE;
        String label = null;
        for (Map.Entry<Long, Long> e : byDay.entrySet()) {
            if (e.getValue() <= 0) continue;
            long ordinal = interval.ordinal(e.getKey());
            if (ordinal != current) { // a label is written once per interval
                current = ordinal;
                label = interval.label(e.getKey());
            }
            out.merge(label, e.getValue(), Long::sum);
        }
        if (undated > 0) out.put(UNDATED, undated);
        return out;
    }

    /**
     * The timeline of the matches a facets collector gathered. Matches of one day mostly follow each
     * other in a segment (archives are indexed in time order), so each run of one day is counted
     * once.
     */
    static Map<String, Long> of(FacetsCollector matches, Interval interval) throws IOException {
        Map<Long, long[]> byDay = new HashMap<>();
        long undated = 0;
        for (FacetsCollector.MatchingDocs md : matches.getMatchingDocs()) {
            if (md.totalHits == 0) continue;
            SortedNumericDocValues dates = DocValues.getSortedNumeric(md.context.reader(), Fields.DATE);
            DocIdSetIterator it = md.bits.iterator();
            long day = Long.MIN_VALUE;
            long run = 0;
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (!dates.advanceExact(doc)) {
                    undated++;
                    continue;
                }
                long d = Interval.day(dates.nextValue());
                if (d != day) {
                    if (run > 0) byDay.computeIfAbsent(day, k -> new long[1])[0] += run;
                    day = d;
                    run = 0;
                }
                run++;
            }
            if (run > 0) byDay.computeIfAbsent(day, k -> new long[1])[0] += run;
        }
        SortedMap<Long, Long> sorted = new TreeMap<>();
        byDay.forEach((d, n) -> sorted.put(d, n[0]));
        return of(sorted, undated, interval);
    }
}
