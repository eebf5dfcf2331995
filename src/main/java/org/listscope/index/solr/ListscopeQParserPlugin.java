package org.listscope.index.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.listscope.index.Analysis;
import org.listscope.index.QueryLanguage;
import org.listscope.index.QuerySyntaxException;

/**
 * The contract's query language inside Solr ({@code defType=listscope}, or {@code {!listscope}} in a
 * filter): the very query a local {@code listscope search} runs, over the same fields of a collection
 * made with {@link SolrConfigset}. A wrong query is Solr's syntax error (HTTP 400) with listscope's
 * one-line reason and column.
 */
public final class ListscopeQParserPlugin extends QParserPlugin {

    /** The name solrconfig.xml registers it under. */
    public static final String NAME = "listscope";

    /** Thread-safe: its analyzer's reusable parts are per thread, as Lucene's are. */
    private final QueryLanguage language = new QueryLanguage(Analysis.analyzer());

    @Override
    public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() throws SyntaxError {
                try {
                    return language.parse(qstr);
                } catch (QuerySyntaxException e) {
                    throw new SyntaxError(e.getMessage(), e);
                }
            }
        };
    }
}
