package org.listscope.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;

/**
 * What {@code search}, {@code show} and {@code export} read: a local index ({@link Searcher}) or a
 * SolrCloud collection of listscope messages ({@code org.listscope.index.solr.SolrSearcher}).
 */
public interface MessageIndex extends Closeable {

    /** How many messages match a query of the contract's language. */
    int count(String query) throws QuerySyntaxException, IOException;

    /** One search: the total, hits with snippets, facets. */
    SearchResult search(SearchRequest r) throws QuerySyntaxException, IOException;

    /** One message by its {@code id} (or Message-ID). */
    Optional<Message> message(String id) throws IOException;

    /** Every message of a thread, oldest first (messages without a date last). */
    List<Message> thread(String threadId) throws IOException;
}
