package org.listscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/**
 * What {@code search}, {@code show} and {@code export} read: a local index ({@link Searcher}) or a
 * SolrCloud collection of listscope messages ({@code org.listscope.index.solr.SolrSearcher}).
 */
public interface Searchable extends Closeable {

    /** How many messages match a query of the contract's language. */
    int count(String query) throws QuerySyntaxException, IOException;

    /** One search: the total, hits with snippets, facets. */
    SearchResult search(SearchRequest r) throws QuerySyntaxException, IOException;

    /** One message by its {@code id} (or Message-ID). */
    Optional<Message> message(String id) throws IOException;

    /** Every message of a thread, oldest first (messages without a date last). */
    List<Message> thread(String threadId) throws IOException;

    /**
     * The messages of each thread named, as {@link #thread} gives them, by thread id in the order
     * named; a thread of no message is left out. One question per thread unless overridden.
     */
    default Map<String, List<Message>> threads(Collection<String> threadIds) throws IOException {
        Map<String, List<Message>> out = new LinkedHashMap<>();
        for (String t : threadIds) {
            List<Message> whole = thread(t);
            if (!whole.isEmpty()) out.put(t, whole);
        }
        return out;
    }
}
