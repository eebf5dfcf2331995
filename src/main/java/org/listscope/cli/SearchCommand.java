package org.listscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.listscope.index.QuerySyntaxException;
import org.listscope.index.Searchable;
import org.listscope.json.Json;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.parse.Archives;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code listscope search QUERY}: hits with snippets, facets, optionally grouped by thread. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index.",
                "Lucene syntax (AND OR NOT, \"phrases\", \"phrase\"~N, wild*, [a TO b]) and fields:",
                "  from: subject: body: quoted: list: year: thread: id:",
                "  date:2007-05 date:[2007-01-01 TO 2007-06-30] date:2007-01..2007-06 date:>=2007-05",
                "  cites:\"47 U.S.C. § 1001\" cites:rfc2119 quotedcites: citekind: claim: topic:",
                "  speaker:\"Hal Finney\" (what he said, also where others quote it, under any",
                "    full form of his name; speaker:\"Hal Finney\" claim:obligation is an obligation claim of his)",
                "  has:citation has:claim has:quote has:forward has:copy has:date",
                "A bare word searches subject and own text, never quoted text.",
                "Words AND together unless joined by OR, and OR binds tighter:",
                "'clipper OR escrow wiretap' is '(clipper OR escrow) AND wiretap'.",
                "With the default index and none built yet, the bundled corpus/ is indexed first."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", preprocessor = QueryArgument.class,
            description = "The query (quote it for the shell); it may start with -, as in -from:fbi.gov; words given "
                    + "apart are joined with spaces.")
    void query(List<String> words) {
        query = QueryArgument.join(words);
    }

    String query;

    @Mixin
    IndexOption indexOption;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Hits (or threads) to show (default ${DEFAULT-VALUE}; 0: only the total and facets).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Option(names = "--threads", description = "Group hits by thread (root, matching count).")
    boolean threads;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance (default), date (oldest first) or newest.")
    Order sort;

    @Option(names = "--facets", paramLabel = "N", defaultValue = "10", description = "Values per facet (default ${DEFAULT-VALUE}; 0: none).")
    int facets;

    @Option(names = "--timeline", paramLabel = "INTERVAL",
            description = "Count the matches per day, week, month or year (UTC), in time order.")
    Interval timeline;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Run one query per line of FILE in one process; print one JSON result per line.")
    Path queries;

    @ArgGroup(exclusive = false)
    SolrOptions solr;

    enum Format { text, json }

    enum Order { relevance, date, newest }

    enum Interval { day, week, month, year }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((query == null) == (queries == null)) throw new UsageException("give a QUERY or --queries FILE (one of them)");
        if (limit < 0) throw new UsageException("--limit must not be negative (got " + limit + ")");
        if (facets < 0) throw new UsageException("--facets must not be negative (got " + facets + ")");
        List<String> lines = queries == null ? null : readQueries();
        if (solr == null) IndexCommand.ensureQuickStart(indexOption.index, err);
        Path dir = indexOption.dir();
        try (Searchable s = indexOption.open(solr, err)) {
            return run(s, lines, out);
        } catch (NoSuchFileException e) {
            err.println(IndexOption.missing(dir));
            return Root.FAILURE;
        } catch (QuerySyntaxException e) {
            err.println("listscope: " + e.getMessage());
            return Root.USAGE;
        }
    }

    /** The one query, or the lines of --queries. */
    private int run(Searchable s, List<String> lines, PrintWriter out) throws QuerySyntaxException, IOException {
        if (lines != null) return batch(s, lines, out, spec.commandLine().getErr());
        SearchResult r = s.search(request(query));
        out.println(format == Format.json ? Json.searchResult(r) : SearchText.render(r, interval()));
        out.flush();
        if (r.total() == 0 && format != Format.json) {
            String hint = QuotedOnlyHint.of(s, query, this::request);
            if (hint != null) {
                spec.commandLine().getErr().println(hint);
                spec.commandLine().getErr().flush();
            }
        }
        return Root.OK;
    }

    /**
     * The lines of the --queries file, read before the index is opened so that a missing file is
     * named as such (it was reported as a missing index); like a missing gold file of {@code eval},
     * a usage error.
     */
    private List<String> readQueries() {
        try {
            return Files.readAllLines(queries, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such queries file: " + queries);
        } catch (IOException e) {
            throw new UsageException("cannot read the queries file " + queries + ": " + Archives.reason(e));
        }
    }

    private int batch(Searchable s, List<String> lines, PrintWriter out, PrintWriter err) throws IOException {
        int status = Root.OK;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            try {
                out.println(Json.searchResult(s.search(request(line.strip()))));
            } catch (QuerySyntaxException e) {
                failed(line, lineNo, e.getMessage(), out, err);
                status = Root.USAGE;
            } catch (RuntimeException e) {
                // one query that fails is named; the rest of the batch still runs
                failed(line, lineNo, String.valueOf(e), out, err);
                if (status == Root.OK) status = Root.FAILURE;
            }
        }
        out.flush();
        return status;
    }

    /** Names a failed query on stderr, and answers it on stdout with its error, so the lines stay paired. */
    private void failed(String line, int lineNo, String reason, PrintWriter out, PrintWriter err) {
        err.println("listscope: " + queries + ":" + lineNo + ": " + reason);
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("query", line.strip());
        n.put("error", reason);
        out.println(n);
    }

    private SearchRequest request(String q) {
        SearchRequest.Order o = switch (sort) {
            case relevance -> SearchRequest.Order.RELEVANCE;
            case date -> SearchRequest.Order.DATE;
            case newest -> SearchRequest.Order.NEWEST;
        };
        return new SearchRequest(q, limit, o, threads, facets, interval());
    }

    private SearchRequest.Interval interval() {
        return timeline == null ? null : SearchRequest.Interval.valueOf(timeline.name().toUpperCase(java.util.Locale.ROOT));
    }
}
