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
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.client.solrj.response.GroupCommand;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.listscope.index.Analysis;
import org.listscope.index.Fields;
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

    /** Threads asked for together, this many per request: a whole export's threads in a few round trips. */
    static final int THREADS_PER_REQUEST = 200;
    /** Messages the first request for a message, a thread or threads asks for; most threads fit. */
    private static final int FIRST_ROWS = 500;

    private final SolrClient client;
    private final String collection;
    private final boolean owned;
    private final QueryLanguage language = new QueryLanguage(Analysis.analyzer());
    private final SolrPersonLabels persons = new SolrPersonLabels(this::ask, language);

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
        List<Message> found = messages("id:" + QueryLanguage.quoted(id), 1, false);
        return found.stream().findFirst();
    }

    @Override
    public List<Message> thread(String threadId) throws IOException {
        return messages("thread:" + QueryLanguage.quoted(threadId), Integer.MAX_VALUE, true);
    }

    @Override
    public Map<String, List<Message>> threads(Collection<String> threadIds) throws IOException {
        Map<String, List<Message>> found = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(threadIds));
        for (int from = 0; from < ids.size(); from += THREADS_PER_REQUEST) {
            StringBuilder q = new StringBuilder();
            for (String t : ids.subList(from, Math.min(ids.size(), from + THREADS_PER_REQUEST))) {
                q.append(q.length() == 0 ? "" : " OR ").append("thread:").append(QueryLanguage.quoted(t));
            }
            for (Message m : messages(q.toString(), Integer.MAX_VALUE, true)) {
                found.computeIfAbsent(m.threadId() != null ? m.threadId() : m.id(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Message>> out = new LinkedHashMap<>();
        for (String t : ids) {
            if (found.containsKey(t)) out.put(t, found.get(t));
        }
        return out;
    }

    /**
     * Messages matching a query the caller built (no syntax error possible), at most {@code max},
     * oldest first if asked: one request when they are no more than {@link #FIRST_ROWS}, else a
     * second for all of them.
     */
    private List<Message> messages(String query, int max, boolean byDate) throws IOException {
        SolrQuery q = new SolrQuery(query);
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setFields(Fields.JSON);
        if (byDate) q.set("sort", SolrAnswers.dateSort(SearchRequest.Order.DATE));
        q.setRows(Math.min(max, FIRST_ROWS));
        SolrDocumentList docs = ask(q).getResults();
        long n = Math.min(max, docs.getNumFound());
        if (n > docs.size()) {
            q.setRows((int) n);
            docs = ask(q).getResults();
        }
        List<Message> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) out.add(Json.readMessage((String) d.getFieldValue(Fields.JSON)));
        return out;
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
        QueryResponse response = ask(SolrAnswers.query(r));
        Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        List<ThreadHits> threads = null;
        long total;
        if (r.threads()) {
            GroupCommand byThread = response.getGroupResponse().getValues().get(0);
            total = byThread.getMatches();
            threads = new ArrayList<>();
            for (Group g : byThread.getValues()) {
                List<SearchHit> inThread = SolrAnswers.hits(g.getResult(), r, highlights);
                if (inThread.isEmpty()) continue;
                threads.add(thread(inThread, g.getResult().getNumFound()));
                hits.add(inThread.get(0));
            }
        } else {
            total = response.getResults().getNumFound();
            hits = SolrAnswers.hits(response.getResults(), r, highlights);
        }
        Map<String, Map<String, Long>> facets = SolrAnswers.facets(response);
        facets.put(Fields.FROM_FACET, persons.labelled(facets.get(Fields.FROM_FACET)));
        Map<String, Long> timeline = r.timeline() == null ? null : SolrAnswers.timeline(response, r.timeline(), total);
        double took = Math.round((System.nanoTime() - t0) / 1_000.0) / 1_000.0;
        return new SearchResult(r.query(), total, took, hits, facets, threads, timeline);
    }

    /**
     * A thread's group: named by its root's subject and date, or where the archive lacks the root (the
     * replies name a message it never held), by its earliest message's.
     */
    private ThreadHits thread(List<SearchHit> hits, long matching) throws IOException {
        String threadId = hits.get(0).threadId();
        Message named = message(threadId).orElse(null);
        if (named == null) {
            List<Message> whole = messages("thread:" + QueryLanguage.quoted(threadId), 1, true);
            named = whole.isEmpty() ? null : whole.get(0);
        }
        String subject = named != null ? named.subject() : hits.get(0).subject();
        return new ThreadHits(threadId, subject, named != null ? named.date() : null, matching, hits);
    }

    @Override
    public void close() throws IOException {
        if (owned) client.close();
    }
}
