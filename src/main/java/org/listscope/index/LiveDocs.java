package org.listscope.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The live documents of one segment that hold a term: what reads doc values of a term's documents walks. */
final class LiveDocs {

    private LiveDocs() {
    }

    /** The segment's live documents holding the term, in order; empty when none does. */
    static DocIdSetIterator of(LeafReader leaf, Term t) throws IOException {
        PostingsEnum docs = leaf.postings(t, PostingsEnum.NONE);
        if (docs == null) return DocIdSetIterator.empty();
        Bits live = leaf.getLiveDocs();
        if (live == null) return docs;
        return new FilteredDocIdSetIterator(docs) {
            @Override
            protected boolean match(int doc) {
                return live.get(doc);
            }
        };
    }
}
