package org.listscope.crawl;

import java.net.URI;

/** Progress of a crawl as it goes, for a progress bar. Called from several threads. */
public interface CrawlListener {

    /** Nothing to show. */
    CrawlListener NONE = new CrawlListener() {
    };

    /** More URLs were found that will be visited. */
    default void discovered(int count) {
    }

    /**
     * A URL was dealt with: fetched, found unchanged, kept from before, skipped or failed.
     *
     * @param bytes the bytes downloaded for it
     * @param failed whether it failed
     */
    default void done(URI uri, long bytes, boolean failed) {
    }

    /** A month started: its name and its place among the months to crawl. */
    default void month(String name, int index, int of) {
    }
}
