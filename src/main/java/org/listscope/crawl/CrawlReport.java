package org.listscope.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.listscope.model.Problem;

/** What a crawl did: counts, what failed and why, what robots.txt kept out. Thread-safe. */
public final class CrawlReport {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger months = new AtomicInteger();
    private final AtomicInteger monthsUnchanged = new AtomicInteger();
    private final ConcurrentLinkedQueue<Problem> failures = new ConcurrentLinkedQueue<>();
    private final Set<String> disallowed = ConcurrentHashMap.newKeySet();
    /** How many off-scope links are kept by name; more are counted (roughly, without deduplication). */
    static final int MAX_LISTED = 10_000;

    private final Set<String> offScope = ConcurrentHashMap.newKeySet();
    private final AtomicInteger offScopeBeyond = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> notes = new ConcurrentLinkedQueue<>();
    private volatile boolean stoppedAtMaxPages;
    private volatile Duration elapsed = Duration.ZERO;

    /** Requests were sent for one URL: the first and its retries. */
    void requests(int attempts) {
        requests.addAndGet(attempts);
        retries.addAndGet(Math.max(0, attempts - 1));
    }

    /** A complete response body arrived. */
    void received(long bodyBytes) {
        bytes.addAndGet(bodyBytes);
    }

    void pageFetched() {
        fetched.incrementAndGet();
    }

    void pageUnchanged() {
        unchanged.incrementAndGet();
    }

    void pageKept() {
        kept.incrementAndGet();
    }

    void month(boolean wasUnchanged) {
        months.incrementAndGet();
        if (wasUnchanged) monthsUnchanged.incrementAndGet();
    }

    void failed(URI uri, String reason) {
        failures.add(new Problem(uri.toString(), reason));
    }

    void disallowed(URI uri) {
        disallowed.add(uri.toString());
    }

    void offScope(URI uri) {
        if (offScope.size() < MAX_LISTED) {
            offScope.add(uri.toString());
        } else if (!offScope.contains(uri.toString())) {
            offScopeBeyond.incrementAndGet(); // counted, not kept: a big archive links to the whole web
        }
    }

    void note(String note) {
        notes.add(note);
    }

    void stoppedAtMaxPages() {
        stoppedAtMaxPages = true;
    }

    void elapsed(Duration d) {
        elapsed = d;
    }

    /** HTTP requests sent, retries and robots.txt included. */
    public int requests() {
        return requests.get();
    }

    /** Requests that were repeats of a failed attempt. */
    public int retries() {
        return retries.get();
    }

    /** Pages downloaded (200) and kept. */
    public int fetched() {
        return fetched.get();
    }

    /** Pages asked for again and found unchanged (304, or the same bytes). */
    public int unchangedPages() {
        return unchanged.get();
    }

    /** Message pages kept from an earlier run, not asked for again. */
    public int keptFromEarlier() {
        return kept.get();
    }

    /** Body bytes received. */
    public long bytes() {
        return bytes.get();
    }

    /** Months visited, and of those the ones whose index had not changed since a finished crawl. */
    public int months() {
        return months.get();
    }

    /** Months skipped because their index had not changed since they were crawled to the end. */
    public int monthsUnchanged() {
        return monthsUnchanged.get();
    }

    /** URLs that failed for good, with the reason, sorted by URL. */
    public List<Problem> failures() {
        List<Problem> l = new ArrayList<>(failures);
        l.sort(Comparator.comparing(Problem::source));
        return l;
    }

    /** URLs that robots.txt did not allow, sorted. */
    public List<String> disallowed() {
        return disallowed.stream().sorted().toList();
    }

    /**
     * Links found that lead out of the crawl's scope (other hosts, other paths, other schemes),
     * sorted; the first {@value #MAX_LISTED} only.
     */
    public List<String> offScopeLinks() {
        return offScope.stream().sorted().toList();
    }

    /** Remarks: repaired files, the page limit reached, ... */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether the crawl stopped at {@code --max-pages} with work left. */
    public boolean stoppedEarly() {
        return stoppedAtMaxPages;
    }

    /** How long the crawl took. */
    public Duration elapsed() {
        return elapsed;
    }

    /** Whether every reachable page was fetched (or found unchanged). */
    public boolean complete() {
        return failures.isEmpty() && !stoppedAtMaxPages;
    }

    /** Whether nothing failed for good (a stop at {@code --max-pages} is not a failure). */
    public boolean succeeded() {
        return failures.isEmpty();
    }

    /** One line for the end of a crawl. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d pages fetched (%s), %d unchanged, %d kept from earlier runs; %d months (%d unchanged); "
                        + "%d failed, %d disallowed by robots.txt, %d off-scope links ignored; %d requests (%d retries) in %.1f s%s",
                fetched(), Sizes.human(bytes()), unchangedPages(), keptFromEarlier(), months(), monthsUnchanged(),
                failures.size(), disallowed.size(), offScope.size() + offScopeBeyond.get(), requests(), retries(), elapsed.toMillis() / 1000.0,
                stoppedAtMaxPages ? "; stopped at --max-pages (run again to go on)" : "");
    }

    /** Writes the report as JSON (for the crawl folder's record of what happened). */
    public void writeJson(Path file) throws IOException {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("summary", summary());
        m.put("complete", complete());
        m.put("requests", requests());
        m.put("retries", retries());
        m.put("fetched", fetched());
        m.put("unchanged", unchangedPages());
        m.put("keptFromEarlier", keptFromEarlier());
        m.put("bytes", bytes());
        m.put("months", months());
        m.put("monthsUnchanged", monthsUnchanged());
        m.put("elapsedMs", elapsed.toMillis());
        m.put("failures", failures().stream().map(p -> java.util.Map.of("url", p.source(), "reason", p.reason())).toList());
        m.put("disallowed", disallowed());
        m.put("offScopeLinks", offScopeLinks());
        m.put("notes", notes());
        JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), m);
    }
}
