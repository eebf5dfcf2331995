package org.listscope.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Input markers: one small document per input already indexed, written in the same commit as the
 * input's messages. Reading them back tells the next run what it may skip. A flag in the commit's
 * user data ({@link #MERGE_PENDING}) tells it that a bulk load's final merge is still to be done.
 */
final class Markers {

    /** Commit user data key, present while a bulk load has not ended in its merge into one segment. */
    static final String MERGE_PENDING = "listscope.mergePending";

    private Markers() {
    }

    /** Whether the reader's commit says a bulk load's final merge is still to be done. */
    static boolean mergePending(DirectoryReader reader) throws IOException {
        return reader.getIndexCommit().getUserData().containsKey(MERGE_PENDING);
    }

    /** Sets or clears the flag of a pending final merge in the writer's next commit (other user data is kept). */
    static void mergePending(IndexWriter w, boolean pending) {
        userData(w, MERGE_PENDING, pending ? "true" : null);
    }

    /** Sets ({@code null}: removes) one key of the user data of the writer's next commit, keeping the others. */
    static void userData(IndexWriter w, String key, String value) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        if (value != null) data.put(key, value);
        else data.remove(key);
        w.setLiveCommitData(data.entrySet());
    }

    /** The marker document of an input. */
    static Document document(InputFingerprint fp) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_INPUT, Field.Store.NO));
        d.add(new StringField(Fields.INPUT_PATH, fp.path(), Field.Store.YES));
        d.add(new StoredField(Fields.INPUT_FINGERPRINT, fp.encode()));
        return d;
    }

    /** The term that identifies an input's marker (for {@code updateDocument}). */
    static Term term(InputFingerprint fp) {
        return new Term(Fields.INPUT_PATH, fp.path());
    }

    /** Every marker in the index, by path. */
    static Map<String, InputFingerprint> read(IndexReader reader) throws IOException {
        Map<String, InputFingerprint> out = new HashMap<>();
        IndexSearcher s = new IndexSearcher(reader);
        TermQuery q = new TermQuery(new Term(Fields.KIND, Fields.KIND_INPUT));
        int n = Math.max(1, s.count(q));
        TopDocs top = s.search(q, n);
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            String path = d.get(Fields.INPUT_PATH);
            out.put(path, InputFingerprint.decode(path, d.get(Fields.INPUT_FINGERPRINT)));
        }
        return out;
    }
}
