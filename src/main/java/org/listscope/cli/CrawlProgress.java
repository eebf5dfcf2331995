package org.listscope.cli;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.listscope.crawl.CrawlListener;
import org.listscope.crawl.Sizes;

/** A terminal progress bar for a crawl: pages done of pages found, pages/s, bytes, errors, ETA. */
final class CrawlProgress implements CrawlListener, AutoCloseable {

    private final ProgressBar bar;
    private final AtomicLong found = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger errors = new AtomicInteger();
    private volatile String month = "";

    private CrawlProgress(ProgressBar bar) {
        this.bar = bar;
    }

    static CrawlProgress start() {
        return new CrawlProgress(new ProgressBarBuilder()
                .setTaskName("crawl")
                .setUnit(" pages", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setInitialMax(1)
                .setUpdateIntervalMillis(250)
                .build());
    }

    @Override
    public void discovered(int count) {
        bar.maxHint(found.addAndGet(count));
        extra();
    }

    @Override
    public void done(URI uri, long b, boolean failed) {
        bytes.addAndGet(b);
        if (failed) errors.incrementAndGet();
        bar.step();
        extra();
    }

    @Override
    public void month(String name, int index, int of) {
        month = name + " (" + index + "/" + of + ")";
        extra();
    }

    private void extra() {
        bar.setExtraMessage(" " + month + ", " + Sizes.human(bytes.get()) + ", " + errors.get() + " errors");
    }

    @Override
    public void close() {
        bar.close();
    }
}
