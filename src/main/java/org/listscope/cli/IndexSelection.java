package org.listscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.listscope.index.QuerySyntaxException;
import org.listscope.index.Searchable;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/** The messages an export takes from the index (or a Solr collection): the matches of a query or one thread, whole threads or not. */
final class IndexSelection {

    private IndexSelection() {
    }

    /**
     * The selected messages; empty when nothing matched.
     *
     * @param query       a query in the contract's language, or {@code null} with {@code thread}
     * @param thread      a thread id or the id of a message in it, or {@code null} with {@code query}
     * @param onlyMatches only the matching messages, not their whole threads
     */
    static List<Message> select(Searchable s, String query, String thread, boolean onlyMatches)
            throws IOException, QuerySyntaxException {
        if (thread != null) {
            List<Message> whole = s.thread(thread);
            if (!whole.isEmpty()) return whole;
            Optional<Message> m = s.message(thread);
            if (m.isEmpty()) return List.of();
            if (onlyMatches) return List.of(m.get());
            return threadOf(s, m.get());
        }
        int total = s.count(query);
        if (total == 0) return List.of();
        SearchResult r = s.search(new SearchRequest(query, total, SearchRequest.Order.DATE, false, 0));
        List<Message> out = new ArrayList<>();
        if (onlyMatches) {
            for (SearchHit h : r.hits()) s.message(h.id()).ifPresent(out::add);
            return out;
        }
        Map<String, String> firstHit = new LinkedHashMap<>(); // thread -> its first hit, in the hits' order
        for (SearchHit h : r.hits()) firstHit.putIfAbsent(h.threadId(), h.id());
        Map<String, List<Message>> wholes = s.threads(firstHit.keySet());
        for (Map.Entry<String, String> t : firstHit.entrySet()) {
            List<Message> whole = wholes.get(t.getKey());
            if (whole == null) s.message(t.getValue()).ifPresent(out::add);
            else out.addAll(whole);
        }
        return out;
    }

    private static List<Message> threadOf(Searchable s, Message m) throws IOException {
        List<Message> whole = s.thread(m.threadId() != null ? m.threadId() : m.id());
        return whole.isEmpty() ? List.of(m) : whole;
    }
}
