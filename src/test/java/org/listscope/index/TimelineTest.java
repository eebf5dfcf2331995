package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.listscope.model.SearchRequest.Interval;

/** {@link Timeline}: labels in UTC as ISO 8601 writes them, intervals gathered in time order, empty ones counted. */
class TimelineTest {

    private static long day(String isoDate) {
        return LocalDate.parse(isoDate).toEpochDay();
    }

    @Test
    void aDayIsTheUtcDayOfTheInstantEvenBeforeTheEpoch() {
        assertThat(Interval.day(Instant.parse("2007-05-11T23:59:59.999Z").toEpochMilli())).isEqualTo(day("2007-05-11"));
        assertThat(Interval.day(Instant.parse("2007-05-12T00:00:00Z").toEpochMilli())).isEqualTo(day("2007-05-12"));
        assertThat(Interval.day(Instant.parse("1945-02-03T12:00:00Z").toEpochMilli())).isEqualTo(day("1945-02-03"));
        assertThat(Interval.day(-1)).isEqualTo(-1);
    }

    @Test
    void labelsOfEachInterval() {
        long d = day("2007-05-11");
        assertThat(Interval.DAY.label(d)).isEqualTo("2007-05-11");
        assertThat(Interval.WEEK.label(d)).isEqualTo("2007-W19");
        assertThat(Interval.MONTH.label(d)).isEqualTo("2007-05");
        assertThat(Interval.YEAR.label(d)).isEqualTo("2007");
        // ISO weeks belong to the year of their Thursday
        assertThat(Interval.WEEK.label(day("2008-12-29"))).isEqualTo("2009-W01");
        assertThat(Interval.WEEK.label(day("2010-01-03"))).isEqualTo("2009-W53");
        assertThat(Interval.MONTH.label(day("0994-03-01"))).isEqualTo("0994-03");
    }

    @Test
    void labelsOfConsecutiveDaysNeverGoBackInTimeAndSortAsText() {
        for (Interval interval : Interval.values()) {
            String previous = null;
            for (long d = day("1990-12-20"); d < day("2012-01-10"); d++) {
                String label = interval.label(d);
                if (previous != null) assertThat(label.compareTo(previous)).as("%s after %s", label, previous).isGreaterThanOrEqualTo(0);
                previous = label;
            }
        }
    }

    @Test
    void gatheringEveryDayOfTwentyYearsGivesEachIntervalItsDays() {
        SortedMap<Long, Long> byDay = new TreeMap<>();
        for (long d = day("1990-12-20"); d < day("2012-01-10"); d++) byDay.put(d, d % 3 + 1);
        for (Interval interval : Interval.values()) {
            Map<String, Long> expected = new java.util.LinkedHashMap<>();
            byDay.forEach((d, n) -> expected.merge(interval.label(d), n, Long::sum));
            assertThat(Timeline.of(byDay, 0, interval)).as(interval.name()).containsExactlyEntriesOf(expected);
        }
        assertThat(Timeline.of(byDay, 0, Interval.MONTH)).hasSize(1 + 12 * 21 + 1).containsEntry("2000-02", 58L); // 29 days, each (day % 3) + 1, summed outside Java
    }

    @Test
    void emptyIntervalsBetweenTwoLabels() {
        assertThat(Timeline.between("1993-02", "1993-05", Interval.MONTH)).isEqualTo(2);
        assertThat(Timeline.between("1993-12", "1994-01", Interval.MONTH)).isZero();
        assertThat(Timeline.between("1992", "1994", Interval.YEAR)).isEqualTo(1);
        assertThat(Timeline.between("2007-02-27", "2007-03-02", Interval.DAY)).isEqualTo(2);
        assertThat(Timeline.between("2008-W52", "2009-W01", Interval.WEEK)).isZero();
        assertThat(Timeline.between("2009-W52", "2010-W01", Interval.WEEK)).isEqualTo(1); // 2009 has a week 53
        assertThat(Timeline.between("2007-W19", "2007-W19", Interval.WEEK)).isZero();
        // the count of weeks between any two days' labels is the count a walk over the days finds
        for (long a = day("2003-12-01"); a < day("2005-02-01"); a += 5) {
            String first = Interval.WEEK.label(a);
            List<String> seen = new ArrayList<>();
            for (long d = a; d < a + 200; d++) {
                String label = Interval.WEEK.label(d);
                if (!seen.contains(label)) seen.add(label);
            }
            for (int i = 1; i < seen.size(); i++) assertThat(Timeline.between(first, seen.get(i), Interval.WEEK)).isEqualTo(i - 1);
        }
    }

    @Test
    void daysGatheredIntoIntervalsInTimeOrderWithTheUndatedLast() {
        SortedMap<Long, Long> byDay = new TreeMap<>();
        byDay.put(day("1993-12-31"), 2L);
        byDay.put(day("1994-01-01"), 3L);
        byDay.put(day("1994-01-20"), 1L);
        byDay.put(day("1994-03-02"), 4L);
        byDay.put(day("1994-04-01"), 0L);
        assertThat(new ArrayList<>(Timeline.of(byDay, 5, Interval.MONTH).entrySet())).containsExactly(
                Map.entry("1993-12", 2L), Map.entry("1994-01", 4L), Map.entry("1994-03", 4L), Map.entry("unknown", 5L));
        assertThat(new ArrayList<>(Timeline.of(byDay, 0, Interval.YEAR).entrySet())).containsExactly(
                Map.entry("1993", 2L), Map.entry("1994", 8L));
        // 1993-12-31 and 1994-01-01 are in ISO week 1993-W52, a Friday and a Saturday
        assertThat(Timeline.of(byDay, 0, Interval.WEEK)).containsEntry("1993-W52", 5L).containsEntry("1994-W03", 1L).hasSize(3);
        assertThat(Timeline.of(new TreeMap<>(), 0, Interval.DAY)).isEmpty();
    }
}
