package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.listscope.index.Indexer;
import org.listscope.index.Schema;
import org.listscope.index.Searcher;
import org.listscope.index.StaleIndexException;
import org.listscope.model.IndexReport;
import org.listscope.model.Problem;
import org.listscope.parse.Archives;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope index PATH... [--index DIR]}: parses, threads, annotates and indexes. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Parse, thread, annotate and index archive inputs (files, folders, .gz, WARC).",
                "Incremental: inputs already indexed and unchanged are skipped; a message seen again replaces its "
                        + "document. Safe to kill and run again."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
    List<Path> paths;

    @Mixin
    IndexOption indexOption;

    @Option(names = "--rebuild", description = {"Build the index afresh from PATH...: its documents are replaced "
            + "with the first commit (a kill before then leaves it as it was). Needed once an index was written by "
            + "an older listscope."})
    boolean rebuild;

    @Override
    public Integer call() throws IOException {
        Path dir = indexOption.dir();
        PrintWriter err = spec.commandLine().getErr();
        String unusable = unusable(dir);
        if (unusable != null) {
            err.println("listscope: " + unusable);
            err.flush();
            return Root.FAILURE;
        }
        try {
            IndexReport report = new Indexer(dir).rebuild(rebuild).index(paths, IndexProgress.forTerminal());
            return summarize(report, dir, err);
        } catch (StaleIndexException e) {
            err.println("listscope: " + e.getMessage());
            err.flush();
            return Root.FAILURE;
        } catch (IOException e) {
            // the index cannot be written (another writer, no permission): said in one line
            err.println("listscope: " + Archives.reason(e));
            err.flush();
            return Root.FAILURE;
        }
    }

    /**
     * Makes the index folder if need be; why it cannot be, in one line, or {@code null}. A folder
     * that holds files other than an index's (Lucene's {@code _*}, {@code segments_*},
     * {@code write.lock}; hidden files aside) is refused, so that an index is never written in
     * among a user's own files; an index a kill cut short has only its own files and goes on.
     */
    static String unusable(Path dir) {
        try {
            Files.createDirectories(dir);
            String foreign = foreignFile(dir);
            return foreign == null ? null
                    : dir + " holds other files than an index (" + foreign + "): give an empty or new folder to --index";
        } catch (FileAlreadyExistsException e) {
            return dir + " is a file, not an index folder";
        } catch (IOException e) {
            return "cannot make the index folder " + dir + ": " + Archives.reason(e);
        }
    }

    /** The name of a file in {@code dir} that no Lucene index holds, or {@code null}. */
    private static String foreignFile(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.startsWith("_") && !n.startsWith("segments_")
                            && !n.startsWith("pending_segments_") && !n.equals("write.lock"))
                    .sorted().findFirst().orElse(null);
        }
    }

    /** One line per problem, one summary line; 1 when some input failed. */
    static int summarize(IndexReport r, Path dir, PrintWriter err) {
        for (Problem p : r.problems()) err.println("listscope: " + p);
        double seconds = r.millis() / 1000.0;
        err.printf("listscope: indexed %d inputs into %s (%d unchanged, %d read): %d records, %d added, %d updated, "
                        + "%d unchanged; %d messages in the index; %.1f s (%.0f records/s), %d problems%n",
                r.inputs(), dir, r.inputsUnchanged(), r.inputsRead(), r.records(), r.added(), r.updated(), r.unchanged(),
                r.documents(), seconds, seconds > 0 ? r.records() / seconds : 0.0, r.problems().size());
        err.flush();
        return r.problems().isEmpty() ? Root.OK : Root.FAILURE;
    }

    /**
     * Indexes the bundled corpus when the default index is missing or empty (the quick start), and
     * builds it afresh when it holds nothing but the bundled corpus and an older listscope wrote it.
     */
    static void ensureQuickStart(Path option, PrintWriter err) throws IOException {
        if (option != null) return;
        Path dir = IndexDirs.index(null);
        Path corpus = IndexDirs.bundledCorpus();
        boolean stale = false;
        if (Searcher.exists(dir)) {
            try (Searcher s = Searcher.open(dir)) {
                if (s.size() > 0) {
                    if (s.schema() == Schema.VERSION || !onlyFrom(s.inputs(), corpus)) return;
                    stale = true;
                }
            }
        }
        if (!Files.isDirectory(corpus)) return;
        err.println(stale
                ? "listscope: the index at " + dir + " of the bundled " + corpus + " was written by an older listscope; building it afresh"
                : "listscope: no index yet at " + dir + "; indexing the bundled " + corpus + " first");
        err.flush();
        IndexReport r = new Indexer(dir).rebuild(stale).index(List.of(corpus), IndexProgress.forTerminal());
        summarize(r, dir, err);
    }

    /** Whether every input is a file of the folder (then rebuilding from it loses nothing). */
    private static boolean onlyFrom(Set<String> inputs, Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        for (String in : inputs) {
            if (!Path.of(in).toAbsolutePath().normalize().startsWith(f)) return false;
        }
        return true;
    }
}
