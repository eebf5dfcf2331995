package org.listscope.cli;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.listscope.model.Author;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;

/** A search result as readable text: hits with snippets (matches in «»), then facets. */
final class SearchText {

    private SearchText() {
    }

    static String render(SearchResult r) {
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
        if (!r.facets().isEmpty()) {
            sb.append('\n');
            for (Map.Entry<String, Map<String, Long>> f : r.facets().entrySet()) {
                if (f.getValue().isEmpty()) continue;
                sb.append(String.format("%-9s %s%n", f.getKey() + ":", f.getValue().entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))));
            }
        }
        return sb.toString().stripTrailing();
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
