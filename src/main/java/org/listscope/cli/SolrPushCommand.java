package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.listscope.index.Searcher;
import org.listscope.index.solr.SolrPush;
import org.listscope.model.PushReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code listscope solr push --solr URL --collection NAME [--index DIR]}: every message of a local
 * index into a listscope collection, replacing documents of the same id.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Send every message of a local index to a listscope collection of SolrCloud, and commit.",
                "A message replaces the collection's document of its id: pushing again duplicates nothing."})
final class SolrPushCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = false, multiplicity = "1")
    SolrOptions solr;

    @Mixin
    IndexOption indexOption;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        solr.url(); // a --solr that is no URL is a usage error before anything is read
        Path dir = indexOption.dir();
        PushReport pushed;
        try (Searcher local = indexOption.open(err)) {
            pushed = push(local, dir);
        } catch (NoSuchFileException e) {
            err.println(IndexOption.missing(dir));
            err.flush();
            return Root.FAILURE;
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            err.println("listscope: push to " + solr.shown() + " failed: " + why
                    + " (what was sent stays; push again to complete it)");
            err.flush();
            return Root.FAILURE;
        }
        err.printf("listscope: pushed %d messages from %s to %s in %.1f s; removed %d it had pushed before and no longer "
                + "holds%n", pushed.sent(), dir, solr.shown(), pushed.millis() / 1e3, pushed.removed());
        err.flush();
        return Root.OK;
    }

    /** The local index as the collection names it: this host and the index's real folder. */
    static String origin(Path dir) throws IOException {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + dir.toRealPath();
    }

    private PushReport push(Searcher local, Path dir) throws IOException {
        ProgressBar bar = Terminals.stderr() ? new ProgressBarBuilder()
                .setTaskName("push")
                .setInitialMax(Math.max(1, local.size()))
                .setUnit(" messages", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build() : null;
        try (SolrPush push = SolrPush.to(solr.url(), solr.collection, origin(dir), n -> {
            if (bar != null) bar.stepTo(n);
        })) {
            local.forEachMessage(m -> {
                try {
                    push.add(m);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return push.complete();
        } finally {
            if (bar != null) bar.close();
        }
    }
}
