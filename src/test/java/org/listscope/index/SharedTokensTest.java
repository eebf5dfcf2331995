package org.listscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class SharedTokensTest {

    private static final String[] WORDS = {"Subpoena", "CALEA's", "the", "of", "U.S.C.", "§", "1001", "e-mail",
        "don't", "O'Reilly's", "wiretap", "Überwachung", "日本語", "x", "2007-05-01", "smb@cs.columbia.edu", "...", "\n> "};

    private static String randomText(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return sb.toString();
    }

    @Test
    void exactFieldsGiveTheTokensOfTheirOwnChainWhetherReplayedOrNot() throws IOException {
        Analyzer index = Analysis.analyzer();
        Analyzer plain = new Analysis.Exact();
        Random random = new Random(7);
        for (int doc = 0; doc < 300; doc++) {
            String subject = randomText(random, random.nextInt(8));
            String body = randomText(random, random.nextInt(400));
            // a document's order: subject, its exact twin, body, its exact twin, then other fields
            TokenTrace.of(index, Fields.SUBJECT, subject);
            assertEquals(TokenTrace.of(plain, Fields.SUBJECT_EXACT, subject), TokenTrace.of(index, Fields.SUBJECT_EXACT, subject));
            TokenTrace.of(index, Fields.BODY, body);
            assertEquals(TokenTrace.of(plain, Fields.BODY_EXACT, body), TokenTrace.of(index, Fields.BODY_EXACT, body));
            // a second exact field of the same text, a different text, a text never recorded
            assertEquals(TokenTrace.of(plain, Fields.BODY_EXACT, body), TokenTrace.of(index, Fields.BODY_EXACT, body));
            assertEquals(TokenTrace.of(new Analysis.Names(), Fields.FROM_NAME, subject), TokenTrace.of(index, Fields.FROM_NAME, subject));
            assertEquals(TokenTrace.of(plain, "other", subject), TokenTrace.of(index, "other", subject)); // the default: exact
            String prefix = body.substring(0, body.length() / 2);
            assertEquals(TokenTrace.of(plain, Fields.BODY_EXACT, prefix), TokenTrace.of(index, Fields.BODY_EXACT, prefix));
        }
    }

    @Test
    void aHugeTextIsReplayedAndItsBuffersLetGoAfterwards() throws IOException {
        Analyzer index = Analysis.analyzer();
        String huge = randomText(new Random(3), SharedTokens.KEPT_CHARS / 4);
        assertTrue(huge.length() > SharedTokens.KEPT_CHARS);
        for (String text : List.of(huge, "after the huge one", huge)) {
            TokenTrace.of(index, Fields.BODY, text);
            assertEquals(TokenTrace.of(new Analysis.Exact(), Fields.BODY_EXACT, text), TokenTrace.of(index, Fields.BODY_EXACT, text));
        }
    }

    @Test
    void theExactTwinOfARecordedTextIsReplayedNotTokenizedAgain() throws IOException {
        Analyzer index = Analysis.analyzer();
        String text = "lawful intercept under CALEA";
        TokenTrace.of(index, Fields.BODY, text);
        // replayed tokens carry the default type; the tokenizer would have typed them <ALPHANUM>
        assertEquals(List.of("word", "word", "word", "word"), types(index, Fields.BODY_EXACT, text));
        // once another text is recorded, this one is broken into words again
        TokenTrace.of(index, Fields.QUOTED, "data retention");
        assertEquals(List.of("<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>"), types(index, Fields.BODY_EXACT, text));
    }

    private static List<String> types(Analyzer a, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(field, text)) {
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(type.type());
            ts.end();
        }
        return out;
    }

    @Test
    void aRecordingNotReadToItsEndIsNotReplayed() throws IOException {
        Analyzer index = Analysis.analyzer();
        String text = "lawful intercept under CALEA";
        try (TokenStream ts = index.tokenStream(Fields.BODY, text)) {
            ts.reset();
            ts.incrementToken(); // a consumer that stops after the first word
        }
        assertEquals(TokenTrace.of(new Analysis.Exact(), Fields.BODY_EXACT, text), TokenTrace.of(index, Fields.BODY_EXACT, text));
    }

    @Test
    void onlyTheArticlesLAndDAreElidedAndTheExactTwinKeepsThem() throws IOException {
        Analyzer index = Analysis.analyzer();
        String text = "L'affaire d'Ixelles, c'punks";
        assertEquals(List.of("affair", "ixel", "c'punk"), words(TokenTrace.of(index, Fields.BODY, text)));
        assertEquals(List.of("l'affaire", "d'ixelles", "c'punks"), words(TokenTrace.of(index, Fields.BODY_EXACT, text)));
    }

    private static List<String> words(List<String> trace) {
        return trace.stream().filter(t -> !t.startsWith("end/")).map(t -> t.substring(0, t.indexOf('/'))).toList();
    }

    @Test
    void stemmedTermsDoNotChangeWithTheRecording() throws IOException {
        List<String> english = TokenTrace.of(new Analysis.English(), Fields.BODY, "The ISP's logs were subpoenaed; CALEA's rules");
        assertEquals(List.of("isp/4/9/2", "log/10/14/1", "were/15/19/1", "subpoena/20/30/1", "calea/32/39/1", "rule/40/45/1",
                "end/45/0"),
                english);
    }
}
