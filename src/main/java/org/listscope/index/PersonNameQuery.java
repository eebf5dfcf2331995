package org.listscope.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.listscope.parse.PersonEvidence;

/**
 * {@code from:"Hal Finney"}: a full name typed in a search finds the people of that name, all their
 * messages, whatever name or address each was sent under. Hal Finney's messages signed "Hal" from
 * {@code hfinney@shell.portal.com} are his as much as those signed "Hal Finney"; a researcher asking
 * for a person means the person ({@code from} facet bucket), not one way of writing the name.
 *
 * <p>A person is taken when one of the full names the index holds for their messages
 * ({@link Fields#FROM_FULL_NAME}) is one the typed name may stand for
 * ({@link PersonEvidence#typedFor}: same family name, the first given names the same, an initial,
 * a short form or a familiar form: "Tim May" for "Timothy C. May", "Bill Stewart" for "William
 * Stewart"). The messages whose name words hold the phrase are found as before. Decided when the
 * query meets the index: the full names are read from its terms, and the people from the
 * {@link Fields#FROM_KEY} doc values of their messages.
 */
final class PersonNameQuery extends Query {

    private final String typed;
    private final Query words;

    /**
     * @param typed the typed name, normalised ({@link PersonEvidence#fullName(String)})
     * @param words the query for the name's words, which it also matches
     */
    PersonNameQuery(String typed, Query words) {
        this.typed = Objects.requireNonNull(typed);
        this.words = Objects.requireNonNull(words);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String name : fullNames(searcher)) {
            PersonKeys.eachKey(searcher, new Term(Fields.FROM_FULL_NAME, name), keys::add);
        }
        if (keys.isEmpty()) return words;
        List<BytesRef> terms = new ArrayList<>(keys.size());
        for (String k : keys) terms.add(new BytesRef(k));
        return new BooleanQuery.Builder()
                .add(words, Occur.SHOULD)
                .add(new TermInSetQuery(Fields.FROM_KEY, terms), Occur.SHOULD)
                .build();
    }

    /** The full names the index holds that the typed name may stand for; only those of its family name are compared. */
    private Set<String> fullNames(IndexSearcher searcher) throws IOException {
        byte[] family = (" " + typed.substring(typed.lastIndexOf(' ') + 1)).getBytes(StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.FROM_FULL_NAME);
            if (terms == null) continue;
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                if (!endsWith(t, family)) continue;
                String name = t.utf8ToString();
                if (PersonEvidence.typedFor(typed, name)) names.add(name);
            }
        }
        return names;
    }

    private static boolean endsWith(BytesRef t, byte[] suffix) {
        if (t.length < suffix.length) return false;
        int from = t.offset + t.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (t.bytes[from + i] != suffix[i]) return false;
        }
        return true;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        words.visit(visitor.getSubVisitor(Occur.SHOULD, this));
        if (visitor.acceptField(Fields.FROM_KEY)) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "person-name:\"" + typed + "\"";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && typed.equals(((PersonNameQuery) o).typed) && words.equals(((PersonNameQuery) o).words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), typed, words);
    }
}
