package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.listscope.annotate.Annotator;
import org.listscope.export.ExportOptions;
import org.listscope.export.ExportWriter;
import org.listscope.export.Exporters;
import org.listscope.index.QuerySyntaxException;
import org.listscope.index.Searchable;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Provenance;
import org.listscope.parse.Archives;
import org.listscope.thread.Threader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code listscope export (QUERY | --thread ID) --format F --out FILE}: annotated threads out, from
 * the index (or a Solr collection) or, with {@code --input}, straight from archive inputs (parsed,
 * threaded, annotated).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole threads of the matching messages (or with --messages only the matches).",
                "Formats: jsonl, csv, message-csv, html, mbox, maildir, graphml, csl-json.",
                "The provenance (version, query, index, time, each message's source) is written beside the export as "
                        + "OUT.provenance.json."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", preprocessor = QueryArgument.class,
            description = "A search query (the contract's query language); it may start with -, as in -from:fbi.gov; words given "
                    + "apart are joined with spaces.")
    void query(List<String> words) {
        query = QueryArgument.join(words);
    }

    String query;

    @Option(names = "--thread", paramLabel = "ID", description = "Export this thread (a thread id, or the id of any message in it).")
    String thread;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "jsonl, csv (a row per annotation), message-csv (a row per message), html, mbox, maildir, graphml or csl-json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (a folder for maildir).")
    Path out;

    @Mixin
    IndexOption indexOption;

    @ArgGroup(exclusive = false)
    SolrOptions solr;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "Export from these archive inputs (parsed, threaded and annotated now) instead of the index.")
    List<Path> inputs;

    @Option(names = "--messages", description = "Only the matching messages, not their whole threads.")
    boolean onlyMatches;

    @Option(names = "--excel", description = "csv, message-csv: start with a byte order mark so that Excel reads UTF-8.")
    boolean excel;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportWriter writer = Exporters.forFormat(format, new ExportOptions(excel)).orElseThrow(() -> new UsageException(
                "unknown format '" + format + "'; use one of " + String.join(", ", Exporters.formats())));
        if (query != null && thread != null) throw new UsageException("give a QUERY or --thread, not both");

        int status = Root.OK;
        List<Message> selected;
        String indexShown = null;
        List<String> inputsShown = new ArrayList<>();
        if (inputs != null) {
            if (solr != null) throw new UsageException("give --input or --solr, not both");
            if (query != null) {
                throw new UsageException("a QUERY searches the index; with --input select with --thread ID, or export everything");
            }
            Batch batch = Archives.readBatch(inputs);
            status = Reporting.summarize(batch, err);
            List<Message> all = prepare(batch);
            selected = thread == null ? all : Selection.thread(all, thread, onlyMatches);
            inputs.forEach(p -> inputsShown.add(p.toString()));
        } else {
            if (query == null && thread == null) throw new UsageException("give a QUERY or --thread ID (or --input PATH...)");
            Path dir = indexOption.dir();
            indexShown = solr != null ? solr.shown() : dir.toString();
            try (Searchable s = indexOption.open(solr, err)) {
                selected = IndexSelection.select(s, query, thread, onlyMatches);
            } catch (NoSuchFileException e) {
                err.println(IndexOption.missing(dir));
                err.flush();
                return Root.FAILURE;
            } catch (QuerySyntaxException e) {
                throw new UsageException("bad query: " + e.getMessage());
            } catch (IOException e) {
                err.println("listscope: cannot read " + (solr != null ? "the collection " : "the index at ") + indexShown + ": "
                        + e.getMessage());
                err.flush();
                return Root.FAILURE;
            }
        }
        if (selected.isEmpty()) {
            err.println("listscope: nothing to export: " + (thread != null ? "no thread " + thread
                    : query != null ? "no message matches " + query : "no messages were read"));
            err.flush();
            return Root.FAILURE;
        }
        Provenance provenance = new Provenance(Version.get(), query, thread, indexShown, inputsShown, onlyMatches,
                Instant.now());
        try {
            List<Message> written = Exporters.export(writer, selected, provenance, out);
            long threads = written.stream().map(m -> m.threadId() == null ? m.id() : m.threadId()).distinct().count();
            err.printf("listscope: wrote %s in %s as %s to %s (provenance in %s)%n", count(written.size(), "message"),
                    count(threads, "thread"), writer.format(), out, Exporters.provenanceFile(out));
        } catch (IOException | UncheckedIOException e) {
            err.println("listscope: cannot write " + out + ": " + e.getMessage());
            status = Root.FAILURE;
        }
        err.flush();
        return status;
    }

    /**
     * Threads and annotates what was read. Messages that all come threaded already (listscope's own
     * JSON Lines from {@code export}, {@code show} or {@code thread}) keep their thread fields and
     * annotations, so that an export of an export is the same.
     */
    static List<Message> prepare(Batch batch) {
        boolean threaded = !batch.messages().isEmpty() && batch.messages().stream().allMatch(m -> m.threadId() != null);
        return threaded ? batch.messages() : new Annotator().annotate(Threader.thread(batch));
    }

    /** Picks messages out of a threaded list. */
    static final class Selection {

        private Selection() {
        }

        /**
         * The thread named by a thread id or by the id of one of its messages; with {@code onlyMatches}
         * just the named message (or, for a thread id, the whole thread, which is what matches).
         */
        static List<Message> thread(List<Message> all, String id, boolean onlyMatches) {
            Set<String> threads = new HashSet<>();
            for (Message m : all) {
                if (id.equals(m.threadId())) threads.add(id);
                if (id.equals(m.id())) {
                    if (onlyMatches && !id.equals(m.threadId())) return List.of(m);
                    threads.add(m.threadId() == null ? m.id() : m.threadId());
                }
            }
            List<Message> out = new ArrayList<>();
            for (Message m : all) {
                if (threads.contains(m.threadId() == null ? m.id() : m.threadId())) out.add(m);
            }
            return out;
        }
    }

    /** "1 thread", "3 threads". */
    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
