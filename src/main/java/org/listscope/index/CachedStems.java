package org.listscope.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Porter stems, remembered: a word's stem is computed once and then looked up. Mail repeats its
 * words (Zipf), so nearly every token is a hit, and a lookup costs a fraction of Porter's suffix
 * rules. The terms are exactly {@link PorterStemFilter}'s, which still stems every word the cache
 * has not seen; a hit is marked as a keyword so that the stemmer passes it through, and unmarked
 * after it. One cache belongs to one analysis chain, so to one thread; it is emptied when it
 * reaches {@link #MAX_WORDS}, which bounds its memory on text full of one-off tokens.
 */
final class CachedStems {

    /** Words remembered per chain (a mailing list's vocabulary is far smaller; noise is not). */
    static final int MAX_WORDS = 100_000;

    private final CharArrayMap<char[]> stems = new CharArrayMap<>(4096, false);
    private char[] missed = new char[16];
    private int missedLength = -1; // -1: the current token was not missed (a hit, or marked upstream)
    private boolean hit;

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
            missedLength = -1;
            hit = false;
            if (keyword.isKeyword()) return true;
            char[] stem = stems.get(term.buffer(), 0, term.length());
            if (stem != null) {
                term.copyBuffer(stem, 0, stem.length);
                keyword.setKeyword(true);
                hit = true;
            } else {
                if (missed.length < term.length()) missed = new char[term.length()];
                System.arraycopy(term.buffer(), 0, missed, 0, term.length());
                missedLength = term.length();
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
            } else if (missedLength >= 0) {
                if (stems.size() >= MAX_WORDS) stems.clear();
                stems.put(Arrays.copyOf(missed, missedLength), Arrays.copyOf(term.buffer(), term.length()));
            }
            return true;
        }
    }
}
