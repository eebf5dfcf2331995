package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.index.Indexer;
import org.listscope.index.Progress;
import org.listscope.index.Searcher;
import org.listscope.index.solr.SolrClusters;
import picocli.CommandLine;

/** {@code listscope solr configset} and {@code solr push}, against a two-node SolrCloud cluster in this JVM. */
class SolrCommandTest {

    @TempDir
    static Path tmp;
    static MiniSolrCloudCluster cluster;
    static Path index;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrClusters.start(tmp.resolve("solr"));
        index = tmp.resolve("index");
        new Indexer(index).index(List.of(Path.of("corpus").toAbsolutePath()), Progress.NONE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.shutdown();
    }

    private int run(String... args) {
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static String node() {
        return cluster.getJettySolrRunner(0).getBaseUrl().toString();
    }

    private static long count(String collection, String query) throws Exception {
        SolrQuery q = new SolrQuery(query);
        q.setRows(0);
        return cluster.getSolrClient().query(collection, q).getResults().getNumFound();
    }

    @Test
    void writesTheConfigset() throws Exception {
        Path dir = tmp.resolve("conf");
        assertThat(run("solr", "configset", dir.toString())).isZero();
        assertThat(Files.readString(dir.resolve("schema.xml"))).contains("<uniqueKey>id</uniqueKey>", "name=\"body.exact\"");
        assertThat(Files.readString(dir.resolve("solrconfig.xml"))).contains("ListscopeQParserPlugin");
        assertThat(Files.readAllLines(dir.resolve("elisions.txt"))).contains("l", "d");
        assertThat(err.toString()).contains("wrote schema.xml, solrconfig.xml, elisions.txt to " + dir);
    }

    @Test
    void pushesAnIndexWhoseMessagesAreThenFoundByTheQueryLanguage() throws Exception {
        SolrClusters.collection(cluster, "pushed");
        long size;
        try (Searcher local = Searcher.open(index)) {
            size = local.size();
        }
        assertThat(run("solr", "push", "--solr", node(), "--collection", "pushed", "--index", index.toString())).isZero();
        assertThat(err.toString()).contains("pushed " + size + " messages from " + index + " to pushed at " + node(), "removed 0");
        assertThat(count("pushed", "calea AND subpoena")).isEqualTo(2);

        assertThat(run("solr", "push", "--solr", node(), "--collection", "pushed", "--index", index.toString())).isZero();
        assertThat(count("pushed", "has:date OR -has:date")).as("pushed twice, held once").isEqualTo(size).isGreaterThan(20);
    }

    @Test
    void searchesACollectionAsAnIndex() throws Exception {
        SolrClusters.collection(cluster, "searched");
        assertThat(run("solr", "push", "--solr", node(), "--collection", "searched", "--index", index.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("search", "calea AND subpoena", "--solr", node(), "--collection", "searched", "--format", "json")).isZero();
        com.fasterxml.jackson.databind.JsonNode r = org.listscope.json.Json.mapper().readTree(out.toString());
        assertThat(r.get("total").asLong()).isEqualTo(2);
        assertThat(r.get("hits")).hasSize(2);
        assertThat(r.get("facets").get("citekind").size()).isPositive();

        out.getBuffer().setLength(0);
        assertThat(run("search", "calea", "--threads", "--sort", "date", "--format", "json", "--solr", node(), "--collection", "searched"))
                .isZero();
        com.fasterxml.jackson.databind.JsonNode grouped = org.listscope.json.Json.mapper().readTree(out.toString()).get("threads");
        out.getBuffer().setLength(0);
        assertThat(run("search", "calea", "--threads", "--sort", "date", "--format", "json", "--index", index.toString())).isZero();
        com.fasterxml.jackson.databind.JsonNode local = org.listscope.json.Json.mapper().readTree(out.toString()).get("threads");
        assertThat(grouped.size()).isEqualTo(local.size()).isPositive();
        for (int i = 0; i < local.size(); i++) {
            for (String field : List.of("threadId", "subject", "date", "matching")) {
                assertThat(grouped.get(i).get(field)).as(field).isEqualTo(local.get(i).get(field));
            }
            assertThat(grouped.get(i).get("hits").findValuesAsText("id")).isEqualTo(local.get(i).get("hits").findValuesAsText("id"));
        }
        // the same timeline, as text with its bars
        out.getBuffer().setLength(0);
        assertThat(run("search", "calea OR subpoena", "--timeline", "month", "--limit", "0", "--solr", node(), "--collection", "searched")).isZero();
        String solrTimeline = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("search", "calea OR subpoena", "--timeline", "month", "--limit", "0", "--index", index.toString())).isZero();
        assertThat(solrTimeline.substring(solrTimeline.indexOf("timeline by month:")))
                .isEqualTo(out.toString().substring(out.toString().indexOf("timeline by month:"))).contains("\u2588");

        assertThat(run("search", "calea AND (", "--solr", node(), "--collection", "searched")).isEqualTo(2);
        assertThat(err.toString()).contains("column");
    }

    @Test
    void showsAndExportsFromACollectionWhatTheIndexHolds() throws Exception {
        SolrClusters.collection(cluster, "exported");
        assertThat(run("solr", "push", "--solr", node(), "--collection", "exported", "--index", index.toString())).isZero();
        Path fromIndex = tmp.resolve("index.jsonl");
        Path fromSolr = tmp.resolve("solr.jsonl");
        assertThat(run("export", "calea", "--format", "jsonl", "--out", fromIndex.toString(), "--index", index.toString())).isZero();
        assertThat(run("export", "calea", "--format", "jsonl", "--out", fromSolr.toString(), "--solr", node(), "--collection", "exported"))
                .isZero();
        List<String> lines = Files.readAllLines(fromIndex);
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(Files.readAllLines(fromSolr)).containsExactlyElementsOf(lines);
        assertThat(Files.readString(Path.of(fromSolr + ".provenance.json"))).contains("exported at " + node());

        String id = org.listscope.json.Json.readMessage(lines.get(lines.size() - 1)).id();
        out.getBuffer().setLength(0);
        assertThat(run("show", id, "--thread", "--index", index.toString())).isZero();
        String local = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("show", id, "--thread", "--solr", node(), "--collection", "exported")).isZero();
        assertThat(out.toString()).isEqualTo(local).contains(id);

        assertThat(run("show", "<nothing@example.org>", "--solr", node(), "--collection", "exported")).isEqualTo(1);
        assertThat(err.toString()).contains("no message with id <nothing@example.org> in exported at " + node());
    }

    @Test
    void aMissingIndexOrAnUnreachableSolrIsAFailureNamingIt() {
        Path none = tmp.resolve("none");
        assertThat(run("solr", "push", "--solr", node(), "--collection", "x", "--index", none.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no index at " + none);

        assertThat(run("solr", "push", "--solr", "http://127.0.0.1:9/solr", "--collection", "x", "--index", index.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("push to x at http://127.0.0.1:9/solr failed", "push again to complete it");

        assertThat(run("search", "calea", "--solr", "http://127.0.0.1:9/solr", "--collection", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("Solr failed to search x");
        assertThat(run("show", "<a@example.org>", "--solr", "http://127.0.0.1:9/solr", "--collection", "x")).isEqualTo(1);
        assertThat(run("search", "calea", "--solr", node(), "--collection", "x", "--index", index.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("give --index or --solr, not both");
    }

    @Test
    void aPushWithoutACollectionIsAUsageError() {
        assertThat(run("solr", "push", "--solr", node())).isEqualTo(2);
        assertThat(err.toString()).contains("--collection");
    }
}
