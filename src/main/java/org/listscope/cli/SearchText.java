package org.listscope.cli;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.listscope.model.Author;
import org.listscope.model.SearchHit;
import org.listscope.index.Timeline;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;

/** A search result as readable text: hits with snippets (matches in «»), then facets. */
final class SearchText {

    private SearchText() {
    }

    /** Bar width of a timeline's largest count. */
    private static final int BAR = 40;

    /** The result, with its timeline (counted by {@code interval}) as bars after the facets. */
    static String render(SearchResult r, SearchRequest.Interval interval) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.total()).append(r.total() == 1 ? " message matches " : " messages match ")
                .append(r.query()).append(String.format(" (%.1f ms)%n", r.tookMs()));
        if (r.threads() != null) {
            int i = 0;
            for (ThreadHits t : r.threads()) {
                sb.append(String.format("%n%d. [%d matching] %s%n   thread %s%s%n", ++i, t.matching(), t.subject(),
                        t.threadId(), t.date() == null ? "" : " · started " + day(t.date())));
                for (SearchHit h : t.hits()) hit(sb, h, "   - ");
            }
        } else {
            int i = 0;
            for (SearchHit h : r.hits()) hit(sb, h, String.format("%n%d. ", ++i));
        }
        if (r.facets().values().stream().anyMatch(f -> !f.isEmpty())) {
            sb.append('\n');
            for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet()) {
                if (f.getValue().isEmpty()) continue;
                sb.append(String.format("%-9s %s%n", f.getKey() + ":", f.getValue().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
            }
        }
        if (r.timeline() != null && interval != null) timeline(sb, r.timeline(), interval);
        return sb.toString().stripTrailing();
    }

    /** One line per interval with matches, a bar and its count; a line for each run of empty intervals. */
    private static void timeline(StringBuilder sb, Map<String, Long> counts, SearchRequest.Interval interval) {
        String unit = interval.name().toLowerCase(java.util.Locale.ROOT);
        sb.append(String.format("%ntimeline by %s:%n", unit));
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        String previous = null;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String label = e.getKey();
            if (previous != null && !label.equals(Timeline.UNDATED)) {
                long empty = Timeline.between(previous, label, interval);
                if (empty > 0) sb.append(String.format("  %-" + width + "s  (%d %s%s without matches)%n", "", empty, unit, empty == 1 ? "" : "s"));
            }
            int bar = (int) Math.max(1, Math.round((double) e.getValue() * BAR / max));
            sb.append(String.format("  %-" + width + "s  %s %d%n", label, "\u2588".repeat(bar), e.getValue()));
            previous = label;
        }
    }

    private static void hit(StringBuilder sb, SearchHit h, String lead) {
        String pad = " ".repeat(Math.max(3, lead.strip().length() + 1));
        sb.append(lead.startsWith("\n") ? lead : lead).append(h.subject()).append('\n');
        sb.append(pad).append(author(h.from())).append(" · ").append(h.date() == null ? "no date" : day(h.date()))
                .append(" · ").append(h.id()).append('\n');
        if (h.url() != null) sb.append(pad).append(h.url()).append('\n');
        sb.append(pad).append(plain(h.snippet())).append('\n');
    }

    private static String author(Author a) {
        if (a.name() != null && a.address() != null) return a.name() + " <" + a.address() + ">";
        if (a.name() != null) return a.name();
        return a.address() != null ? a.address() : a.shown();
    }

    private static String day(Instant t) {
        return t.toString().substring(0, 10);
    }

    /** The snippet's markup as plain text: matches in «», entities resolved. */
    static String plain(String snippet) {
        return StringEscapeUtils.unescapeHtml4(snippet.replace("<b>", "«").replace("</b>", "»"));
    }
}
