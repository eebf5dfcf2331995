package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

/** The query language: how its text becomes a query, checked by structure and by hits. */
class QueryLanguageTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    static final List<Message> MESSAGES = List.of(
            Msgs.message("<m1@x>", "Ann", "ann@example.org", "1993-04-16T00:00:00Z", "Clipper chip",
                    "The Clipper chip puts the keys in escrow.", null),
            Msgs.message("<m2@x>", "Bob", "bob@example.org", "1993-04-17T00:00:00Z", "Wiretaps",
                    "A wiretap needs a court order.", null),
            Msgs.message("<m3@x>", "Cy", "cy@example.org", "1993-04-18T00:00:00Z", "Key escrow",
                    "Escrow agents and the wiretap law.", null),
            Msgs.message("<m4@x>", "Di", "di@example.org", "1993-04-19T00:00:00Z", "Rights",
                    "The right to privacy is at stake.", null),
            Msgs.message("<m5@x>", "Ed", "ed@example.org", "2005-03-02T00:00:00Z", "[Twisted-Python] the reactor",
                    "Run the reactor once.", null),
            Msgs.message("<m6@x>", "Flo", "flo@example.org", "1993-04-20T00:00:00Z", "Boats",
                    "A clipper ship, not a chip.", null));

    static final QueryLanguage LANGUAGE = new QueryLanguage(Analysis.analyzer());

    @BeforeAll
    static void build() throws Exception {
        TestIndex.write(dir, MESSAGES);
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static int count(String q) throws Exception {
        return searcher.count(q);
    }

    @Test
    void aClauseOfOnlyStopWordsIsLeftOut() throws Exception {
        assertThat(count("reactor")).isEqualTo(1);
        assertThat(count("the reactor")).isEqualTo(1);
        assertThat(count("reactor the")).isEqualTo(1);
        assertThat(count("right to privacy")).isEqualTo(1);
        assertThat(count("clipper and escrow")).isEqualTo(count("clipper escrow")).isEqualTo(1); // lower-case "and" is a word, and a stop word
        assertThat(count("clipper AND NOT the")).isEqualTo(count("clipper")).isEqualTo(2);
        assertThat(count("subject:the reactor")).isEqualTo(1);
        assertThat(count("body:(the reactor)")).isEqualTo(1);
        assertThat(count("quoted:the OR reactor")).isEqualTo(1);
        assertThat(count("(the OR a) reactor")).isEqualTo(1);
        assertThat(count("\"the reactor\"")).isEqualTo(1); // a phrase searches the exact words, stop words too
    }

    @Test
    void aQueryOfOnlyStopWordsMatchesNothing() throws Exception {
        assertThat(count("the")).isZero();
        assertThat(count("the AND to")).isZero();
        assertThat(count("body:the")).isZero();
    }

    private static Query parse(String q) throws Exception {
        return LANGUAGE.parse(q);
    }

    private static Query all(Query... qs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : qs) b.add(q, Occur.MUST);
        return b.build();
    }

    private static Query any(Query... qs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : qs) b.add(q, Occur.SHOULD);
        return b.build();
    }

    /**
     * Two bare words ANDed, with the optional phrases that reward them for standing near each other
     * in the subject or the own text (words that stem to themselves).
     */
    private static Query allNear(String a, String b) throws Exception {
        return new BooleanQuery.Builder().add(parse(a), Occur.MUST).add(parse(b), Occur.MUST)
                .add(new PhraseQuery(QueryLanguage.NEAR, Fields.SUBJECT, a, b), Occur.SHOULD)
                .add(new PhraseQuery(QueryLanguage.NEAR, Fields.BODY, a, b), Occur.SHOULD).build();
    }

    private static Query allBut(Query q) {
        return new BooleanQuery.Builder().add(q, Occur.MUST_NOT).add(new MatchAllDocsQuery(), Occur.MUST).build();
    }

    @Test
    void orBindsTighterThanAnd() throws Exception {
        Query clipper = parse("clipper");
        Query escrow = parse("escrow");
        Query wiretap = parse("wiretap");
        assertThat(parse("clipper OR escrow wiretap")).isEqualTo(all(any(clipper, escrow), wiretap));
        assertThat(parse("clipper OR escrow AND wiretap")).isEqualTo(all(any(clipper, escrow), wiretap));
        assertThat(parse("clipper AND escrow OR wiretap")).isEqualTo(all(clipper, any(escrow, wiretap)));
        assertThat(parse("wiretap OR clipper AND escrow")).isEqualTo(all(any(wiretap, clipper), escrow));
        assertThat(parse("clipper OR escrow OR wiretap")).isEqualTo(any(clipper, escrow, wiretap));
        assertThat(parse("clipper OR escrow")).isEqualTo(any(clipper, escrow));
        assertThat(parse("clipper escrow")).isEqualTo(parse("clipper AND escrow")).isEqualTo(allNear("clipper", "escrow"));
        assertThat(parse("(clipper AND escrow) OR wiretap")).isEqualTo(any(all(clipper, escrow), wiretap));
    }

    @Test
    void modifiersApplyToTheClauseTheyPrecede() throws Exception {
        Query clipper = parse("clipper");
        Query escrow = parse("escrow");
        Query wiretap = parse("wiretap");
        assertThat(parse("-clipper")).isEqualTo(allBut(clipper));
        assertThat(parse("NOT clipper")).isEqualTo(allBut(clipper));
        assertThat(parse("escrow -clipper")).isEqualTo(new BooleanQuery.Builder()
                .add(escrow, Occur.MUST).add(clipper, Occur.MUST_NOT).build());
        assertThat(parse("escrow OR wiretap -clipper")).isEqualTo(new BooleanQuery.Builder()
                .add(any(escrow, wiretap), Occur.MUST).add(clipper, Occur.MUST_NOT).build());
        assertThat(parse("escrow OR NOT clipper")).isEqualTo(any(escrow, allBut(clipper)));
        assertThat(parse("+escrow OR +wiretap")).isEqualTo(any(escrow, wiretap));
    }

    @Test
    void anOrBeforeALeftOutClausePassesToTheNext() throws Exception {
        Query clipper = parse("clipper");
        Query wiretap = parse("wiretap");
        assertThat(parse("clipper OR the wiretap")).isEqualTo(any(clipper, wiretap));
        assertThat(parse("clipper the OR wiretap")).isEqualTo(any(clipper, wiretap));
        assertThat(parse("the OR clipper wiretap")).isEqualTo(allNear("clipper", "wiretap"));
        assertThat(parse("clipper OR (the AND to) wiretap")).isEqualTo(any(clipper, wiretap));
        assertThat(parse("(clipper OR the) wiretap")).isEqualTo(allNear("clipper", "wiretap"));
    }

    @Test
    void precedenceGivesTheHitsItPromises() throws Exception {
        // clipper: m1 m6; escrow: m1 m3; wiretap: m2 m3
        assertThat(count("clipper OR escrow wiretap")).isEqualTo(1); // m3; Lucene's parser: wiretap alone, 2
        assertThat(count("clipper AND escrow OR wiretap")).isEqualTo(1); // m1; Lucene's parser: clipper alone, 2
        assertThat(count("wiretap OR clipper AND escrow")).isEqualTo(2); // m1 m3; Lucene's parser: m1
        assertThat(count("clipper OR escrow")).isEqualTo(3);
        assertThat(count("clipper escrow")).isEqualTo(1);
        assertThat(count("clipper OR NOT escrow")).isEqualTo(5); // all but m3
        assertThat(count("-clipper")).isEqualTo(4);
    }

    /**
     * Random flat queries of words, stop words, AND, OR, and - against a scan of the messages that
     * applies the rule by hand: stop words are as if not typed, OR groups, groups AND together.
     */
    @Test
    void randomQueriesMatchABruteForceReading(@TempDir Path own) throws Exception {
        String[] words = {"clipper", "escrow", "wiretap", "privacy"};
        String[] stop = {"the", "to", "and", "or"};
        Random random = new Random(20050302);
        List<Message> messages = new ArrayList<>();
        List<Set<String>> holds = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Set<String> has = new HashSet<>();
            StringBuilder text = new StringBuilder("Note");
            for (String w : words) {
                if (random.nextInt(10) < 4) {
                    has.add(w);
                    text.append(' ').append(w);
                }
            }
            holds.add(has);
            messages.add(Msgs.message("<r" + i + "@x>", "R", "r@example.org", "1993-01-01T00:00:00Z", "note",
                    text + ".", null));
        }
        TestIndex.write(own, messages);
        try (Searcher s = Searcher.open(own)) {
            for (int n = 0; n < 400; n++) {
                StringBuilder q = new StringBuilder();
                // a clause: word, negated, stop; its conjunction with the one before
                List<String[]> clauses = new ArrayList<>();
                int size = 1 + random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    String conj = i == 0 ? "" : new String[] {" ", " AND ", " OR "}[random.nextInt(3)];
                    boolean isStop = random.nextInt(4) == 0;
                    String word = isStop ? stop[random.nextInt(stop.length)] : words[random.nextInt(words.length)];
                    String not = random.nextInt(6) == 0 ? "-" : "";
                    q.append(conj).append(not).append(word);
                    clauses.add(new String[] {conj.strip(), not, isStop ? null : word});
                }
                long expected = 0;
                for (Set<String> has : holds) {
                    if (matches(clauses, has)) expected++;
                }
                assertThat(s.count(q.toString())).as(q.toString()).isEqualTo(expected);
            }
        }
    }

    /** The rule by hand over one message's words; nothing matches when every clause is a stop word. */
    private static boolean matches(List<String[]> clauses, Set<String> has) {
        List<List<Boolean>> groups = new ArrayList<>();
        boolean carried = false;
        for (String[] c : clauses) {
            boolean or = c[0].equals("OR") || carried;
            carried = false;
            if (c[2] == null) {
                carried = or;
                continue;
            }
            boolean value = has.contains(c[2]) != c[1].equals("-");
            if (or && !groups.isEmpty()) {
                groups.get(groups.size() - 1).add(value);
            } else {
                groups.add(new ArrayList<>(List.of(value)));
            }
        }
        if (groups.isEmpty()) return false;
        return groups.stream().allMatch(g -> g.contains(true));
    }

    private static QuerySyntaxException error(String q) {
        return catchThrowableOfType(QuerySyntaxException.class, () -> LANGUAGE.parse(q));
    }

    @Test
    void aLongListOfIdsOrWordsIsOneQuery() throws Exception {
        // 3,000 ids, two of them the index's, as an evaluation asks for its gold messages
        StringBuilder ids = new StringBuilder("id:\"<m6@x>\"");
        for (int i = 0; i < 3_000; i++) ids.append(" OR id:\"<n").append(i).append("@x>\"");
        assertThat(count(ids + " OR id:\"<m5@x>\"")).isEqualTo(2);
        assertThat(count("clipper AND (" + ids + ")")).isEqualTo(1);
        // 3,000 bare words: 6,000 terms, each word searching subject and own text
        StringBuilder words = new StringBuilder("reactor");
        for (int i = 0; i < 3_000; i++) words.append(" OR nosuchword").append(i);
        assertThat(count(words.toString())).isEqualTo(1);
    }

    @Test
    void aQueryOfMoreTermsThanTheLimitIsRefusedAsSuch() {
        StringBuilder ids = new StringBuilder("id:a0");
        for (int i = 1; i <= QueryLanguage.MAX_CLAUSES; i++) ids.append(" OR id:a").append(i);
        assertThat(error(ids.toString())).hasMessageContaining("column 1: the query holds or expands to more than 65536 terms");
        // under the limit while parsed, over it once each bare word searches its two fields
        StringBuilder words = new StringBuilder("w0");
        for (int i = 1; i <= QueryLanguage.MAX_CLAUSES / 2 + 1; i++) words.append(" OR w").append(i);
        assertThat(catchThrowableOfType(QuerySyntaxException.class, () -> searcher.count(words.toString())))
                .hasMessageContaining("more than 65536 terms");
    }

    @Test
    void parenthesesNestedTooDeepAreRefusedWhereTheyGetTooDeep() throws Exception {
        int deepest = QueryLanguage.MAX_DEPTH;
        assertThat(count("(".repeat(deepest) + "clipper" + ")".repeat(deepest))).isEqualTo(2);
        QuerySyntaxException e = error("\"((\" AND " + "(".repeat(deepest + 1) + "clipper" + ")".repeat(deepest + 1));
        assertThat(e.column()).isEqualTo("\"((\" AND ".length() + deepest + 1);
        assertThat(e).hasMessageContaining("parentheses nested deeper than 1000");
        // far deeper than any stack would take
        assertThat(error("(".repeat(100_000) + "clipper")).hasMessageContaining("nested deeper");
    }

    @Test
    void aFieldErrorNamesTheColumnOfTheFieldThatIsWrong() {
        assertThat(error("date:2005 AND date:2005-13").column()).isEqualTo(15);
        assertThat(error("date:2005-13 AND date:2005").column()).isEqualTo(1);
        assertThat(error("year:2005 OR date:(2004 OR 2005-13)").column()).isEqualTo(14);
        assertThat(error("date:2005 date:[2005-13 TO *]").column()).isEqualTo(11);
        assertThat(error("nosuch:a AND nosuch:b").column()).isEqualTo(1);
        assertThat(error("cites:rfc2119 OR cites:\\.").column()).isEqualTo(18);
    }

    @Test
    void aParseErrorNamesTheColumnOfTheTokenThatIsWrong() {
        assertThat(error("calea )").column()).isEqualTo(7);
        assertThat(error("calea AND ^").column()).isEqualTo(11);
        assertThat(error("calea AND").column()).isEqualTo(10); // just past the end
    }

    @Test
    void aKeywordValueOutsideItsVocabularyIsAnErrorThatNamesTheNearValues() {
        QuerySyntaxException topic = error("clipper AND topic:Export");
        assertThat(topic.column()).isEqualTo(13);
        assertThat(topic.getMessage()).contains("no topic 'export'; did you mean export-control?")
                .contains("(topics: lawful-intercept, data-retention,");
        assertThat(error("citekind:statute").getMessage()).contains("no citation kind 'statute'")
                .doesNotContain("did you mean").contains("(citation kinds: usc, cfr,");
        assertThat(error("claim:prohibitions").getMessage()).contains("did you mean prohibition?");
        assertThat(error("has:quotes").getMessage()).contains("no has: value 'quotes'; did you mean quote?")
                .contains("(values: citation, claim, quote, forward, copy, date)");
        assertThat(error("topic:\"lawful intercept\"").getMessage()).contains("did you mean lawful-intercept?");
        assertThat(error("topic:encryption-export").getMessage()).contains("did you mean encryption or export-control?");
        // a word of a topic, as the annotator reads topics
        assertThat(error("topic:wiretap").getMessage()).contains("no topic 'wiretap'; did you mean lawful-intercept?");
        assertThat(error("topic:crypto").getMessage()).contains("did you mean encryption?");
        assertThat(error("topic:censorship").getMessage()).contains("did you mean free-speech?");
    }

    @Test
    void everyValueOfAVocabularyAndAnyListNameParse() throws Exception {
        for (String v : org.listscope.model.Annotation.TOPICS) assertThat(LANGUAGE.parse("topic:" + v)).isNotNull();
        for (String v : org.listscope.model.Citation.KINDS) assertThat(LANGUAGE.parse("citekind:" + v.toUpperCase())).isNotNull();
        for (String v : org.listscope.model.Claim.KINDS) assertThat(LANGUAGE.parse("claim:\"" + v + "\"")).isNotNull();
        for (String v : Fields.HAS_VALUES) assertThat(LANGUAGE.parse("has:" + v)).isNotNull();
        assertThat(LANGUAGE.parse("list:no-such-list")).isNotNull();
        assertThat(LANGUAGE.parse("topic:export*")).isNotNull();
    }

    @Test
    void aSpeakerPairsWithTheAnnotationClausesOfItsLevel() throws Exception {
        // a full name pairs as the person ({@link SpeakerQuery}), whose forms of the name the index decides
        String said = new SpeakerQuery("hal finney", "hal finney", Fields.CLAIM, "obligation").toString();
        assertThat(LANGUAGE.parse("speaker:\"Hal  Finney\" claim:obligation").toString()).contains(said);
        assertThat(LANGUAGE.parse("speaker:\"Hal Finney\" (clipper OR claim:obligation)").toString()).contains(said);
        assertThat(LANGUAGE.parse("speaker:\"Hal Finney\" -claim:obligation").toString()).contains("-" + said);
        // a pattern of the name stays a pattern, the annotation's value literal
        assertThat(LANGUAGE.parse("speaker:*finney citekind:usc").toString())
                .contains(Fields.SAID + ":*finney" + AnnotationTerms.said("", Fields.CITE_KIND, "usc"));
        // quoted and own citations alike: what the person said, wherever it stands
        assertThat(LANGUAGE.parse("speaker:\"Hal Finney\" quotedcites:rfc2119").toString())
                .contains(new SpeakerQuery("hal finney", "hal finney", Fields.CITES, "rfc2119").toString());
        // a name that is no full name (a handle, an address) pairs as itself
        assertThat(LANGUAGE.parse("speaker:hal@example.org claim:obligation").toString())
                .contains(Fields.SAID + ":" + AnnotationTerms.said("hal@example.org", Fields.CLAIM, "obligation"));
        // the bare words beside them keep their proximity bonus, and a level with a speaker of its own pairs with it
        assertThat(LANGUAGE.parse("speaker:\"Hal Finney\" privacy act claim:obligation").toString())
                .contains(said).contains(Fields.BODY + ":\"privaci act\"~" + QueryLanguage.NEAR);
        assertThat(LANGUAGE.parse("speaker:\"Tim May\" speaker:\"Ann Bee\" (speaker:\"Hal Finney\" claim:obligation)").toString())
                .contains(said);
        // no pairing: the annotation clause asks of the message
        for (String q : List.of("claim:obligation", "-speaker:\"Hal Finney\" claim:obligation",
                "speaker:\"Hal Finney\" OR claim:obligation", "speaker:\"Hal Finney\" speaker:\"Tim May\" claim:obligation",
                "speaker:\"Hal Finney\" has:quote")) {
            assertThat(LANGUAGE.parse(q).toString()).as(q).doesNotContain(Fields.SAID + ":").doesNotContain(" said ");
        }
    }

    @Test
    void anErrorIsOneLineWhateverTheQueryHolds() {
        QuerySyntaxException e = error("clipper AND\n(escrow");
        assertThat(e.getMessage()).doesNotContain("\n").endsWith("(in: clipper AND (escrow)");
        QuerySyntaxException f = error("clipper\r\nAND nosuch:x");
        assertThat(f.getMessage()).doesNotContain("\n").doesNotContain("\r").contains("unknown field 'nosuch'");
        assertThat(f.column()).isEqualTo(14);
    }
}
