package org.listscope.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.listscope.index.Progress;

/** A progress bar with rate and ETA on stderr while indexing, when stderr is a terminal. */
final class IndexProgress implements Progress {

    private final PrintStream err;
    private ProgressBar bar;
    private long records;

    private IndexProgress(PrintStream err) {
        this.err = err;
    }

    /** A bar on a terminal; nothing otherwise (the command prints one summary line instead). */
    static Progress forTerminal() {
        return System.console() != null ? new IndexProgress(System.err) : Progress.NONE;
    }

    @Override
    public void start(int inputs, long bytes) {
        bar = new ProgressBarBuilder()
                .setTaskName("index")
                .setInitialMax(Math.max(1, bytes))
                .setUnit(" MB", 1 << 20)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(250)
                .build();
    }

    @Override
    public void chunkRead(int inputs, long bytes, int count) {
        if (bar == null) return;
        records += count;
        bar.stepBy(bytes);
        bar.setExtraMessage(records + " records");
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
