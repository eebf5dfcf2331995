package org.listscope.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.listscope.index.Analysis;
import org.listscope.index.Fields;
import org.listscope.index.PersonNames;
import org.listscope.index.QueryLanguage;
import org.listscope.index.QuerySyntaxException;
import org.listscope.index.Searchable;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;

/**
 * Searches a listscope collection ({@link SolrConfigset}) and answers as a local index does: the
 * total, hits with snippets (grouped by thread if asked: Solr's grouping on the thread field, whose
 * counts Solr merges across shards), the facets; single messages and whole threads. The query is
 * checked here by the same parser the collection runs, so that a wrong one is told with its column
 * before Solr is asked.
 *
 * <p>What differs from a local search: the score is Solr's, from each shard's own statistics; the
 * snippets are Solr's highlighter's (own text first, then the subject, then quoted text, else the
 * start of the own text).
 *
 * <p>Facets are Solr's {@code facet.field} counts of the {@code facet.*} fields: each dimension's most
 * frequent values, every year in time order.
 */
public final class SolrSearcher implements Searchable {

    /** The text fields a snippet is taken from, most telling first. */
    private static final List<String> SNIPPET_FIELDS = List.of(Fields.BODY, Fields.SUBJECT, Fields.QUOTED);
    /** Hits listed per thread when grouping, as a local search lists them. */
    static final int HITS_PER_THREAD = 3;
    /** Characters a snippet passage aims at, as a local snippet's. */
    private static final int PASSAGE_CHARS = 160;
    /** Threads asked for together, this many per request: a whole export's threads in a few round trips. */
    static final int THREADS_PER_REQUEST = 200;

    private final SolrClient client;
    private final String collection;
    private final boolean owned;
    private final QueryLanguage language = new QueryLanguage(Analysis.analyzer());
    /** The labels of the persons searches have shown, by person key. */
    private final Map<String, String> labels = new java.util.concurrent.ConcurrentHashMap<>();

    private SolrSearcher(SolrClient client, String collection, boolean owned) {
        if (collection == null || collection.isBlank()) throw new IllegalArgumentException("no collection named");
        this.client = client;
        this.collection = collection;
        this.owned = owned;
    }

    /** Searches {@code collection} through the Solr node at {@code solrUrl}. */
    public static SolrSearcher to(String solrUrl, String collection) {
        return new SolrSearcher(new Http2SolrClient.Builder(solrUrl).build(), collection, true);
    }

    /** Searches through a client the caller made and closes (a cluster's client, in tests). */
    public static SolrSearcher through(SolrClient client, String collection) {
        return new SolrSearcher(client, collection, false);
    }

    @Override
    public int count(String query) throws QuerySyntaxException, IOException {
        language.parse(query);
        SolrQuery q = new SolrQuery(query);
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setRows(0);
        return (int) ask(q).getResults().getNumFound();
    }

    @Override
    public Optional<Message> message(String id) throws IOException {
        List<Message> found = messages("id:" + quoted(id), 1, false);
        return found.stream().findFirst();
    }

    @Override
    public List<Message> thread(String threadId) throws IOException {
        return messages("thread:" + quoted(threadId), Integer.MAX_VALUE, true);
    }

    @Override
    public Map<String, List<Message>> threads(Collection<String> threadIds) throws IOException {
        Map<String, List<Message>> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(threadIds));
        for (int from = 0; from < ids.size(); from += THREADS_PER_REQUEST) {
            StringBuilder q = new StringBuilder();
            for (String t : ids.subList(from, Math.min(ids.size(), from + THREADS_PER_REQUEST))) {
                q.append(q.length() == 0 ? "" : " OR ").append("thread:").append(quoted(t));
            }
            for (Message m : messages(q.toString(), Integer.MAX_VALUE, true)) {
                found.computeIfAbsent(m.threadId(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Message>> out = new LinkedHashMap<>();
        for (String t : ids) {
            if (found.containsKey(t)) out.put(t, found.get(t));
        }
        return out;
    }

    /** Messages matching a query the caller built (no syntax error possible), oldest first if asked. */
    private List<Message> messages(String query, int max, boolean byDate) throws IOException {
        SolrQuery q = new SolrQuery(query);
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setFields(Fields.JSON);
        if (byDate) q.set("sort", dateSort(SearchRequest.Order.DATE));
        q.setRows(0);
        long n = Math.min(max, ask(q).getResults().getNumFound());
        List<Message> out = new ArrayList<>();
        if (n == 0) return out;
        q.setRows((int) n);
        for (SolrDocument d : ask(q).getResults()) out.add(Json.readMessage((String) d.getFieldValue(Fields.JSON)));
        return out;
    }

    /** A value as a quoted term of the query language: backslashes and quotes escaped. */
    private static String quoted(String value) {
        return '"' + value.strip().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private QueryResponse ask(SolrQuery q) throws IOException {
        try {
            // POST: a query naming 200 threads is too long for a URL
            return client.query(collection, q, SolrRequest.METHOD.POST);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("Solr failed to search " + collection + ": " + e.getMessage(), e);
        }
    }

    /** One search; with {@link SearchRequest#threads()} the hits grouped by thread, as a local search groups them. */
    @Override
    public SearchResult search(SearchRequest r) throws QuerySyntaxException, IOException {
        long t0 = System.nanoTime();
        language.parse(r.query()); // a wrong query is told here, with its column
        QueryResponse response = ask(query(r));
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        List<ThreadHits> threads = null;
        long total;
        if (r.threads()) {
            GroupCommand byThread = response.getGroupResponse().getValues().get(0);
            total = byThread.getMatches();
            threads = new ArrayList<>();
            for (Group g : byThread.getValues()) {
                List<SearchHit> inThread = hits(g.getResult(), r, highlights);
                if (inThread.isEmpty()) continue;
                threads.add(thread(inThread, g.getResult().getNumFound()));
                hits.add(inThread.get(0));
            }
        } else {
            total = response.getResults().getNumFound();
            hits = hits(response.getResults(), r, highlights);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            FacetField f = response.getFacetField(SolrDocuments.facetField(dim));
            if (f != null && f.getValues() != null) {
                for (FacetField.Count c : f.getValues()) counts.put(c.getName(), c.getCount());
            }
            facets.put(dim, counts);
        }
        facets.put(Fields.FROM_FACET, labelled(facets.get(Fields.FROM_FACET)));
        double took = Math.round((System.nanoTime() - t0) / 1_000.0) / 1_000.0;
        return new SearchResult(r.query(), total, took, hits, facets, threads);
    }

    /**
     * The {@code from} facet's person keys under their persons' labels, made as a local index makes
     * them ({@link PersonNames}): from the names all the collection's messages of each key show (one
     * request for the keys together), a label that finds that person's messages alone (a bare name is
     * checked with two counts).
     */
    private Map<String, Long> labelled(Map<String, Long> byKey) throws IOException {
        List<String> unknown = byKey.keySet().stream().filter(k -> !labels.containsKey(k)).toList();
        if (!unknown.isEmpty()) label(unknown);
        Map<String, Long> out = new LinkedHashMap<>();
        byKey.forEach((key, count) -> out.put(labels.get(key), count));
        return out;
    }

    /** Labels the persons of these keys, and keeps their labels for this searcher's life, as a local index keeps them. */
    private void label(List<String> keys) throws IOException {
        StringBuilder q = new StringBuilder();
        for (String key : keys) {
            q.append(q.length() == 0 ? "" : " OR ").append(Fields.FROM_KEY).append(':').append(ClientUtils.escapeQueryChars(key));
        }
        SolrQuery names = new SolrQuery(q.toString());
        names.set("defType", "lucene");
        names.setRows(0);
        names.setFacet(true);
        names.set("facet.pivot", Fields.FROM_KEY + "," + Fields.FROM_DISPLAY);
        names.set("facet.limit", -1);
        names.set("facet.pivot.mincount", 1);
        Map<String, Map<String, Integer>> shown = new HashMap<>();
        Map<String, Long> messages = new HashMap<>();
        List<PivotField> pivots = ask(names).getFacetPivot().get(Fields.FROM_KEY + "," + Fields.FROM_DISPLAY);
        for (PivotField key : pivots == null ? List.<PivotField>of() : pivots) {
            Map<String, Integer> counts = shown.computeIfAbsent(String.valueOf(key.getValue()), k -> new HashMap<>());
            messages.put(String.valueOf(key.getValue()), (long) key.getCount());
            for (PivotField name : key.getPivot() == null ? List.<PivotField>of() : key.getPivot()) {
                String n = String.valueOf(name.getValue());
                if (!n.isEmpty()) counts.put(n, name.getCount());
            }
        }
        for (String key : keys) {
            String best = PersonNames.best(shown.getOrDefault(key, Map.of()));
            labels.putIfAbsent(key, PersonNames.label(key, best, messages.getOrDefault(key, 0L), labelCounts));
        }
    }

    /** The counts that check a bare label: {@code from:"LABEL"}, and that among the person key's messages. */
    private final PersonNames.Counts labelCounts = new PersonNames.Counts() {
        @Override
        public long of(String label) throws IOException {
            return fromCount(label, null);
        }

        @Override
        public long withKey(String label, String key) throws IOException {
            return fromCount(label, key);
        }
    };

    private long fromCount(String label, String key) throws IOException {
        String query = "from:" + PersonNames.quoted(label);
        try {
            language.parse(query);
        } catch (QuerySyntaxException e) {
            return 0;
        }
        SolrQuery q = new SolrQuery(query);
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setRows(0);
        if (key != null) q.addFilterQuery("{!term f=" + Fields.FROM_KEY + "}" + key);
        return ask(q).getResults().getNumFound();
    }

    private static List<SearchHit> hits(SolrDocumentList docs, SearchRequest r, Map<String, Map<String, List<String>>> highlights) {
        List<SearchHit> out = new ArrayList<>();
        for (SolrDocument d : docs) {
            Message m = Json.readMessage((String) d.getFieldValue(Fields.JSON));
            Double score = r.sort() == SearchRequest.Order.RELEVANCE ? ((Number) d.getFieldValue("score")).doubleValue() : null;
            // highlights are keyed by the collection's id, which is hashed where a message's id is too long for a term
            String snippet = snippet(highlights == null ? null : highlights.get((String) d.getFieldValue(Fields.ID)));
            out.add(new SearchHit(m.id(), m.subject(), m.from(), m.date(), m.url(), m.threadId(), score, snippet));
        }
        return out;
    }

    /**
     * A thread's group: named by its root's subject and date, or where the archive lacks the root (the
     * replies name a message it never held), by its earliest message's.
     */
    private ThreadHits thread(List<SearchHit> hits, long matching) throws IOException {
        String threadId = hits.get(0).threadId();
        Message named = message(threadId).orElse(null);
        if (named == null) {
            List<Message> whole = messages("thread:" + quoted(threadId), 1, true);
            named = whole.isEmpty() ? null : whole.get(0);
        }
        String subject = named != null ? named.subject() : hits.get(0).subject();
        return new ThreadHits(threadId, subject, named != null ? named.date() : null, matching, hits);
    }

    private static SolrQuery query(SearchRequest r) {
        SolrQuery q = new SolrQuery(r.query());
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setRows(r.limit());
        q.setFields(Fields.ID, Fields.JSON, "score");
        if (r.threads()) {
            // Solr merges each thread's matches across the shards, so a group's count is exact
            q.set("group", true);
            q.set("group.field", Fields.THREAD);
            q.set("group.limit", HITS_PER_THREAD);
            if (r.sort() != SearchRequest.Order.RELEVANCE) q.set("group.sort", dateSort(r.sort()));
        }
        if (r.sort() != SearchRequest.Order.RELEVANCE) q.set("sort", dateSort(r.sort()));
        if (r.facetLimit() > 0) {
            q.setFacet(true);
            q.setFacetLimit(r.facetLimit());
            q.setFacetMinCount(1);
            for (String dim : Fields.FACETS) q.addFacetField(SolrDocuments.facetField(dim));
            // every year, in time order, as a local search lists them
            String year = "f." + SolrDocuments.facetField(Fields.YEAR) + ".";
            q.set(year + "facet.limit", -1);
            q.set(year + "facet.sort", "index");
        }
        if (r.limit() > 0) {
            q.setHighlight(true);
            q.set("hl.method", "unified");
            q.set("hl.fl", String.join(",", SNIPPET_FIELDS));
            q.set("hl.tag.pre", "<b>");
            q.set("hl.tag.post", "</b>");
            q.set("hl.tag.ellipsis", " … ");
            q.set("hl.snippets", 2);
            q.set("hl.fragsize", PASSAGE_CHARS);
            q.set("hl.defaultSummary", true);
            // terms, not Weight.matches(): the matches of a bare word beside a cites: clause were lost (as locally)
            q.set("hl.weightMatches", false);
        }
        return q;
    }

    /** Oldest or newest first, undated messages last (the schema's dates sort missing last), then by id. */
    private static String dateSort(SearchRequest.Order order) {
        return Fields.DATE + (order == SearchRequest.Order.DATE ? " asc" : " desc") + ", " + Fields.ID + " asc";
    }

    /** The first field's snippet that marks a match, else the own text's start; one line. */
    private static String snippet(Map<String, List<String>> byField) {
        if (byField == null) return "";
        String summary = null;
        for (String f : SNIPPET_FIELDS) {
            List<String> passages = byField.get(f);
            if (passages == null || passages.isEmpty()) continue;
            String s = String.join(" … ", passages);
            if (s.contains("<b>")) return oneLine(s);
            if (summary == null && f.equals(Fields.BODY)) summary = s;
        }
        return summary == null ? "" : oneLine(summary);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Override
    public void close() throws IOException {
        if (owned) client.close();
    }
}
