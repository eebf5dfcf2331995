package org.listscope.index.solr;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.listscope.index.Fields;
import org.listscope.index.PersonNames;
import org.listscope.index.QueryLanguage;
import org.listscope.index.QuerySyntaxException;

/**
 * The labels of the {@code from} facet's persons in a collection, made as a local index makes them
 * ({@link PersonNames}), and kept for the life of the searcher that asks, as a local index keeps them.
 */
final class SolrPersonLabels {

    /** One request to the collection. */
    interface Ask {
        QueryResponse ask(SolrQuery q) throws IOException;
    }

    private final Ask solr;
    private final QueryLanguage language;
    /** The labels of the persons searches have shown, by person key. */
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    SolrPersonLabels(Ask solr, QueryLanguage language) {
        this.solr = solr;
        this.language = language;
    }

    /**
     * The {@code from} facet's person keys under their persons' labels, made as a local index makes
     * them ({@link PersonNames}): from the names all the collection's messages of each key show (one
     * request for the keys together), a label that finds that person's messages alone (a bare name is
     * checked with two counts).
     */
    Map<String, Long> labelled(Map<String, Long> byKey) throws IOException {
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
        List<PivotField> pivots = solr.ask(names).getFacetPivot().get(Fields.FROM_KEY + "," + Fields.FROM_DISPLAY);
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
        String query = "from:" + QueryLanguage.quoted(label);
        try {
            language.parse(query);
        } catch (QuerySyntaxException e) {
            return 0;
        }
        SolrQuery q = new SolrQuery(query);
        q.set("defType", ListscopeQParserPlugin.NAME);
        q.setRows(0);
        if (key != null) q.addFilterQuery("{!term f=" + Fields.FROM_KEY + "}" + key);
        return solr.ask(q).getResults().getNumFound();
    }

}
