package org.listscope.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.listscope.json.Json;
import org.listscope.model.Message;
import org.listscope.thread.CopyPrints;

/**
 * The indexed messages that a chunk's copies may come from, wherever and whenever they stand: those
 * whose own text holds a run of the fingerprints of a chunk message's own text
 * ({@link CopyPrints#sources}), looked up in {@link Fields#PRINTS}. Threading of the chunk sees them
 * beside its context, so that a document posted again a year later, in another thread, is found as
 * the copy it is, as one run over all the inputs finds it; they keep what the index holds of them
 * (the indexer leaves them out of what it annotates and writes). A fingerprint more than {@link CopyPrints#COMMON} documents
 * hold is boilerplate, as threading takes it. Only fingerprints that stand in a run of those the
 * {@link PrintFilter} lets through are sought, each once per chunk.
 */
final class CopySources {

    private static final int[] NONE = new int[0];
    private static final Comparator<Message> TIME_ORDER =
            Comparator.comparing((Message m) -> m.date() == null ? Instant.MIN : m.date()).thenComparing(Message::id);

    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] terms;
    private PostingsEnum postings;
    /** The live holders of each fingerprint sought, {@link #NONE} for none or boilerplate. */
    private final Map<Long, int[]> held = new HashMap<>();

    private CopySources(IndexReader reader) throws IOException {
        this.leaves = reader.leaves();
        this.terms = new TermsEnum[leaves.size()];
        for (int l = 0; l < terms.length; l++) {
            Terms t = leaves.get(l).reader().terms(Fields.PRINTS);
            terms[l] = t == null ? null : t.iterator();
        }
    }

    /**
     * The indexed messages, but those whose ids are in {@code skip} (the chunk's own, its context's),
     * that the copies of the {@code fresh} messages may come from, oldest first, by id.
     */
    static Map<String, Message> of(IndexReader reader, PrintFilter filter, Collection<Message> fresh, Set<String> skip)
            throws IOException {
        if (reader.numDocs() == 0 || fresh.isEmpty()) return Map.of();
        CopySources s = new CopySources(reader);
        // the fingerprints on all cores; the look-ups, few once filtered, on one
        List<long[]> prints = fresh.parallelStream().map(CopyPrints::of).toList();
        TreeSet<Integer> docs = new TreeSet<>();
        for (long[] p : prints) {
            for (int d : CopyPrints.sources(p, filter::mayHold, s::holders)) docs.add(d);
        }
        if (docs.isEmpty()) return Map.of();
        StoredMessages.Reader stored = new StoredMessages.Reader(reader);
        List<Message> found = new ArrayList<>();
        for (int d : docs) { // in index order: stored fields are read forwards
            String json = stored.json(d);
            if (json == null) continue;
            Message m = Json.readMessage(json);
            if (!skip.contains(m.id())) found.add(m);
        }
        found.sort(TIME_ORDER);
        Map<String, Message> out = new LinkedHashMap<>();
        for (Message m : found) out.put(m.id(), m);
        return out;
    }

    /** The live documents holding a fingerprint, or {@code null} for none or more than {@link CopyPrints#COMMON}. */
    private int[] holders(long print) {
        int[] h = held.computeIfAbsent(print, p -> {
            try {
                return seek(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return h.length == 0 ? null : h;
    }

    private int[] seek(long print) throws IOException {
        BytesRef key = MessageDocuments.printKey(print);
        int[] out = new int[CopyPrints.COMMON + 1];
        int n = 0;
        for (int l = 0; l < terms.length; l++) {
            if (terms[l] == null || !terms[l].seekExact(key)) continue;
            postings = terms[l].postings(postings, PostingsEnum.NONE);
            Bits live = leaves.get(l).reader().getLiveDocs();
            int base = leaves.get(l).docBase;
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                if (n == out.length) return NONE; // boilerplate
                out[n++] = base + d;
            }
        }
        return n == 0 ? NONE : Arrays.copyOf(out, n);
    }
}
