package org.listscope.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Which fingerprints the index may hold ({@link Fields#PRINTS}): a Bloom filter of a fixed size
 * ({@link #BITS} bits, two per fingerprint in one 64-bit word), so that {@link CopySources} seeks in the index's
 * segments only the few fingerprints of a chunk that some document holds. It never leaves out a
 * fingerprint added to it, so it changes no answer, only the time taken: as the index grows it
 * lets more through (half the bits set: a quarter of the fingerprints no document holds), and its
 * memory stays the same. Safe for adding from several threads.
 */
final class PrintFilter {

    /** The filter's size in bits: 2^27, 16 MB. */
    static final int BITS = 1 << 27;

    private final AtomicLongArray words = new AtomicLongArray(BITS / Long.SIZE);

    /** An empty filter: of an empty index, or one built afresh. */
    PrintFilter() {
    }

    /** A filter of every fingerprint the reader's documents hold. */
    static PrintFilter of(IndexReader reader) throws IOException {
        PrintFilter f = new PrintFilter();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.PRINTS);
            if (terms == null) continue;
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) f.add(print(t));
        }
        return f;
    }

    /** Adds a fingerprint. */
    void add(long print) {
        long bits = bits(print);
        int w = word(print);
        if ((words.get(w) & bits) != bits) words.getAndAccumulate(w, bits, (a, b) -> a | b);
    }

    /** Whether the index may hold the fingerprint: false only where no document added holds it. */
    boolean mayHold(long print) {
        long bits = bits(print);
        return (words.get(word(print)) & bits) == bits;
    }

    /** The fingerprint of a {@link Fields#PRINTS} term ({@link MessageDocuments#printKey}). */
    static long print(BytesRef term) {
        long p = 0;
        for (int k = 0; k < Long.BYTES; k++) p = p << 8 | (term.bytes[term.offset + k] & 0xff);
        return p;
    }

    // fingerprints are well-mixed hashes: their low bits pick a word, their high bits its two bits
    // (both in one word: one memory read per look-up)
    private static int word(long print) {
        return (int) print & (BITS / Long.SIZE - 1);
    }

    private static long bits(long print) {
        return 1L << (print >>> 58) | 1L << (print >>> 52 & 63);
    }
}
