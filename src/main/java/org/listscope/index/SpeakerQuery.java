package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.listscope.parse.PersonEvidence;

/**
 * {@code speaker:"Timothy C. May"}: what a person said, under every form of their full name that
 * speakers carry. An attribution gives the name its writer used ({@code Tim May:}, {@code Perry
 * Metzger writes:}), not the one the person posts under ({@code Timothy C. May}, {@code Perry E.
 * Metzger}); a researcher asking for a person means the person, as {@code from:} does
 * ({@link PersonNameQuery}). A speaker's name is taken when it and the typed name are full names
 * that {@link PersonEvidence#typedFor} joins: the same family name, and first given names that
 * agree or are a short or familiar form of one another. With {@code said}, the query asks what
 * those speakers said of one kind ({@link Fields#SAID}: {@code speaker:"Tim May" claim:obligation}).
 * Decided when the query meets the index, from its {@link Fields#SPEAKER} terms.
 */
final class SpeakerQuery extends Query {

    private final String key;
    private final String full;
    private final String saidField;
    private final String saidPattern;

    /**
     * @param key   the typed name as {@link Fields#SPEAKER} holds names ({@link AnnotationTerms#speakerKey})
     * @param full  the typed name normalised as a full name ({@link PersonEvidence#fullName(String)})
     * @param saidField   with {@code saidPattern}, the {@link Fields#SAID} field part asked of what the
     *                    speakers said; {@code null} to ask of {@link Fields#SPEAKER} alone
     * @param saidPattern the wildcard pattern of that field's value
     */
    SpeakerQuery(String key, String full, String saidField, String saidPattern) {
        this.key = Objects.requireNonNull(key);
        this.full = Objects.requireNonNull(full);
        this.saidField = saidField;
        this.saidPattern = saidPattern;
    }

    /** The same speakers, asked what they said under {@code field}, value {@code pattern}. */
    SpeakerQuery said(String field, String pattern) {
        return new SpeakerQuery(key, full, field, pattern);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        return expanded(searcher.getIndexReader());
    }

    /** The query with its speakers read from {@code reader}: terms of {@link Fields#SPEAKER}, or of {@link Fields#SAID}. */
    Query expanded(IndexReader reader) throws IOException {
        Set<String> keys = speakers(reader);
        if (saidField == null) return new TermInSetQuery(Fields.SPEAKER, bytes(keys));
        String literal = QueryLanguage.unescaped(saidPattern);
        if (literal != null) {
            List<String> terms = new ArrayList<>(keys.size());
            for (String k : keys) terms.add(AnnotationTerms.said(k, saidField, literal));
            return new TermInSetQuery(Fields.SAID, bytes(terms));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String k : keys) {
            any.add(new WildcardQuery(new Term(Fields.SAID, AnnotationTerms.said(QueryLanguage.literal(k), saidField, saidPattern))),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /** The typed key and every {@link Fields#SPEAKER} term that names the same person. */
    private Set<String> speakers(IndexReader reader) throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.add(key);
        for (SpeakerNames.Name n : SpeakerNames.withFamilyOf(reader, full)) {
            if (PersonEvidence.typedFor(full, n.full())) keys.add(n.term());
        }
        return keys;
    }

    private static List<BytesRef> bytes(Iterable<String> terms) {
        List<BytesRef> out = new ArrayList<>();
        for (String t : terms) out.add(new BytesRef(t));
        return out;
    }

    /**
     * {@code q} with every speaker query in it {@link #expanded}: what a snippet looks for must be
     * the terms the query matched.
     */
    static Query expandAll(Query q, IndexReader reader) throws IOException {
        if (q instanceof SpeakerQuery s) return s.expanded(reader);
        if (q instanceof BoostQuery b) {
            Query in = expandAll(b.getQuery(), reader);
            return in == b.getQuery() ? q : new BoostQuery(in, b.getBoost());
        }
        if (!(q instanceof BooleanQuery bq)) return q;
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        out.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause c : bq.clauses()) {
            Query in = expandAll(c.getQuery(), reader);
            changed |= in != c.getQuery();
            out.add(in, c.getOccur());
        }
        return changed ? out.build() : q;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(saidField == null ? Fields.SPEAKER : Fields.SAID)) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "speaker-person:\"" + full + "\"" + (saidField == null ? "" : " said " + saidField + ":" + saidPattern);
    }

    @Override
    public boolean equals(Object o) {
        if (!sameClassAs(o)) return false;
        SpeakerQuery other = (SpeakerQuery) o;
        return key.equals(other.key) && full.equals(other.full) && Objects.equals(saidField, other.saidField)
                && Objects.equals(saidPattern, other.saidPattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), key, full, saidField, saidPattern);
    }
}
