package org.listscope.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest.Interval;

/**
 * The report's messages over time: one row per interval from the first dated message to the last,
 * the empty ones too, each with a bar and its count, then the messages without a date. The
 * interval is the finest of day, ISO week, month and year that needs at most {@link #MAX_ROWS} rows;
 * labels are in UTC, as {@code search --timeline} writes them.
 */
final class HtmlTimeline {

    /** The most rows a timeline has (a year per row beyond that). */
    static final int MAX_ROWS = 60;

    private HtmlTimeline() {
    }

    /** The timeline section, or none where fewer than two messages have a date. */
    static Optional<Element> section(List<Message> messages) {
        List<Long> days = messages.stream().filter(m -> m.date() != null)
                .map(m -> Interval.day(m.date().toEpochMilli())).toList();
        if (days.size() < 2) return Optional.empty();
        long first = days.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = days.stream().mapToLong(Long::longValue).max().orElseThrow();
        Interval interval = interval(first, last);
        Map<String, Long> rows = rows(days, first, last, interval);
        long max = rows.values().stream().mapToLong(Long::longValue).max().orElse(1);
        long undated = messages.size() - days.size();

        Element s = new Element("section").addClass("timeline").id("timeline");
        s.appendElement("h2").text("Timeline");
        String unit = interval.name().toLowerCase(java.util.Locale.ROOT);
        s.appendElement("p").text("Messages per " + unit + " (UTC), " + interval.label(first) + " to " + interval.label(last)
                + (undated == 0 ? "." : "; " + undated + " without a date."));
        Element body = s.appendElement("table").appendElement("tbody");
        rows.forEach((label, n) -> {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(label);
            tr.appendElement("td").appendElement("span").addClass("bar").attr("style", "--w:" + Math.round(100.0 * n / max));
            tr.appendElement("td").text(Long.toString(n));
        });
        return Optional.of(s);
    }

    /** The finest interval whose rows between two days number at most {@link #MAX_ROWS}. */
    static Interval interval(long firstDay, long lastDay) {
        for (Interval i : List.of(Interval.DAY, Interval.WEEK, Interval.MONTH)) {
            if (i.ordinal(lastDay) - i.ordinal(firstDay) < MAX_ROWS) return i;
        }
        return Interval.YEAR;
    }

    /** Every interval from the first day's to the last day's, in time order, with its messages (0 for none). */
    static Map<String, Long> rows(List<Long> days, long first, long last, Interval interval) {
        Map<String, Long> rows = new LinkedHashMap<>();
        long current = Long.MIN_VALUE;
        for (long d = first; d <= last; d++) {
            long ordinal = interval.ordinal(d);
            if (ordinal != current) {
                current = ordinal;
                rows.put(interval.label(d), 0L);
            }
        }
        for (long d : days) rows.merge(interval.label(d), 1L, Long::sum);
        return rows;
    }
}
