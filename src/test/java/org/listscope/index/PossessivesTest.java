package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.listscope.index.solr.SolrConfigset;

class PossessivesTest {

    private static final Analyzer ONE_WORD = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new Possessives(source));
        }
    };

    private static String filtered(String word) throws IOException {
        try (TokenStream ts = ONE_WORD.tokenStream("f", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            ts.incrementToken();
            String out = term.toString();
            ts.end();
            return out;
        }
    }

    /** The pattern the Solr configset's {@code exact} type drops a possessive by, read from its schema.xml. */
    private static final Pattern POSSESSIVE = possessivePattern();

    private static Pattern possessivePattern() {
        Matcher m = Pattern.compile("PatternReplaceFilterFactory[^>]*pattern=\"([^\"]+)\"").matcher(SolrConfigset.text("schema.xml"));
        assertThat(m.find()).as("the exact type's pattern in schema.xml").isTrue();
        return Pattern.compile(m.group(1));
    }

    private static String byPattern(String word) {
        Matcher m = POSSESSIVE.matcher(word);
        return m.matches() ? m.group(1) : word;
    }

    @Test
    void dropsAPossessiveNotAContraction() throws IOException {
        assertThat(filtered("amendment's")).isEqualTo("amendment");
        assertThat(filtered("denning\u2019s")).isEqualTo("denning");
        assertThat(filtered("it's")).isEqualTo("it's");
        assertThat(filtered("let\u2019s")).isEqualTo("let\u2019s");
        assertThat(filtered("'s")).isEqualTo("'s");
        assertThat(filtered("its")).isEqualTo("its");
    }

    @Test
    void agreesWithThePatternTheSolrConfigsetNames() throws IOException {
        String[] parts = {"it", "that", "let", "he", "she", "who", "whos", "a", "x", "denning", "'", "\u2019", "\uFF07", "s", "S", "'s", ""};
        Random random = new Random(20261202);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--) w.append(parts[random.nextInt(parts.length)]);
            if (!w.isEmpty()) words.add(w.toString());
        }
        for (String w : words) assertThat(filtered(w)).as(w).isEqualTo(byPattern(w));
    }
}
