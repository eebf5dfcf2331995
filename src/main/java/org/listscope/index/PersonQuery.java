package org.listscope.index;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * {@code from:"Name <KEY>"}: the messages of the person with that key, as a {@code from} facet label
 * names them. Keys are lower case but for hand-made ones, so a key typed in another case finds its
 * lower-case form too. Where no message holds the key, and it is an address, the messages from that
 * address: a {@code From:} header pasted whole ({@code "Tim May <tcmay@localhost.netcom.com>"}) finds
 * its author's messages even when the person's key is another of their addresses. Decided when the
 * query meets the index.
 */
final class PersonQuery extends Query {

    private final String key;

    /** The query for a key as the brackets gave it (cut as {@link Fields#FROM_KEY} cuts it). */
    PersonQuery(String key) {
        this.key = MessageDocuments.personKey(key);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        String lower = key.toLowerCase(Locale.ROOT);
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        int held = 0;
        for (String k : lower.equals(key) ? new String[] {key} : new String[] {key, lower}) {
            Term t = new Term(Fields.FROM_KEY, k);
            if (searcher.getIndexReader().docFreq(t) > 0) {
                keys.add(new TermQuery(t), Occur.SHOULD);
                held++;
            }
        }
        if (held > 0) return keys.build();
        if (lower.contains("@") && !lower.startsWith("name:")) {
            return new TermQuery(new Term(Fields.FROM_ADDRESS, MessageDocuments.key(lower)));
        }
        return new MatchNoDocsQuery("no person with the key " + key);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.FROM_KEY)) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "person:" + key;
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && key.equals(((PersonQuery) o).key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), key);
    }
}
