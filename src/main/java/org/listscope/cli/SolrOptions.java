package org.listscope.cli;

import org.listscope.index.solr.SolrSearcher;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL --collection NAME}: a listscope collection of SolrCloud read instead of a local
 * index ({@code search}, {@code show}, {@code export}); the two are given together.
 */
final class SolrOptions {

    @Option(names = "--solr", required = true, paramLabel = "URL",
            description = "Read a listscope collection of SolrCloud through this node (http://host:8983/solr) instead of an index.")
    String url;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The collection (with --solr).")
    String collection;

    /** The collection's searcher; refuses a local {@code --index} given beside it. */
    SolrSearcher open(IndexOption index) {
        if (index.index != null) throw new UsageException("give --index or --solr, not both");
        return SolrSearcher.to(url, collection);
    }

    /** Where the messages come from, as a provenance or a message names it. */
    String shown() {
        return collection + " at " + url;
    }
}
