package org.listscope.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.index.Indexer;
import org.listscope.index.Progress;
import org.listscope.index.Searcher;
import java.time.Instant;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.PushReport;
import org.listscope.index.QuerySyntaxException;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;
import org.listscope.model.Source;
import org.listscope.model.SearchResult;

/**
 * A two-node SolrCloud cluster in this JVM, with collections of two shards made from the configset:
 * a local index pushed into a collection is found by the same queries, in the same numbers.
 */
class SolrCloudTest {

    @TempDir
    static Path tmp;
    static MiniSolrCloudCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrClusters.start(tmp);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.shutdown();
    }

    static String collection(String name) throws Exception {
        return SolrClusters.collection(cluster, name);
    }

    /** Indexes the inputs locally, pushes the index's messages into a new collection; returns the local searcher. */
    static Searcher pushed(String name, List<Path> inputs) throws Exception {
        Path dir = tmp.resolve("index-" + name);
        new Indexer(dir).index(inputs, Progress.NONE);
        Searcher local = Searcher.open(dir);
        collection(name);
        push(local, name);
        return local;
    }

    static long push(Searcher local, String name) throws Exception {
        return push(local, name, "test:" + name, List.of()).sent();
    }

    /** Pushes the local index's messages and {@code more} as from {@code origin}. */
    static PushReport push(Searcher local, String name, String origin, List<Message> more) throws Exception {
        try (SolrPush push = SolrPush.through(cluster.getSolrClient(), name, origin, n -> { })) {
            for (Message m : more) push.add(m);
            java.io.IOException[] failed = {null};
            local.forEachMessage(m -> {
                try {
                    push.add(m);
                } catch (java.io.IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) throw failed[0];
            return push.complete();
        }
    }

    static long solrCount(String collection, String query) throws Exception {
        SolrQuery q = new SolrQuery(query);
        q.setRows(0);
        return cluster.getSolrClient().query(collection, q).getResults().getNumFound();
    }

    /** How many documents the collection holds (Solr's own parser: local parameters are only read by it). */
    static long solrAll(String collection) throws Exception {
        SolrQuery q = new SolrQuery("*:*");
        q.set("defType", "lucene");
        q.setRows(0);
        return cluster.getSolrClient().query(collection, q).getResults().getNumFound();
    }

    /** Each query's count in the local index and in the collection, side by side. */
    static void assertSameCounts(Searcher local, String collection, List<String> queries) throws Exception {
        Map<String, Long> localCounts = new LinkedHashMap<>();
        Map<String, Long> solrCounts = new LinkedHashMap<>();
        for (String q : queries) {
            localCounts.put(q, (long) local.count(q));
            solrCounts.put(q, solrCount(collection, q));
        }
        System.out.println("SolrCloudTest " + collection + ": " + solrCounts);
        assertThat(localCounts.values()).as("every query finds something").allMatch(n -> n > 0);
        assertThat(solrCounts).isEqualTo(localCounts);
    }

    @Test
    void theBundledCorpusIsFoundAlikeLocallyAndInSolr() throws Exception {
        Path corpus = Path.of("corpus").toAbsolutePath();
        try (Searcher local = pushed("demo", List.of(corpus))) {
            assertThat(solrAll("demo")).as("every message pushed").isEqualTo(local.size());
            assertSameCounts(local, "demo", List.of("calea AND subpoena", "calea", "\"data retention\"", "has:claim",
                    "has:quote", "citekind:usc", "date:[2005 TO 2007]", "-calea", "subpoen*", "quoted:calea"));

            SolrQuery q = new SolrQuery("calea AND subpoena");
            q.setHighlight(true);
            q.set("hl.fl", "body");
            QueryResponse r = cluster.getSolrClient().query("demo", q);
            assertThat(r.getHighlighting()).as("a snippet for each hit").hasSize(2);
            assertThat(r.getHighlighting().values()).allSatisfy(fields ->
                    assertThat(String.join(" ", fields.get("body"))).containsIgnoringCase("<em>calea</em>"));
        }
    }

    private static Message message(String id) {
        return Message.builder().id(id).messageId(id).subject("a message " + id).from(Author.of("A", "a@example.org", "A"))
                .date(Instant.parse("2007-05-11T00:00:00Z")).source(new Source("in.txt", null, "pipermail-txt"))
                .body("a message pushed from another index\n").threadId(id).build();
    }

    @Test
    void aCompletePushRemovesWhatItsIndexPushedBeforeAndNoLongerHolds() throws Exception {
        Path corpus = Path.of("corpus").toAbsolutePath();
        Path dir = tmp.resolve("index-stale");
        new Indexer(dir).index(List.of(corpus), Progress.NONE);
        try (Searcher local = Searcher.open(dir)) {
            collection("stale");
            push(local, "stale", "b:/elsewhere", List.of(message("<kept@example.org>"))); // another index's messages
            assertThat(push(local, "stale", "a:/index", List.of(message("<gone@example.org>"))).removed()).isZero();
            assertThat(solrCount("stale", "subject:gone")).isEqualTo(1);

            PushReport again = push(local, "stale", "a:/index", List.of());
            assertThat(again.sent()).isEqualTo(local.size());
            assertThat(again.removed()).as("the message a:/index no longer holds").isEqualTo(1);
            assertThat(solrCount("stale", "subject:gone")).isZero();
            assertThat(solrCount("stale", "subject:kept")).as("another index's message stays").isEqualTo(1);
            assertThat(solrAll("stale")).isEqualTo(local.size() + 1);
        }
    }

    @Test
    void aCollectionIsSearchedAsALocalIndexIs() throws Exception {
        Path corpus = Path.of("corpus").toAbsolutePath();
        try (Searcher local = pushed("searched", List.of(corpus));
             SolrSearcher solr = SolrSearcher.through(cluster.getSolrClient(), "searched")) {
            SearchRequest relevance = new SearchRequest("calea OR subpoena", 50, SearchRequest.Order.RELEVANCE, false, 10);
            SearchResult mine = local.search(relevance);
            SearchResult theirs = solr.search(relevance);
            assertThat(theirs.total()).isEqualTo(mine.total()).isGreaterThan(5);
            assertThat(ids(theirs)).containsExactlyInAnyOrderElementsOf(ids(mine));
            assertThat(theirs.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<b>"));
            assertThat(theirs.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
            // the collection's statistics, not each shard's (ExactStatsCache): the same scores as locally
            assertThat(theirs.hits().stream().map(h -> (float) (double) h.score()).toList())
                    .isEqualTo(mine.hits().stream().map(h -> (float) (double) h.score()).toList());
            for (String dim : List.of("year", "from", "list", "citekind", "topic", "cites")) {
                assertThat(theirs.facets().get(dim)).as(dim).containsExactlyEntriesOf(mine.facets().get(dim)).isNotEmpty();
            }

            for (SearchRequest.Order order : List.of(SearchRequest.Order.DATE, SearchRequest.Order.NEWEST)) {
                SearchRequest byDate = new SearchRequest("-calea", 15, order, false, 0);
                assertThat(ids(solr.search(byDate))).as(order.name()).containsExactlyElementsOf(ids(local.search(byDate)));
            }
            SearchRequest grouped = new SearchRequest("calea OR subpoena OR retention", 100, SearchRequest.Order.DATE, true, 0);
            SearchResult localThreads = local.search(grouped);
            SearchResult solrThreads = solr.search(grouped);
            assertThat(solrThreads.total()).isEqualTo(localThreads.total());
            assertThat(solrThreads.threads()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(threadsOf(solrThreads)).isEqualTo(threadsOf(localThreads));
            assertThat(ids(solrThreads)).isEqualTo(ids(localThreads));

            assertThatThrownBy(() -> solr.search(SearchRequest.of("calea AND (subpoena")))
                    .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("column");

            assertSameTimelines(local, solr, List.of("calea OR subpoena", "-calea", "has:claim"), 3);
            // annotation clauses rank by how often the own text carries the value, in Solr as locally:
            // the same messages score highest (frequencies are the documents' own, unlike idf per shard)
            for (String q : List.of("claim:obligation", "topic:lawful-intercept", "citekind:usc")) {
                SearchRequest ranked = new SearchRequest(q, 100, SearchRequest.Order.RELEVANCE, false, 0);
                assertThat(best(solr.search(ranked))).as(q).isEqualTo(best(local.search(ranked))).isNotEmpty();
                assertThat(local.search(ranked).hits().stream().map(SearchHit::score).distinct().count()).as(q).isGreaterThan(1);
            }
            // a timeline beside grouped hits and facets
            SearchRequest all = new SearchRequest("calea OR subpoena OR retention", 5, SearchRequest.Order.RELEVANCE, true, 10,
                    SearchRequest.Interval.WEEK);
            assertThat(solr.search(all).timeline()).containsExactlyEntriesOf(local.search(all).timeline());

            // a long query (past Solr's and Lucene's default 1,024 clauses) is answered as locally
            List<String> some = ids(local.search(new SearchRequest("calea OR subpoena", 20, SearchRequest.Order.RELEVANCE, false, 0)));
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                String id = i < some.size() ? some.get(i) : "<absent-" + i + "@example.org>";
                many.append(i == 0 ? "" : " OR ").append("id:\"").append(id.replace("\"", "")).append('"');
            }
            SearchRequest longQuery = new SearchRequest(many.toString(), 50, SearchRequest.Order.RELEVANCE, false, 10);
            SearchResult longLocal = local.search(longQuery);
            assertThat(longLocal.total()).isEqualTo(some.size()).isGreaterThan(5);
            SearchResult longSolr = solr.search(longQuery);
            assertThat(longSolr.total()).isEqualTo(longLocal.total());
            assertThat(ids(longSolr)).containsExactlyInAnyOrderElementsOf(ids(longLocal));
        }
    }

    /** Each interval's timeline of each query is the same, in the same order, locally and in Solr. */
    private static void assertSameTimelines(Searcher local, SolrSearcher solr, List<String> queries, int atLeast) throws Exception {
        for (String query : queries) {
            for (SearchRequest.Interval interval : SearchRequest.Interval.values()) {
                SearchRequest r = new SearchRequest(query, 0, SearchRequest.Order.RELEVANCE, false, 0, interval);
                Map<String, Long> mine = local.search(r).timeline();
                assertThat(solr.search(r).timeline()).as("%s by %s", query, interval).containsExactlyEntriesOf(mine);
                if (interval == SearchRequest.Interval.DAY) assertThat(mine).as(query).hasSizeGreaterThanOrEqualTo(atLeast);
            }
        }
    }

    /** Each thread's id, subject, date, matching count and the ids of the hits shown. */
    private static List<String> threadsOf(SearchResult r) {
        return r.threads().stream().map(t -> t.threadId() + " | " + t.subject() + " | " + t.date() + " | " + t.matching() + " | "
                + t.hits().stream().map(SearchHit::id).toList()).toList();
    }

    /** The ids of the hits with the highest score. */
    private static java.util.Set<String> best(SearchResult r) {
        double top = r.hits().stream().mapToDouble(SearchHit::score).max().orElse(0);
        return r.hits().stream().filter(h -> h.score() == top).map(SearchHit::id).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aWrongQueryIsSolrsSyntaxErrorWithListscopesReason() {
        assertThatThrownBy(() -> solrCount(collection("errors"), "calea AND (subpoena"))
                .hasMessageContaining("column");
    }

    @Test
    @Tag("shared")
    void cypherpunks1993IsFoundAlikeAndPushingAgainDuplicatesNothing() throws Exception {
        Path mbox = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        try (Searcher local = pushed("cypherpunks", List.of(mbox))) {
            long size = local.size();
            assertThat(solrAll("cypherpunks")).isEqualTo(size);
            List<String> queries = List.of("clipper", "clipper AND escrow", "\"key escrow\"", "\"digital telephony\"~2",
                    "subject:clipper", "body:wiretap", "quoted:nsa", "-clipper", "escrow -nsa", "encrypt*", "wiretap~1",
                    "from:\"Hal Finney\"", "from:tcmay@netcom.com", "from:netcom.com", "list:cypherpunks",
                    "date:1993-05", "date:[1993-03 TO 1993-06]", "year:1993", "cites:\"Digital Telephony Act\"",
                    "cites:ECPA", "cites:\"18 USC 2511\"", "citekind:usc", "citekind:rfc", "claim:obligation",
                    "topic:encryption", "has:citation", "has:claim AND has:quote", "speaker:\"hal finney\" has:claim",
                    "speaker:\"mike godwin\" cites:ECPA", "quotedcites:\"First Amendment\"");
            assertSameCounts(local, "cypherpunks", queries);
            try (SolrSearcher solr = SolrSearcher.through(cluster.getSolrClient(), "cypherpunks")) {
                List<String> differ = new ArrayList<>();
                for (String query : queries) {
                    SearchRequest top = new SearchRequest(query, 20, SearchRequest.Order.RELEVANCE, false, 0);
                    List<Float> mine = local.search(top).hits().stream().map(h -> (float) (double) h.score()).toList();
                    List<Float> theirs = solr.search(top).hits().stream().map(h -> (float) (double) h.score()).toList();
                    if (!mine.equals(theirs)) differ.add(query + ": " + mine.subList(0, Math.min(3, mine.size())) + " vs " + theirs.subList(0, Math.min(3, theirs.size())));
                }
                assertThat(differ).as("queries whose first 20 scores differ").isEmpty();
            }

            SearchResult result = local.search(new SearchRequest("clipper", 0, SearchRequest.Order.RELEVANCE, false, 100));
            SolrQuery q = new SolrQuery("clipper");
            q.setRows(0);
            q.setFacet(true);
            q.setFacetLimit(100);
            q.setFacetMinCount(1);
            for (String dim : List.of("year", "citekind", "topic")) q.addFacetField(SolrDocuments.facetField(dim));
            QueryResponse r = cluster.getSolrClient().query("cypherpunks", q);
            for (String dim : List.of("year", "citekind", "topic")) {
                Map<String, Long> solrFacet = new HashMap<>();
                for (FacetField.Count c : r.getFacetField(SolrDocuments.facetField(dim)).getValues()) {
                    solrFacet.put(c.getName(), c.getCount());
                }
                assertThat(solrFacet).as(dim).isEqualTo(new HashMap<>(result.facets().get(dim))).isNotEmpty();
            }

            try (SolrSearcher solr = SolrSearcher.through(cluster.getSolrClient(), "cypherpunks")) {
                assertSameTimelines(local, solr, List.of("clipper", "\"digital telephony\"", "list:cypherpunks"), 30);
                // every person of the year, some known by a name alone ("gnu <name:gnu>" where "gnu" also finds gnu@...)
                SearchRequest persons = new SearchRequest("year:1993", 0, SearchRequest.Order.RELEVANCE, false, 2000);
                Map<String, Long> labels = local.search(persons).facets().get("from");
                assertThat(solr.search(persons).facets().get("from")).as("persons under the local index's labels")
                        .containsExactlyInAnyOrderEntriesOf(labels);
                assertThat(labels).hasSizeGreaterThan(500);
                assertThat(labels.keySet()).anyMatch(l -> l.contains("<name:")).anyMatch(l -> !l.contains("<"));
            }

            // whole threads, asked for 200 to a request
            java.util.Set<String> threadIds = new java.util.LinkedHashSet<>();
            for (SearchHit h : local.search(new SearchRequest("clipper", 1000, SearchRequest.Order.DATE, false, 0)).hits()) {
                threadIds.add(h.threadId());
            }
            assertThat(threadIds).hasSizeGreaterThan(2 * SolrSearcher.THREADS_PER_REQUEST);
            try (SolrSearcher solr = SolrSearcher.through(cluster.getSolrClient(), "cypherpunks")) {
                Map<String, List<Message>> theirs = solr.threads(threadIds);
                assertThat(theirs).containsExactlyEntriesOf(local.threads(threadIds));
                String one = threadIds.iterator().next();
                assertThat(solr.thread(one)).isEqualTo(local.thread(one)).isNotEmpty();
                assertThat(solr.message(one)).isEqualTo(local.message(one));
            }

            assertThat(push(local, "cypherpunks")).isEqualTo(size);
            assertThat(solrAll("cypherpunks")).as("pushed twice, held once").isEqualTo(size);
        }
    }
}
