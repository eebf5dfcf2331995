package org.listscope.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The crawl's record of what it fetched ({@code manifest.jsonl}: URL, time, status, SHA-256,
 * ETag/Last-Modified, kept file) and of which months it finished ({@code months.jsonl}), so that a
 * later crawl can send conditional requests and skip finished work. Both files are append-only
 * and survive a kill (see {@link JsonLines}). Thread-safe.
 */
public final class Manifest implements Closeable {

    /** A month crawled to the end while its first index had the given SHA-256. */
    public record MonthDone(String month, String sentinel, String sha256, String time) {
    }

    private final JsonLines<ManifestEntry> fetches;
    private final JsonLines<MonthDone> months;
    private final Map<String, ManifestEntry> content = new ConcurrentHashMap<>();
    private final Map<String, MonthDone> done = new ConcurrentHashMap<>();

    private Manifest(JsonLines<ManifestEntry> fetches, JsonLines<MonthDone> months) {
        this.fetches = fetches;
        this.months = months;
        for (ManifestEntry e : fetches.loaded()) {
            if (e.hasContent()) content.put(e.url(), e);
        }
        for (MonthDone m : months.loaded()) {
            done.put(m.sentinel(), m);
        }
    }

    /** Opens the manifest in the crawl's bookkeeping folder, reading what earlier runs left. */
    public static Manifest open(Path stateDir) throws IOException {
        return new Manifest(JsonLines.open(stateDir.resolve("manifest.jsonl"), ManifestEntry.class),
                JsonLines.open(stateDir.resolve("months.jsonl"), MonthDone.class));
    }

    /** The latest entry with a kept copy of the URL's content. */
    public Optional<ManifestEntry> content(String url) {
        return Optional.ofNullable(content.get(url));
    }

    /** Records a fetch. */
    public void add(ManifestEntry e) throws IOException {
        fetches.append(e);
        if (e.hasContent()) content.put(e.url(), e);
    }

    /**
     * Whether the month whose sentinel page (its first index) is at {@code sentinelUrl} was
     * finished when that page had this SHA-256. Keyed by URL, so that several lists can share a
     * folder.
     */
    public boolean monthDone(String sentinelUrl, String sha256) {
        MonthDone m = done.get(sentinelUrl);
        return m != null && m.sha256() != null && m.sha256().equals(sha256);
    }

    /** Records a month as finished. */
    public void markMonthDone(MonthDone m) throws IOException {
        months.append(m);
        done.put(m.sentinel(), m);
    }

    /** How many entries earlier runs left, and how many lines were torn or unreadable. */
    public int knownUrls() {
        return content.size();
    }

    /** Lines of earlier runs that were torn (a kill mid-write) or unreadable, now skipped. */
    public int skippedLines() {
        return fetches.skipped() + months.skipped();
    }

    @Override
    public void close() throws IOException {
        try {
            fetches.close();
        } finally {
            months.close();
        }
    }
}
