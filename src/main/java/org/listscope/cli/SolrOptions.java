package org.listscope.cli;

import org.listscope.index.solr.SolrSearcher;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL --collection NAME}: a listscope collection of SolrCloud, which {@code solr push}
 * writes and {@code search}, {@code show} and {@code export} read instead of a local index; the two
 * are given together.
 */
final class SolrOptions {

    @Option(names = "--solr", required = true, paramLabel = "URL",
            description = "A node of the SolrCloud cluster, such as http://localhost:8983/solr (search, show, export: "
                    + "read the collection instead of an index).")
    String url;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "The listscope collection (made with the configset; with --solr).")
    String collection;

    /** What {@code --solr} must look like: an http or https URL with a host. */
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)https?://[^/\\s:]+(?::\\d+)?(?:/\\S*)?");

    /** The collection's searcher; refuses a local {@code --index} given beside it. */
    SolrSearcher open(IndexOption index) {
        if (index.index != null) throw new UsageException("give --index or --solr, not both");
        return SolrSearcher.to(url(), collection);
    }

    /** The node's URL, refused as a usage error where it is none ({@code --solr notaurl}). */
    String url() {
        if (!URL.matcher(url).matches()) {
            throw new UsageException("--solr needs the URL of a Solr node, such as http://localhost:8983/solr (got '" + url + "')");
        }
        return url;
    }

    /** Where the messages come from, as a provenance or a message names it. */
    String shown() {
        return collection + " at " + url;
    }
}
