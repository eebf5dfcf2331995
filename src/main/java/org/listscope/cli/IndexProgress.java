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

    /** A bar when stderr is a terminal; nothing otherwise (the command prints one summary line instead). */
    static Progress forTerminal() {
        return Terminals.stderr() ? new IndexProgress(System.err) : Progress.NONE;
    }

    /** A unit the bar counts in, {@code size} bytes each. */
    record Unit(String name, long size) {
    }

    /** MB from 10 MB of input, else KB from 10 KB, else bytes: a small input does not read "0/0 MB". */
    static Unit unit(long bytes) {
        if (bytes >= 10L << 20) return new Unit(" MB", 1L << 20);
        if (bytes >= 10L << 10) return new Unit(" KB", 1L << 10);
        return new Unit(" B", 1);
    }

    @Override
    public void start(int inputs, long bytes) {
        Unit unit = unit(bytes);
        bar = new ProgressBarBuilder()
                .setTaskName("index")
                .setInitialMax(Math.max(1, bytes))
                .setUnit(unit.name(), unit.size())
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
        bar.setExtraMessage(" " + records + " records");
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
