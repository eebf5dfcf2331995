package org.listscope.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The labels of the {@code from} facet, whose values are person keys ({@link Fields#FROM_FACET}).
 * A person's label is the full name most of the index's messages with that key show, in its
 * plainest spelling, else the name most of them show ({@link PersonNames#best}, from
 * {@link Fields#FROM_DISPLAY}), then, where the key is an address, that address in angle brackets:
 * {@code Hal Finney <hfinney@shell.portal.com>}. A person without a name shows the address alone, a
 * name-only key ({@code name:...}) the name alone.
 *
 * <p>Every label is a query that finds exactly its bucket: {@code from:"LABEL"} matches the same
 * messages as the person's key. A bracketed label does by construction (the query language reads the
 * brackets as a key); a bare name or address is kept only when {@code from:} on it matches exactly
 * the person's messages, and else becomes {@code Name <KEY>} (two people called {@code Hal}, or a
 * name that also shows in other people's messages). So no two persons share a label.
 *
 * <p>Labels are made on demand, only for the keys a search shows, and kept for the life of the
 * reader (an open index does not change): a search pays for a person once, by reading that person's
 * messages' names and, for a bare label, two counts. Thread-safe. An index written before facets
 * counted persons has no {@link Fields#FROM_DISPLAY}; its facet values are labels already and pass
 * through unchanged.
 */
final class PersonLabels {


    private final IndexSearcher searcher;
    private final QueryLanguage language;
    private final boolean persons;
    private final Map<String, String> labels = new ConcurrentHashMap<>();

    PersonLabels(IndexSearcher searcher, QueryLanguage language) {
        this.searcher = searcher;
        this.language = language;
        this.persons = hasDisplayNames(searcher.getIndexReader());
    }

    private static boolean hasDisplayNames(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(Fields.FROM_DISPLAY) != null) return true;
        }
        return false;
    }

    /** The label of the person with this key (a value of the {@code from} facet). */
    String label(String key) throws IOException {
        if (!persons) return key;
        String label = labels.get(key);
        if (label == null) {
            label = make(key);
            String raced = labels.putIfAbsent(key, label);
            if (raced != null) label = raced;
        }
        return label;
    }

    private String make(String key) throws IOException {
        Names names = names(key);
        if (names.messages == 0) return key; // no live message holds it
        return PersonNames.label(key, PersonNames.best(names.counts), names.messages, new PersonNames.Counts() {
            @Override
            public long of(String label) throws IOException {
                Query q = from(label);
                return q == null ? 0 : searcher.count(q);
            }

            @Override
            public long withKey(String label, String key) throws IOException {
                Query q = from(label);
                if (q == null) return 0;
                return searcher.count(new BooleanQuery.Builder()
                        .add(q, Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.FROM_KEY, key)), Occur.FILTER)
                        .build());
            }
        });
    }

    /** {@code from:"LABEL"} over message documents, or null where the query language cannot read it. */
    private Query from(String label) {
        try {
            return StoredMessages.messages(language.parse("from:" + QueryLanguage.quoted(label)));
        } catch (QuerySyntaxException e) {
            return null;
        }
    }

    /** How many live messages have the key, and how many of them show each name. */
    private Names names(String key) throws IOException {
        Term term = new Term(Fields.FROM_KEY, key);
        Names out = new Names();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            DocIdSetIterator docs = LiveDocs.of(leaf.reader(), term);
            SortedDocValues display = leaf.reader().getSortedDocValues(Fields.FROM_DISPLAY);
            Map<Integer, Integer> byOrd = new HashMap<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                out.messages++;
                if (display != null && display.advanceExact(doc)) byOrd.merge(display.ordValue(), 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : byOrd.entrySet()) {
                String name = display.lookupOrd(e.getKey()).utf8ToString();
                if (!name.isEmpty()) out.counts.merge(name, e.getValue(), Integer::sum);
            }
        }
        return out;
    }

    /** How many live messages have a key, and how many of them show each name. */
    private static final class Names {
        int messages;
        final Map<String, Integer> counts = new HashMap<>();
    }
}
