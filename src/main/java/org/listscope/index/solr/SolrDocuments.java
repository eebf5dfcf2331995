package org.listscope.index.solr;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.listscope.index.Fields;
import org.listscope.index.MessageDocuments;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;

/**
 * A message as a document of a listscope collection: the very fields and values of its local index
 * document ({@link MessageDocuments}), which the collection's schema ({@link SolrConfigset}) analyses
 * as the local index does, so that a query finds the same messages in both.
 *
 * <p>Four things differ, as Solr keeps them: a facet's values go to their own field,
 * {@code facet.<dimension>} ({@link #facetField}); the message's whole JSON is stored in
 * {@link Fields#JSON}; the local index's compressed hit doc value is left out (Solr's stored
 * subject, body and quoted text serve its highlighter instead); and the date's day has a field of its
 * own ({@link #DAY}), which a timeline counts (a local index counts the date's doc values).
 */
public final class SolrDocuments {

    /** What the collection does not keep of a local document: its JSON without body, its hit doc value. */
    private static final Set<String> LEFT_OUT = Set.of(Fields.JSON, Fields.HIT);

    /** The day of the message's date (days since 1970-01-01, UTC), counted for a search's timeline. */
    public static final String DAY = Fields.DATE + ".day";

    private SolrDocuments() {
    }

    /** The field a facet dimension ({@link Fields#FACETS}) keeps its values in. */
    public static String facetField(String dimension) {
        return "facet." + dimension;
    }

    /** The collection's document of one message. */
    public static SolrInputDocument of(Message m) {
        String json = Json.line(m);
        Document local = MessageDocuments.of(m, json);
        SolrInputDocument d = new SolrInputDocument();
        Set<String> keywords = new HashSet<>();
        for (IndexableField f : local) {
            if (f.stringValue() != null) keywords.add(f.name());
        }
        for (IndexableField f : local) {
            String name = f.name();
            if (LEFT_OUT.contains(name)) continue;
            if (name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
                String[] path = FacetsConfig.stringToPath(f.binaryValue().utf8ToString());
                d.addField(facetField(path[0]), path[1]);
            } else if (f.numericValue() != null) {
                d.addField(name, f.numericValue());
            } else if (f.stringValue() != null) {
                d.addField(name, f.stringValue());
            } else if (f.binaryValue() != null && !keywords.contains(name)) {
                // a doc value with no keyword of its name beside it (the author's name as shown); the
                // thread's and the person key's doc values are Solr's of their keyword fields
                d.addField(name, f.binaryValue().utf8ToString());
            }
        }
        d.addField(Fields.JSON, json);
        if (m.date() != null) d.addField(DAY, SearchRequest.Interval.day(m.date().toEpochMilli()));
        return d;
    }
}
