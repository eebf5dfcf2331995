package org.listscope.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Porter stems, remembered: a word's stem is computed once and then looked up. Mail repeats its
 * words (Zipf), so most tokens are hits, and a lookup costs a fraction of Porter's suffix rules.
 * The terms are exactly {@link PorterStemFilter}'s, which still stems every word the cache does not
 * hold; a hit is marked as a keyword so that the stemmer passes it through, and unmarked after it.
 * One cache belongs to one analysis chain, so to one thread. It is direct-mapped: {@link #SLOTS}
 * slots, a word's hash picks one, and a new word replaces the one there. Its memory is bounded, and
 * a lookup touches one slot (a general hash map of every word seen was hardly faster than Porter).
 */
final class CachedStems {

    /** Words remembered per chain, a power of two. */
    static final int SLOTS = 1 << 13;

    private final int[] hashes = new int[SLOTS];
    private final char[][] words = new char[SLOTS][];
    private final char[][] stems = new char[SLOTS][];
    /** The current token's slot; its word is in it, and its stem once the stemmer has run. */
    private int slot;
    private boolean hit;
    private boolean missed;

    private CachedStems() {
    }

    /** {@code in}, Porter-stemmed through a new cache. */
    static TokenStream of(TokenStream in) {
        CachedStems cache = new CachedStems();
        return cache.new Remember(new PorterStemFilter(cache.new Lookup(in)));
    }

    /** Replaces a word seen before by its stem and marks it, so the stemmer leaves it alone. */
    private final class Lookup extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Lookup(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            hit = false;
            missed = false;
            if (keyword.isKeyword()) return true;
            char[] buf = term.buffer();
            int length = term.length();
            int h = 0;
            for (int i = 0; i < length; i++) h = 31 * h + buf[i];
            slot = (h ^ (h >>> 15)) & (SLOTS - 1);
            char[] word = words[slot];
            char[] stem = stems[slot];
            if (stem != null && hashes[slot] == h && Arrays.equals(word, 0, word.length, buf, 0, length)) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
                hit = true;
            } else {
                // the word takes the slot now; its stem follows from the stemmer (Remember)
                words[slot] = Arrays.copyOf(buf, length);
                stems[slot] = null;
                hashes[slot] = h;
                missed = true;
            }
            return true;
        }
    }

    /** Learns the stem of a word the lookup missed; unmarks a hit. */
    private final class Remember extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Remember(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            if (hit) {
                keyword.setKeyword(false);
            } else if (missed) {
                stems[slot] = Arrays.copyOf(term.buffer(), term.length());
            }
            return true;
        }
    }
}
