package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.parse.PersonEvidence;

/**
 * Gives a person met again in a later chunk the key the index already holds for them. Parsing merges
 * the people of one batch; a build reads its inputs in chunks, so without this a person who wrote
 * from one address in 1993 and from another in 1994 would be two people, in the {@code from} facet
 * and in {@code from.key}. Conservative, by the evidence parsing trusts: a chunk's key that the index
 * does not hold yet becomes the one key the index holds for the same full name (two words or more)
 * or, for a key that is an address, for that address used by one person; it is kept when the index
 * holds none, or several (two people of one name, an address some gateway lent to many). A key the
 * index already holds is kept: written documents are never rewritten for a person's sake, so the
 * outcome depends only on what was committed before the chunk, as crash safety requires.
 */
final class PersonKeys {

    private PersonKeys() {
    }

    /** The messages, each with the key the index holds for its author where the evidence names one. */
    static List<Message> reconcile(IndexSearcher searcher, Collection<Message> messages) throws IOException {
        Map<String, Set<Term>> evidence = new LinkedHashMap<>();
        for (Message m : messages) {
            Author a = m.from();
            Set<Term> terms = evidence.computeIfAbsent(a.key(), k -> new TreeSet<>());
            String name = PersonEvidence.fullName(a);
            if (name != null) terms.add(new Term(Fields.FROM_FULL_NAME, MessageDocuments.key(name)));
            String address = PersonEvidence.personalAddress(a, m.list());
            if (address != null && address.equals(a.key())) terms.add(new Term(Fields.FROM_ADDRESS, MessageDocuments.key(address)));
        }
        Map<String, String> to = new HashMap<>();
        for (Map.Entry<String, Set<Term>> e : evidence.entrySet()) {
            if (e.getValue().isEmpty() || holds(searcher, MessageDocuments.personKey(e.getKey()))) continue;
            Set<String> found = new TreeSet<>();
            for (Term t : e.getValue()) {
                found.addAll(keysOf(searcher, t));
                if (found.size() > 1) break;
            }
            if (found.size() == 1) to.put(e.getKey(), found.iterator().next());
        }
        List<Message> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            String k = to.get(m.from().key());
            out.add(k == null ? m : m.withFrom(m.from().withKey(k)));
        }
        return out;
    }

    private static boolean holds(IndexSearcher searcher, String key) throws IOException {
        Term t = new Term(Fields.FROM_KEY, key);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (LiveDocs.of(leaf.reader(), t).nextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        }
        return false;
    }

    /**
     * The person keys of the live messages holding the term: none, one, or (when there are more) two
     * of them. Reads postings and doc values directly: this runs for every new key of every chunk.
     */
    private static Set<String> keysOf(IndexSearcher searcher, Term t) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(Fields.FROM_KEY);
            if (values == null) continue;
            DocIdSetIterator docs = LiveDocs.of(leaf.reader(), t);
            int seenOrd = -1;
            for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                if (!values.advanceExact(d)) continue;
                int ord = values.ordValue();
                if (ord == seenOrd) continue;
                seenOrd = ord;
                keys.add(values.lookupOrd(ord).utf8ToString());
                if (keys.size() > 1) return keys;
            }
        }
        return keys;
    }
}
