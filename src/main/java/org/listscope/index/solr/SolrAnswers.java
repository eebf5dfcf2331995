package org.listscope.index.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.listscope.index.Fields;
import org.listscope.index.PhraseMarks;
import org.listscope.index.Timeline;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;

/**
 * A search as Solr is asked it, and its answer as a local search gives it: the request's rows, order,
 * grouping by thread, facets and highlighting ({@link #query}); hits with one-line snippets
 * ({@link #hits}) and facet counts ({@link #facets}).
 */
final class SolrAnswers {

    /** The text fields a snippet is taken from, most telling first. */
    private static final List<String> SNIPPET_FIELDS = List.of(Fields.BODY, Fields.SUBJECT, Fields.QUOTED);
    /** Hits listed per thread when grouping, as a local search lists them. */
    static final int HITS_PER_THREAD = 3;
    /** Characters a snippet passage aims at, as a local snippet's. */
    private static final int PASSAGE_CHARS = 160;

    private SolrAnswers() {
    }

    /** The request of a search. */
    static SolrQuery query(SearchRequest r) {
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
        if (r.timeline() != null) {
            // every day with matches, gathered into the request's intervals here (Timeline)
            q.setFacet(true);
            q.addFacetField(SolrDocuments.DAY);
            String day = "f." + SolrDocuments.DAY + ".";
            q.set(day + "facet.limit", -1);
            q.set(day + "facet.mincount", 1);
            q.set(day + "facet.sort", "index");
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
    static String dateSort(SearchRequest.Order order) {
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
            if (s.contains("<b>")) return PhraseMarks.join(oneLine(s));
            if (summary == null && f.equals(Fields.BODY)) summary = s;
        }
        return summary == null ? "" : oneLine(summary);
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The hits of a list of documents, each with its snippet from the answer's highlights. */
    static List<SearchHit> hits(SolrDocumentList docs, SearchRequest r, Map<String, Map<String, List<String>>> highlights) {
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
     * The matches per interval of the request's timeline: Solr's count of every day with matches;
     * the matches no day counted are those without a date.
     */
    static Map<String, Long> timeline(QueryResponse response, SearchRequest.Interval interval, long total) {
        SortedMap<Long, Long> byDay = new TreeMap<>();
        long dated = 0;
        FacetField f = response.getFacetField(SolrDocuments.DAY);
        if (f != null && f.getValues() != null) {
            for (FacetField.Count c : f.getValues()) {
                byDay.merge(Long.parseLong(c.getName()), c.getCount(), Long::sum);
                dated += c.getCount();
            }
        }
        return Timeline.of(byDay, total - dated, interval);
    }

    /** The counts of every facet dimension, in {@link Fields#FACETS} order, person keys as they are. */
    static Map<String, Map<String, Long>> facets(QueryResponse response) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>();
            FacetField f = response.getFacetField(SolrDocuments.facetField(dim));
            if (f != null && f.getValues() != null) {
                for (FacetField.Count c : f.getValues()) counts.put(c.getName(), c.getCount());
            }
            facets.put(dim, counts);
        }
        return facets;
    }
}
