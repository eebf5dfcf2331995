package org.listscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class CachedStemsTest {

    private static final String[] WORDS = {"subpoenaed", "subpoena", "subpoenas", "retention", "retained", "retaining",
        "the", "operators", "operating", "wiretapping", "wiretaps", "caleas", "running", "runs", "ran", "generalizations",
        "happily", "x", "a1b2", "über", "relational", "conditional", "hopefully", "agreed", "feed", "ponies"};

    /** Tokens as term/start/end/keyword, through {@code cached ? CachedStems : PorterStemFilter}. */
    private static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
        ts.reset();
        while (ts.incrementToken()) out.add(term + "/" + offset.startOffset() + "/" + offset.endOffset() + "/" + keyword.isKeyword());
        ts.end();
        ts.close();
        return out;
    }

    @Test
    void sameTermsAsPorterOnRepeatedAndNewWords() throws IOException {
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append(random.nextInt(10) == 0 ? "w" + random.nextInt(100_000) + "ing" : WORDS[random.nextInt(WORDS.length)]);
            sb.append(random.nextInt(7) == 0 ? ". " : " ");
        }
        String text = sb.toString();
        Tokenizer a = new StandardTokenizer();
        TokenStream porter = new PorterStemFilter(new LowerCaseFilter(a));
        Tokenizer b = new StandardTokenizer();
        TokenStream cached = CachedStems.of(new LowerCaseFilter(b));
        // twice through the same cached chain: the second pass is all hits
        for (int pass = 0; pass < 2; pass++) {
            a.setReader(new StringReader(text));
            b.setReader(new StringReader(text));
            List<String> expected = tokens(porter);
            List<String> actual = tokens(cached);
            assertEquals(5_000, expected.size());
            assertEquals(expected, actual, "pass " + pass);
        }
    }

    @Test
    void wordsThatShareASlotReplaceEachOtherAndStayCorrect() throws IOException {
        StringBuilder sb = new StringBuilder();
        int words = CachedStems.SLOTS * 4;
        for (int i = 0; i < words; i++) sb.append("w").append(i).append("ational relational ");
        String text = sb.toString();
        Tokenizer a = new StandardTokenizer();
        a.setReader(new StringReader(text));
        Tokenizer b = new StandardTokenizer();
        b.setReader(new StringReader(text));
        List<String> expected = tokens(new PorterStemFilter(new LowerCaseFilter(a)));
        List<String> actual = tokens(CachedStems.of(new LowerCaseFilter(b)));
        assertEquals(2 * words, expected.size());
        assertTrue(expected.get(1).startsWith("relat/"), expected.get(1));
        assertEquals(expected, actual);
    }
}
