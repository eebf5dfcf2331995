package org.listscope.crawl;

import java.time.Duration;

/**
 * How a crawl behaves.
 *
 * @param delay the least time between two request starts to the host
 * @param concurrency the most requests in flight at once
 * @param contact an e-mail address or URL for the User-Agent, or null
 * @param maxPages stop after this many page requests (0: no limit); a later run goes on
 * @param timeout the longest wait for a whole response
 * @param attempts requests per URL at most (the first included) on transient failures
 * @param backoffBase the first wait before a retry, doubled for each further one
 * @param backoffCap the longest wait before a retry; a longer Retry-After fails the URL
 * @param maxBytes the largest response body accepted
 * @param maxInflated the largest size a gzip file may inflate to
 * @param warcRotateBytes start a new WARC file once the current one is this large
 */
public record CrawlSettings(Duration delay, int concurrency, String contact, int maxPages, Duration timeout,
                            int attempts, Duration backoffBase, Duration backoffCap, long maxBytes, long maxInflated,
                            long warcRotateBytes) {

    /** The product token robots.txt rules are matched against. */
    public static final String AGENT = "listscope";

    public CrawlSettings {
        if (delay == null || delay.isNegative()) throw new IllegalArgumentException("--delay must be 0 or more");
        if (concurrency < 1 || concurrency > 16) throw new IllegalArgumentException("--concurrency must be between 1 and 16");
        if (maxPages < 0) throw new IllegalArgumentException("--max-pages must be 0 or more");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("--timeout must be more than 0");
        if (attempts < 1) throw new IllegalArgumentException("--retries must be 0 or more");
        if (backoffBase == null || backoffBase.isNegative()) throw new IllegalArgumentException("backoff must be 0 or more");
        if (backoffCap == null || backoffCap.compareTo(backoffBase) < 0) throw new IllegalArgumentException("the backoff cap must be at least the base");
        if (maxBytes < 1) throw new IllegalArgumentException("--max-size must be more than 0");
        if (maxInflated < 1) throw new IllegalArgumentException("--max-inflated must be more than 0");
        if (warcRotateBytes < 1) throw new IllegalArgumentException("the WARC size limit must be more than 0");
        if (contact != null && contact.isBlank()) contact = null;
        if (contact != null && (contact.contains("\r") || contact.contains("\n") || contact.contains(")"))) {
            throw new IllegalArgumentException("--contact must be one line without ')': " + contact);
        }
    }

    /**
     * The defaults: 1 s between requests, 2 at once, 30 s timeout, 5 attempts with backoff from 2 s
     * to 5 min, 50 MB responses, 1 GB inflated, 1 GB WARC files.
     */
    public static CrawlSettings defaults() {
        return new CrawlSettings(Duration.ofSeconds(1), 2, null, 0, Duration.ofSeconds(30), 5, Duration.ofSeconds(2),
                Duration.ofMinutes(5), 50L << 20, 1L << 30, 1L << 30);
    }

    /** The same settings with another per-host delay. */
    public CrawlSettings withDelay(Duration d) {
        return new CrawlSettings(d, concurrency, contact, maxPages, timeout, attempts, backoffBase, backoffCap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with another number of concurrent requests. */
    public CrawlSettings withConcurrency(int n) {
        return new CrawlSettings(delay, n, contact, maxPages, timeout, attempts, backoffBase, backoffCap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with a contact for the User-Agent. */
    public CrawlSettings withContact(String c) {
        return new CrawlSettings(delay, concurrency, c, maxPages, timeout, attempts, backoffBase, backoffCap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with a page limit. */
    public CrawlSettings withMaxPages(int n) {
        return new CrawlSettings(delay, concurrency, contact, n, timeout, attempts, backoffBase, backoffCap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with another timeout. */
    public CrawlSettings withTimeout(Duration t) {
        return new CrawlSettings(delay, concurrency, contact, maxPages, t, attempts, backoffBase, backoffCap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with other retry rules. */
    public CrawlSettings withRetries(int attemptsInAll, Duration base, Duration cap) {
        return new CrawlSettings(delay, concurrency, contact, maxPages, timeout, attemptsInAll, base, cap, maxBytes, maxInflated, warcRotateBytes);
    }

    /** The same settings with other size caps. */
    public CrawlSettings withCaps(long bytes, long inflated) {
        return new CrawlSettings(delay, concurrency, contact, maxPages, timeout, attempts, backoffBase, backoffCap, bytes, inflated, warcRotateBytes);
    }

    /** The User-Agent: product, version, purpose and contact. */
    public String userAgent() {
        String v = CrawlSettings.class.getPackage().getImplementationVersion();
        return AGENT + "/" + (v == null ? "dev" : v) + " (mailing-list archive crawler for research"
                + (contact == null ? "" : "; contact: " + contact) + ")";
    }
}
