package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.parse.PersonEvidence;

/**
 * Gives a person met again in a later chunk the key the index already holds for them. Parsing merges
 * the people of one batch; a build reads its inputs in chunks, so without this a person who wrote
 * from one address in 1993 and from another in 1994 would be two people, in the {@code from} facet
 * and in {@code from.key}. Conservative, by the evidence parsing trusts:
 * <ul>
 * <li>a chunk's key that the index does not hold yet becomes the one key the index holds for the
 * same full name (two words or more) or, for a key that is an address, for that address used by one
 * person; it is kept when the index holds none, or several (two people of one name, an address some
 * gateway lent to many);</li>
 * <li>a chunk's key that the index holds already is joined with another key the index holds when
 * the chunk is the first to show them together: a full name (or the key's address) that the index
 * holds under that one other key and never under this one, as when John Gilmore's name-only
 * messages of 1993 and his bare address of 1993 meet in a 1994 message that shows both. The two
 * keys {@link #fold fold} into one, and the documents of the other are rewritten with it in the
 * chunk's commit. A name the index already holds under both keys joins nothing: the index kept them
 * apart with that evidence in view.</li>
 * <li>where the one key the index holds is only a name and the chunk's key an address, the address
 * survives and the held name key {@link #promote folds} into it, as one batch holding both would
 * key the person by the address.</li>
 * </ul>
 * The outcome depends only on what was committed before the chunk and on the chunk, as crash safety
 * requires.
 */
final class PersonKeys {

    private PersonKeys() {
    }

    /**
     * What a chunk's people come to: its messages, each with the key the index holds for its author
     * where the evidence names one, and the held keys to rewrite (loser to survivor).
     */
    record Reconciled(List<Message> messages, Map<String, String> folds) {

        /** The message with its key folded, where its key is a loser. */
        Message folded(Message m) {
            String k = folds.get(m.from().key());
            return k == null ? m : m.withFrom(m.from().withKey(k));
        }
    }

    /** The messages, each with the key the index holds for its author where the evidence names one. */
    static Reconciled reconcile(IndexSearcher searcher, Collection<Message> messages) throws IOException {
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
        Map<String, String> joins = new LinkedHashMap<>(); // held key -> the one other held key it meets
        for (Map.Entry<String, Set<Term>> e : evidence.entrySet()) {
            String key = e.getKey();
            if (e.getValue().isEmpty()) continue;
            String indexed = MessageDocuments.personKey(key);
            if (holds(searcher, indexed)) {
                Set<String> others = new TreeSet<>();
                for (Term t : e.getValue()) {
                    String other = onlyOther(searcher, t, indexed);
                    if (other != null) others.add(other);
                }
                if (others.size() == 1) joins.put(key, others.iterator().next());
                continue;
            }
            Set<String> found = new TreeSet<>();
            for (Term t : e.getValue()) {
                found.addAll(keysOf(searcher, t));
                if (found.size() > 1) break;
            }
            if (found.size() == 1) to.put(key, found.iterator().next());
        }
        Map<String, String> folds = fold(searcher, joins);
        promote(to, folds);
        List<Message> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            String own = m.from().key();
            String k = to.getOrDefault(own, own);
            k = folds.getOrDefault(k, k);
            out.add(k.equals(own) ? m : m.withFrom(m.from().withKey(k)));
        }
        return new Reconciled(out, folds);
    }

    /**
     * A held key that is only a name ({@code name:paul swartz}, from pages that show no address)
     * and that one new key of the chunk, an address, is given: the address survives instead, as
     * parsing keys a person by their address where one batch shows it. The held key then folds into
     * the address ({@code folds}, its documents rewritten), and the chunk keeps its own key. Not
     * where the held key folds already, or where two new addresses would take it.
     */
    private static void promote(Map<String, String> to, Map<String, String> folds) {
        Map<String, List<String>> takers = new TreeMap<>();
        to.forEach((own, held) -> {
            if (held.startsWith("name:") && !own.startsWith("name:")) {
                takers.computeIfAbsent(held, x -> new ArrayList<>()).add(own);
            }
        });
        takers.forEach((held, own) -> {
            if (own.size() != 1 || folds.containsKey(held) || folds.containsValue(held)) return;
            folds.put(held, own.get(0));
            to.remove(own.get(0));
        });
    }

    /**
     * Pairs of held keys the chunk joins, as loser to survivor: the survivor is an address rather
     * than a name, else the key of more messages, else the smaller. A key met in two pairs with
     * different partners joins neither.
     */
    private static Map<String, String> fold(IndexSearcher searcher, Map<String, String> joins) throws IOException {
        Map<String, Set<String>> partners = new TreeMap<>();
        joins.forEach((a, b) -> {
            partners.computeIfAbsent(a, x -> new TreeSet<>()).add(b);
            partners.computeIfAbsent(b, x -> new TreeSet<>()).add(a);
        });
        Map<String, String> folds = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : partners.entrySet()) {
            String a = e.getKey();
            if (e.getValue().size() > 1) continue; // two partners: ambiguous
            String b = e.getValue().iterator().next();
            if (a.compareTo(b) > 0 || partners.get(b).size() > 1) continue; // each pair once
            String survivor = better(searcher, a, b) ? a : b;
            folds.put(survivor.equals(a) ? b : a, survivor);
        }
        return folds;
    }

    private static boolean better(IndexSearcher searcher, String a, String b) throws IOException {
        boolean aAddress = !a.startsWith("name:");
        boolean bAddress = !b.startsWith("name:");
        if (aAddress != bAddress) return aAddress;
        int na = count(searcher, a);
        int nb = count(searcher, b);
        if (na != nb) return na > nb;
        return a.compareTo(b) < 0;
    }

    private static int count(IndexSearcher searcher, String key) throws IOException {
        return searcher.count(new TermQuery(new Term(Fields.FROM_KEY, MessageDocuments.personKey(key))));
    }

    /**
     * The one key other than {@code key} (as indexed) under which the index holds the term, or {@code null}: when
     * it holds none, or holds it under {@code key} too (the index kept the two apart with that
     * evidence in view), or under two others. Stops at the first document of {@code key}, so a
     * person met again under the same key costs one look.
     */
    private static String onlyOther(IndexSearcher searcher, Term t, String key) throws IOException {
        String[] other = new String[1];
        boolean whole = eachKey(searcher, t, k -> {
            if (k.equals(key) || other[0] != null && !other[0].equals(k)) return false;
            other[0] = k;
            return true;
        });
        return whole ? other[0] : null;
    }

    /** The documents of these person keys. */
    static Query heldBy(Collection<String> keys) {
        List<String> indexed = new ArrayList<>(keys.size());
        for (String k : keys) indexed.add(MessageDocuments.personKey(k));
        return StoredMessages.anyOf(Fields.FROM_KEY, indexed);
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
     * of them.
     */
    private static Set<String> keysOf(IndexSearcher searcher, Term t) throws IOException {
        Set<String> keys = new TreeSet<>();
        eachKey(searcher, t, k -> {
            keys.add(k);
            return keys.size() < 2;
        });
        return keys;
    }

    /**
     * Calls {@code visit} with the person key (as indexed) of the live messages holding the term,
     * skipping a key repeated by the next document, until it returns {@code false}. Reads postings
     * and doc values directly: this runs for every key of every chunk. Returns whether every
     * document was visited.
     */
    static boolean eachKey(IndexSearcher searcher, Term t, Predicate<String> visit) throws IOException {
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
                if (!visit.test(values.lookupOrd(ord).utf8ToString())) return false;
            }
        }
        return true;
    }
}
