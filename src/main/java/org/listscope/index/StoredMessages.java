package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.listscope.json.Json;
import org.listscope.model.Message;

/** Messages read back from their stored JSON and body. */
final class StoredMessages {

    private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);

    private StoredMessages() {
    }

    /**
     * Only message documents (not input markers) that match {@code q}. Markers hold no field a query
     * can name, so only a query that matches every document (a bare negation) can reach them; any
     * other query is returned as it is, without a filter clause to intersect with on every hit.
     */
    static Query messages(Query q) {
        if (!matchesAll(q)) return q;
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_MESSAGE)), Occur.FILTER)
                .add(q, Occur.MUST)
                .build();
    }

    /** Whether {@code q} has a match-all part that could let an input marker through. */
    static boolean matchesAll(Query q) {
        boolean[] found = {false};
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof org.apache.lucene.search.MatchAllDocsQuery) found[0] = true;
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** Documents whose {@code field} holds one of the values. */
    static Query anyOf(String field, Collection<String> values) {
        List<BytesRef> terms = new ArrayList<>(values.size());
        for (String v : values) terms.add(new BytesRef(v));
        return new TermInSetQuery(field, terms);
    }

    /**
     * The JSON of message documents, read in any order: the stored JSON with its body put back from
     * {@link Fields#HIT} ({@link StoredJson}). A document without that doc value (an index of schema 19
     * or before) has its whole JSON stored.
     */
    static final class Reader {
        private final StoredFields stored;
        private final HitFields.Values bodies;

        Reader(IndexReader reader) throws IOException {
            this.stored = reader.storedFields();
            this.bodies = new HitFields.Values(reader);
        }

        /** The message JSON of a document, or null for a document that stores none. */
        String json(int doc) throws IOException {
            String json = storedJson(doc);
            if (json == null) return null;
            BytesRef hit = bodies.get(doc);
            return hit == null ? json : StoredJson.withBody(json, HitFields.body(hit));
        }

        /**
         * The message JSON of a document as stored: with an empty body where the hit doc value
         * holds it ({@link #body}); null for a document that stores none.
         */
        String storedJson(int doc) throws IOException {
            IndexableField field = stored.document(doc, JSON_ONLY).getField(Fields.JSON);
            if (field == null) return null;
            // a string in indexes of schema 42 and before, UTF-8 bytes since
            return field.stringValue() != null ? field.stringValue() : field.binaryValue().utf8ToString();
        }

        /** The body of a document from its hit doc value, or null where the stored JSON holds it. */
        String body(int doc) throws IOException {
            BytesRef hit = bodies.get(doc);
            return hit == null ? null : HitFields.body(hit);
        }
    }

    /** The stored JSON of the messages with these ids, by id. */
    static Map<String, String> jsonByIds(IndexSearcher s, Collection<String> ids) throws IOException {
        if (ids.isEmpty()) return new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(ids.size());
        for (String id : ids) keys.add(MessageDocuments.idKey(id)); // as indexed: an id too long for a term is hashed
        return jsonById(s, anyOf(Fields.ID, keys));
    }

    /** The stored JSON of the messages matching a query, by id, in index order. */
    static Map<String, String> jsonById(IndexSearcher s, Query q) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String json : jsonOf(s, messages(q), Integer.MAX_VALUE)) {
            out.put(Json.readMessage(json).id(), json);
        }
        return out;
    }

    /** Messages matching a query, at most {@code max}, in index order. */
    static List<Message> find(IndexSearcher s, Query q, int max) throws IOException {
        List<Message> out = new ArrayList<>();
        for (String json : jsonOf(s, messages(q), max)) {
            out.add(Json.readMessage(json));
        }
        return out;
    }

    /** Every message matching a query, in index order, rebuilt one at a time (the whole index need not fit in memory). */
    static void forEach(IndexSearcher s, Query q, Consumer<Message> action) throws IOException {
        Reader reader = new Reader(s.getIndexReader());
        for (ScoreDoc sd : inIndexOrder(s, messages(q), Integer.MAX_VALUE)) {
            action.accept(Json.readMessage(reader.json(sd.doc)));
        }
    }

    private static List<String> jsonOf(IndexSearcher s, Query q, int max) throws IOException {
        ScoreDoc[] docs = inIndexOrder(s, q, max);
        List<String> out = new ArrayList<>(docs.length);
        Reader reader = new Reader(s.getIndexReader());
        for (ScoreDoc sd : docs) out.add(reader.json(sd.doc));
        return out;
    }

    /** At most {@code max} matches of a query, sorted by document number, so that stored fields are read in order. */
    private static ScoreDoc[] inIndexOrder(IndexSearcher s, Query q, int max) throws IOException {
        int n = Math.min(max, Math.max(1, s.count(q)));
        ScoreDoc[] docs = s.search(q, n).scoreDocs.clone();
        java.util.Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
        return docs;
    }
}
