package org.listscope.index;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The index's analyzers. One {@link #analyzer()} object is shared by the writer and the query
 * parser, so both see the same terms.
 *
 * <ul>
 *   <li>English ({@link Fields#SUBJECT}, {@link Fields#BODY}, {@link Fields#QUOTED}): Unicode word
 *       breaks, lower case, the elided articles {@code l'} and {@code d'} dropped ({@code ixelles}
 *       finds "d'Ixelles", {@code amato} "D'Amato"), possessive {@code 's} dropped, English stop
 *       words dropped, Porter stems (remembered per word, {@link CachedStems}); {@code subpoenaed}
 *       finds {@code subpoena}.</li>
 *   <li>Exact (every other text field, and the default): Unicode word breaks, lower case and
 *       possessive {@code 's} dropped (not a contraction's: {@code it's}), so that a quoted phrase
 *       finds exactly those words in that order,
 *       also where the last is a possessive ({@code "fourth amendment"} in "the Fourth Amendment's
 *       promise").</li>
 *   <li>Names ({@link Fields#FROM_NAME}): as exact, with accents folded ({@code herve} finds
 *       "Hervé").</li>
 * </ul>
 * The two share their first steps: the exact field of a text that the English chain has just
 * analysed replays the words it found rather than finding them again ({@link SharedTokens}).
 * Keyword fields are indexed as single terms and never analyzed.
 */
public final class Analysis {

    /** The English fields whose exact twin is analysed right after them, and replays their words. */
    private static final Set<String> WITH_EXACT_TWIN = Set.of(Fields.SUBJECT, Fields.BODY);

    /**
     * The articles elided before a word that begins with a vowel, in French, Italian and Catalan
     * names and phrases. Only these two: Lucene's French list also holds {@code c'}, {@code j'},
     * {@code m'}, {@code n'}, {@code s'} and {@code t'}, which would turn this data's "c'punks"
     * into "punks" and "t'other" into "other".
     */
    private static final CharArraySet ELIDED = new CharArraySet(List.of("l", "d"), true);

    private Analysis() {
    }

    /** The per-field analyzer of the index. */
    public static Analyzer analyzer() {
        SharedTokens shared = new SharedTokens();
        Analyzer english = new English(shared);
        return new PerFieldAnalyzerWrapper(new Exact(shared),
                Map.of(Fields.SUBJECT, english, Fields.BODY, english, Fields.QUOTED, english, Fields.FROM_NAME, new Names()));
    }

    /** Words, lower case, no stop words, Porter stems. */
    static final class English extends Sharing {
        English() {
            this(new SharedTokens());
        }

        English(SharedTokens shared) {
            super(shared);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return shared.recordText(reader, WITH_EXACT_TWIN.contains(fieldName));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            // lower case before the possessive filter (which drops 's and 'S alike), so that the
            // words recorded for the exact field are that field's own
            TokenStream result = shared.record(new LowerCaseFilter(source));
            result = new ElisionFilter(result, ELIDED);
            result = new EnglishPossessiveFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = CachedStems.of(result);
            return new TokenStreamComponents(source, result);
        }
    }

    /** Words, lower case, possessive {@code 's} dropped ({@link Possessives}): no stop word dropped, nothing stemmed. */
    static final class Exact extends Sharing {
        Exact() {
            this(new SharedTokens());
        }

        Exact(SharedTokens shared) {
            super(shared);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return shared.replayText(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            // a possessive is its word: "Fourth Amendment's" holds the phrase "fourth amendment"
            return new TokenStreamComponents(source, new Possessives(shared.replay(new LowerCaseFilter(source))));
        }
    }

    /**
     * Person names: words and lower case, as exact, with accents folded, so that {@code from:herve}
     * finds "Thomas Hervé" and {@code from:Hervé} finds "Thomas Herve", as people type names.
     */
    static final class Names extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, normalize(fieldName, source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /** What both analyzers have: the words they share, and lower case for wildcard and fuzzy terms. */
    private abstract static class Sharing extends Analyzer {
        final SharedTokens shared;

        Sharing(SharedTokens shared) {
            this.shared = shared;
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
