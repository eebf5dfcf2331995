/**
 * Polite, incremental, resumable fetching of pipermail archives into a corpus folder.
 *
 * <p>{@link org.listscope.crawl.Crawler} is the front door: it walks a list's pipermail root (or one
 * month) and writes what it fetched three ways: a mirror of the URL paths ({@link
 * org.listscope.crawl.Mirror}), a WARC file of every request and response ({@link
 * org.listscope.crawl.WarcRecorder}) and a manifest of every fetch ({@link
 * org.listscope.crawl.Manifest}). The small parts each do one job: {@link
 * org.listscope.crawl.Scope} says what may be fetched, {@link org.listscope.crawl.RobotsRules} what
 * the site allows, {@link org.listscope.crawl.RateLimiter} when, {@link
 * org.listscope.crawl.Fetcher} does one request with retries and backoff, {@link
 * org.listscope.crawl.LinkExtractor} finds links, {@link org.listscope.crawl.CrawlReport} counts
 * what happened.
 *
 * <p>Arguments are non-null unless a parameter says otherwise.
 */
package org.listscope.crawl;
