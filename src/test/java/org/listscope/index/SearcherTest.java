package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;
import org.listscope.model.TopicEvidence;

class SearcherTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    static final Message ROOT = Msgs.message("<root@example.net>", "Steven M. Bellovin", "smb@cs.columbia.edu",
            "2007-05-11T21:05:20Z", "ISP CALEA compliance",
            "What doesn't exist can't be subpoenaed. CALEA requires wiretap capability; see 47 U.S.C. § 1001.", null);
    static final Message REPLY = Msgs.message("<reply@example.net>", "Jane Agent", "jane@fbi.gov",
            "2007-05-12T08:00:00Z", "Re: ISP CALEA compliance",
            "We disagree. Providers must retain records.", "What doesn't exist can't be subpoenaed. zanzibar")
            .withThread("<root@example.net>", "<root@example.net>", null);
    static final Message OTHER = Msgs.message("<other@example.org>", null, "glyph@divunal.com",
            "2005-03-02T10:00:00Z", "[Twisted-Python] deferred question",
            "Deferreds chain callbacks. Per RFC 2119 you MUST read the docs.", null);
    static final Message UNDATED = Msgs.message("h:0123456789abcdef", "Anon", null, null, "no date here",
            "A message without any date about data retention.", null);

    @BeforeAll
    static void build() throws Exception {
        Message root = Msgs.annotated(ROOT,
                Msgs.cite(ROOT, "47 U.S.C. § 1001", "usc", "47 U.S.C. § 1001", "lawful-intercept"),
                Msgs.claim(ROOT, "CALEA requires wiretap capability", "obligation", "lawful-intercept"));
        Message reply = Msgs.annotated(REPLY,
                Msgs.claim(REPLY, "Providers must retain records", "obligation", "data-retention"),
                // a claim inside the quote is not the replier's own: its speaker is the quoted author
                quoted(Msgs.claim(REPLY, "can't be subpoenaed", "legal-fact", "legal-process"), "Steven M. Bellovin"));
        Message other = Msgs.annotated(OTHER, Msgs.cite(OTHER, "RFC 2119", "rfc", "RFC 2119"));
        // a message's own topics (from its sentences about policy) without an annotation that carries them
        Message undated = UNDATED.withAnnotations(List.of(),
                List.of(new TopicEvidence("privacy", 0, UNDATED.body().length())));
        TestIndex.write(dir, List.of(root, reply, other, undated));
        searcher = Searcher.open(dir);
    }

    /** The claim as said by {@code speaker}. */
    private static Claim quoted(Claim c, String speaker) {
        return new Claim(c.kind(), c.start(), c.end(), c.text(), c.topics(), c.confidence(), c.evidence(), c.hedged(), c.inQuote(),
                speaker);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static int count(String q) throws Exception {
        return searcher.count(q);
    }

    @Test
    void bareWordsSearchSubjectAndOwnTextNotQuotes() throws Exception {
        assertThat(count("zanzibar")).isZero();
        assertThat(count("quoted:zanzibar")).isEqualTo(1);
        assertThat(count("subpoenaed")).isEqualTo(1); // the root's own text; the reply only quotes it
        assertThat(count("quoted:subpoenaed")).isEqualTo(1);
        assertThat(count("deferred")).isEqualTo(1); // subject
        assertThat(count("body:deferred")).isEqualTo(1); // own text "Deferreds", stemmed
        assertThat(count("subject:calea")).isEqualTo(2);
    }

    @Test
    void stemsUnquotedWordsButNotPhrases() throws Exception {
        assertThat(count("subpoena")).isEqualTo(1);
        assertThat(count("\"subpoena\"")).isZero();
        assertThat(count("\"can't be subpoenaed\"")).isEqualTo(1);
        assertThat(count("\"be can't subpoenaed\"")).isZero();
        assertThat(count("\"exist subpoenaed\"~3")).isEqualTo(1);
        assertThat(count("retain AND records")).isEqualTo(1);
        assertThat(count("calea AND NOT retain")).isEqualTo(1);
        assertThat(count("wire*")).isEqualTo(1);
    }

    @Test
    void aQuotedAddressIsTheAddressNotWordsOfOtherAuthors(@TempDir Path own) throws Exception {
        // cypherpunks 1993: "pleiku!kelly@netcom.com" and a name holding the address are other senders
        Message kelly = Msgs.message("<k1@netcom.com>", "Kelly Goen", "kelly@netcom.com", "1993-05-01T00:00:00Z",
                "clipper", "Stop the chip.", null);
        Message relayed = Msgs.message("<k2@netcom.com>", "Stop the Big Brother CHip", "pleiku!kelly@netcom.com",
                "1993-05-02T00:00:00Z", "clipper", "Stop it.", null);
        Message named = Msgs.message("<k3@sytex.com>", "FMF Mailer fergp@sytex.com kelly@netcom.com", null,
                "1993-05-03T00:00:00Z", "clipper", "Relayed.", null);
        TestIndex.write(own, List.of(kelly, relayed, named));
        try (Searcher s = Searcher.open(own)) {
            assertThat(s.count("from:\"kelly@netcom.com\"")).isEqualTo(1);
            assertThat(s.count("from:kelly@netcom.com")).isEqualTo(1);
            assertThat(s.count("from:\"pleiku!kelly@netcom.com\"")).isEqualTo(1);
            assertThat(s.count("from:\"netcom.com\"")).isEqualTo(s.count("from:netcom.com"));
            assertThat(s.count("from:\"kelly netcom.com\"~1")).isEqualTo(3); // name words with slop stay a phrase
        }
    }

    @Test
    void namesMatchWithOrWithoutAccents(@TempDir Path dir) throws Exception {
        Message accented = Msgs.message("<h1@x>", "Thomas Hervé", "therve@free.fr", "2008-01-01T00:00:00Z", "a", "own words", null);
        Message plain = Msgs.message("<h2@x>", "Thomas Herve", "therve@example.org", "2008-01-02T00:00:00Z", "b", "own words", null);
        Message other = Msgs.message("<h3@x>", "Thomas Hervey", "th@example.org", "2008-01-03T00:00:00Z", "c", "own words", null);
        TestIndex.write(dir, List.of(accented, plain, other));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("from:herve")).isEqualTo(2);
            assertThat(s.count("from:Hervé")).isEqualTo(2);
            assertThat(s.count("from:\"thomas herve\"")).isEqualTo(2);
            assertThat(s.count("from:HERVÉ*")).as("a wildcard folds too").isEqualTo(3);
            assertThat(s.count("from:hervey")).isEqualTo(1);
        }
    }

    @Test
    void aWordAfterAnElidedArticleIsFoundAloneAndTheExactPhraseKeepsTheArticle(@TempDir Path dir) throws Exception {
        Message elided = Msgs.message("<e1@x>", "Ann", "ann@example.be", "2008-01-01T00:00:00Z", "rendez-vous",
                "The meeting is at the Maison communale d'Ixelles, as Senator D'Amato's staff asked.", null);
        Message other = Msgs.message("<e2@x>", "Bob", "bob@example.org", "2008-01-02T00:00:00Z", "c'punks",
                "The c'punks list and t'other one.", null);
        TestIndex.write(dir, List.of(elided, other));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("ixelles")).isEqualTo(1);
            assertThat(s.count("amato")).isEqualTo(1);
            assertThat(s.count("D'Amato")).isEqualTo(1);
            assertThat(s.count("\"communale d'ixelles\"")).as("a phrase is exact").isEqualTo(1);
            assertThat(s.count("\"communale ixelles\"")).isZero();
            assertThat(s.count("punks")).as("c' is no article here").isZero();
            assertThat(s.count("c'punks")).isEqualTo(1);
        }
    }

    @Test
    void aKeyInAngleBracketsIsThatPersonWhateverTheName() throws Exception {
        assertThat(count("from:\"Steven M. Bellovin <smb@cs.columbia.edu>\"")).isEqualTo(1);
        assertThat(count("from:\"Steve <SMB@cs.columbia.edu>\"")).isEqualTo(1);
        assertThat(count("from:<smb@cs.columbia.edu>")).isEqualTo(1);
        assertThat(count("from:\"Anon <name:anon>\"")).isEqualTo(1);
        assertThat(count("from:\"Steven M. Bellovin <jane@fbi.gov>\"")).isEqualTo(1); // Jane's
        assertThat(count("from:\"Steven M. Bellovin <nobody@nowhere.example>\"")).isZero();
        assertThat(count("from:\"<name:nobody at all>\"")).isZero();
    }

    @Test
    void aPastedFromHeaderWhoseAddressIsNoKeyFindsThatAddress(@TempDir Path dir) throws Exception {
        Message home = Msgs.message("<t1@x>", "Timothy C. May", "tcmay@netcom.com", "1994-01-01T00:00:00Z", "a", "own words", null);
        Message work = Msgs.message("<t2@x>", "Tim May", "tcmay@localhost.netcom.com", "1993-01-01T00:00:00Z", "b", "own words", null);
        work = work.withFrom(work.from().withKey("tcmay@netcom.com")); // one person, keyed by the other address
        TestIndex.write(dir, List.of(home, work));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("from:\"Timothy C. May <tcmay@netcom.com>\"")).as("the person's key: both").isEqualTo(2);
            assertThat(s.count("from:\"Tim May <tcmay@localhost.netcom.com>\"")).as("no such key: the address").isEqualTo(1);
            assertThat(s.count("from:\"Tim May <TCMay@localhost.netcom.com>\"")).isEqualTo(1);
        }
    }

    @Test
    void aFullNameFindsThePeopleOfThatNameWithAllTheirMessages(@TempDir Path dir) throws Exception {
        Message signed = Msgs.message("<f1@x>", "Hal Finney", "hfinney@shell.portal.com", "1994-01-01T00:00:00Z", "a", "own words", null);
        Message bare = Msgs.message("<f2@x>", "Hal", "hfinney@shell.portal.com", "1994-01-02T00:00:00Z", "b", "own words", null);
        Message may = Msgs.message("<f3@x>", "Timothy C. May", "tcmay@netcom.com", "1994-01-03T00:00:00Z", "c", "own words", null);
        Message bill = Msgs.message("<f4@x>", "William Stewart", "wcs@att.com", "1994-01-04T00:00:00Z", "d", "own words", null);
        Message other = Msgs.message("<f5@x>", "Hal Fenney", "hal@example.org", "1994-01-05T00:00:00Z", "e", "own words", null);
        TestIndex.write(dir, List.of(signed, bare, may, bill, other));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("from:\"Hal Finney\"")).as("the person, also where signed Hal").isEqualTo(2);
            assertThat(s.count("from:\"Finney, Hal\"")).isEqualTo(2);
            assertThat(s.count("from:\"Tim May\"")).as("a short form, no middle initial").isEqualTo(1);
            assertThat(s.count("from:\"Timothy May\"")).isEqualTo(1);
            assertThat(s.count("from:\"Bill Stewart\"")).as("a familiar form").isEqualTo(1);
            assertThat(s.count("from:\"Tom May\"")).isZero();
            assertThat(s.count("from:Hal")).as("one word: name words only").isEqualTo(3);
            assertThat(s.count("from:\"Hal Finney\" AND from:hal")).isEqualTo(2);
        }
    }

    @Test
    void fromTakesAddressDomainOrName() throws Exception {
        assertThat(count("from:smb@cs.columbia.edu")).isEqualTo(1);
        assertThat(count("from:SMB@CS.Columbia.EDU")).isEqualTo(1);
        assertThat(count("from:columbia.edu")).isEqualTo(1);
        assertThat(count("from:fbi.gov")).isEqualTo(1);
        assertThat(count("from:bellovin")).isEqualTo(1);
        assertThat(count("from:\"Steven M. Bellovin\"")).isEqualTo(1);
        assertThat(count("from:glyph")).isEqualTo(1);
        assertThat(count("calea -from:fbi.gov")).isEqualTo(1);
        assertThat(count("-from:fbi.gov")).isEqualTo(3); // a pure negation means "all but"
    }

    @Test
    void onlyAQueryThatMatchesEverythingIsKeptFromTheInputMarkers() throws Exception {
        assertThat(StoredMessages.matchesAll(searcher.parse("-from:fbi.gov"))).isTrue();
        assertThat(StoredMessages.matchesAll(searcher.parse("calea -from:fbi.gov"))).isFalse();
        assertThat(StoredMessages.matchesAll(searcher.parse("date:2007 OR \"key escrow\""))).isFalse();
        assertThat(count("NOT calea")).isEqualTo(count("-calea")).isEqualTo(2);
    }

    @Test
    void datesByYearMonthDayAndRange() throws Exception {
        assertThat(count("date:2007")).isEqualTo(2);
        assertThat(count("year:2007")).isEqualTo(2);
        assertThat(count("date:2007-05")).isEqualTo(2);
        assertThat(count("date:2007-05-12")).isEqualTo(1);
        assertThat(count("date:[2005-01-01 TO 2007-05-11]")).isEqualTo(2);
        assertThat(count("date:{2005-03-02 TO 2007-05-12}")).isEqualTo(1);
        assertThat(count("date:[2006 TO *]")).isEqualTo(2);
        assertThat(count("date:2006")).isZero();
        assertThat(count("has:date")).isEqualTo(3);
    }

    /** Comparisons and two-dot ranges, as other search tools write them: each end is the whole span it names. */
    @Test
    void datesByComparisonAndTwoDotRange() throws Exception {
        assertThat(count("date:2005..2007")).isEqualTo(3);
        assertThat(count("date:2005-03-03..2007-05-11")).isEqualTo(1);
        assertThat(count("date:2007-05-12..*")).isEqualTo(1);
        assertThat(count("date:*..2006")).isEqualTo(1);
        assertThat(count("date:>2007-05-11")).isEqualTo(1);
        assertThat(count("date:>=2007-05-11")).isEqualTo(2);
        assertThat(count("date:>2007")).isZero();
        assertThat(count("year:>2005")).isEqualTo(2);
        assertThat(count("date:<2007")).isEqualTo(1);
        assertThat(count("date:<=2007-05-11")).isEqualTo(2);
        assertThat(count("date:<2005-03-02")).isZero();
        assertThat(count("calea date:>=2007-05-12")).isEqualTo(1);
        assertThatThrownBy(() -> count("date:>2007-13")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> count("date:2007..soon")).hasMessageContaining("'soon' is not a date");
    }

    @Test
    void citationsClaimsTopicsFromOwnTextOnly() throws Exception {
        assertThat(count("cites:\"47 U.S.C. § 1001\"")).isEqualTo(1);
        assertThat(count("cites:47usc1001")).isEqualTo(1);
        assertThat(count("cites:rfc2119")).isEqualTo(1);
        assertThat(count("cites:\"RFC 2119\"")).isEqualTo(1);
        assertThat(count("cites:rfc*")).isEqualTo(1);
        assertThat(count("citekind:usc")).isEqualTo(1);
        assertThat(count("citekind:USC")).isEqualTo(1);
        assertThat(count("claim:obligation")).isEqualTo(2);
        assertThat(count("claim:legal-fact")).isZero(); // only inside a quote
        assertThat(count("topic:data-retention")).isEqualTo(1);
        assertThat(count("topic:legal-process")).isZero();
        assertThat(count("topic:privacy")).isEqualTo(1); // the message's own topics, not an annotation's
        assertThat(count("has:citation")).isEqualTo(2);
        assertThat(count("has:claim")).isEqualTo(2);
        assertThat(count("has:quote")).isEqualTo(1);
    }

    /** A message of {@code author} whose own text {@code body} cites {@code span}, normalized as the annotator would. */
    private static Message citing(String id, String author, String body, String span, String kind, String normalized) {
        Message m = Msgs.message(id, author, author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.net",
                "1994-03-01T00:00:00Z", "citations", body, null);
        return Msgs.annotated(m, Msgs.cite(m, span, kind, normalized));
    }

    /** Annotations of each occurrence of {@code span} in the message's body: a citation and an obligation claim, both of lawful intercept. */
    private static List<org.listscope.model.Annotation> everyOccurrence(Message m, String span) {
        List<org.listscope.model.Annotation> out = new java.util.ArrayList<>();
        for (int at = m.body().indexOf(span); at >= 0; at = m.body().indexOf(span, at + 1)) {
            int start = at;
            boolean inQuote = m.segments().stream().anyMatch(s -> s.kind() == org.listscope.model.SegmentKind.QUOTE && s.contains(start));
            out.add(new org.listscope.model.Citation("usc", at, at + span.length(), span, "18 U.S.C. § 2511", null, null,
                    List.of("lawful-intercept"), 0.9, List.of("test"), inQuote, m.from().name()));
            out.add(new Claim("obligation", at, at + span.length(), span, List.of("lawful-intercept"), 0.8, List.of("test"), false,
                    inQuote, m.from().name()));
        }
        return out;
    }

    @Test
    void aTitleOfAnActIsFoundAsWrittenAndAsTheAct(@TempDir Path dir) throws Exception {
        String span = "Title II of the Communications Act";
        try (Searcher s = over(dir, citing("<t2@example.net>", "Net Neutral", "Reclassify broadband under " + span + " now.", span, "act",
                "Communications Act of 1934 Title II"))) {
            for (String q : List.of("cites:\"Title II of the Communications Act\"", "cites:\"Title 2 of the Communications Act of 1934\"",
                    "cites:\"Communications Act Title II\"", "cites:\"Communications Act\"", "cites:\"Communications Act of 1934\"")) {
                assertThat(s.count(q)).as(q).isEqualTo(1);
            }
            assertThat(s.count("cites:\"Title III of the Communications Act\"")).isZero();
        }
    }

    @Test
    void annotationClausesRankAMessageByHowOftenItsOwnTextCarriesTheValue(@TempDir Path dir) throws Exception {
        String law = "18 USC 2511";
        Message once = Msgs.message("<once@example.net>", "A", "a@example.net", "1994-03-01T00:00:00Z", "s", "Under " + law + " it is so.", null);
        Message quoted = Msgs.message("<quoted@example.net>", "B", "b@example.net", "1994-03-02T00:00:00Z", "s",
                "As " + law + " says.", law + " twice: " + law + ".");
        Message thrice = Msgs.message("<thrice@example.net>", "C", "c@example.net", "1994-03-03T00:00:00Z", "s",
                law + " and " + law + " and again " + law + ".", null);
        Message other = Msgs.message("<other@example.net>", "D", "d@example.net", "1994-03-04T00:00:00Z", "s", "Nothing cited.", null);
        List<Message> all = new java.util.ArrayList<>();
        for (Message m : List.of(once, quoted, thrice)) {
            all.add(Msgs.annotated(m, everyOccurrence(m, law).toArray(new org.listscope.model.Annotation[0])));
        }
        all.add(other);
        try (Searcher s = over(dir, all.toArray(new Message[0]))) {
            for (String q : List.of("cites:\"" + law + "\"", "citekind:usc", "claim:obligation", "topic:lawful-intercept")) {
                SearchResult r = s.search(new SearchRequest(q, 10, SearchRequest.Order.RELEVANCE, false, 0));
                assertThat(r.hits()).as(q).hasSize(3);
                // three own annotations first; the quote's two count for nothing, so the other two tie
                assertThat(r.hits().get(0).id()).as(q).isEqualTo("<thrice@example.net>");
                assertThat(r.hits().get(0).score()).as(q).isGreaterThan(r.hits().get(1).score());
                assertThat(r.hits().get(1).score()).as(q).isEqualTo(r.hits().get(2).score());
            }
            assertThat(s.count("has:citation")).isEqualTo(3);
            assertThat(s.search(new SearchRequest("topic:lawful-intercept", 0, SearchRequest.Order.RELEVANCE, false, 10)).facets()
                    .get("topic")).containsExactly(java.util.Map.entry("lawful-intercept", 3L));
        }
    }

    /** A searcher over an index of {@code messages} written to {@code dir}. */
    private static Searcher over(Path dir, Message... messages) throws Exception {
        TestIndex.write(dir, List.of(messages));
        return Searcher.open(dir);
    }

    /**
     * A citation asked for as a reader would write it is read as the annotator reads a message:
     * an act's initials, another spelling or its year give the act's name, and an act cited with its
     * year is found without it, as a bill is without its Congress.
     */
    @Test
    void aCitationIsFoundAsTheAnnotatorNamesIt(@TempDir Path own) throws Exception {
        try (Searcher s = over(own,
                citing("<e@example.net>", "Mike Godwin", "This corrects a drafting error in ECPA.", "ECPA", "act",
                        "Electronic Communications Privacy Act"),
                citing("<p@example.net>", "Ann", "The Privacy Protection Act of 1980 covered the games.",
                        "Privacy Protection Act of 1980", "act", "Privacy Protection Act of 1980"),
                citing("<a@example.net>", "Bob", "Under the Privacy Act agencies must disclose.", "Privacy Act", "act",
                        "Privacy Act of 1974"))) {
            assertThat(s.count("cites:\"Electronic Communications Privacy Act\"")).isEqualTo(1);
            assertThat(s.count("cites:ECPA")).isEqualTo(1);
            assertThat(s.count("cites:\"Electronic Communications Privacy Act of 1986\"")).isEqualTo(1);
            assertThat(s.count("speaker:\"Mike Godwin\" cites:ECPA")).isEqualTo(1);
            assertThat(s.count("cites:\"Privacy Protection Act of 1980\"")).isEqualTo(1);
            assertThat(s.count("cites:\"Privacy Protection Act\"")).isEqualTo(1);
            assertThat(s.count("cites:\"Privacy Act\"")).isEqualTo(1); // the Privacy Act of 1974, not the PPA
            assertThat(s.count("cites:\"Privacy Act of 1974\"")).isEqualTo(1);
            assertThat(s.count("cites:FOIA")).isZero();
            assertThat(s.count("cites:privacy*")).isEqualTo(2);
        }
    }

    /**
     * The cites facet counts the laws, cases, rules and RFCs of the matches' own text, a section
     * without its subsections, and no links.
     */
    @Test
    void theCitesFacetCountsWhatTheMatchesCite(@TempDir Path own) throws Exception {
        try (Searcher s = over(own,
                citing("<u1@example.net>", "Ann", "See 18 USC 2511(4)(b).", "18 USC 2511(4)(b)", "usc", "18 U.S.C. § 2511(4)(b)"),
                citing("<u2@example.net>", "Bob", "See 18 USC 2511(2).", "18 USC 2511(2)", "usc", "18 U.S.C. § 2511(2)"),
                citing("<u3@example.net>", "Cy", "See http://www.eff.org/ now.", "http://www.eff.org/", "url", "http://www.eff.org/"))) {
            SearchResult r = s.search(SearchRequest.of("see"));
            assertThat(r.facets().get("cites")).containsOnly(java.util.Map.entry("18 U.S.C. § 2511", 2L));
        }
    }

    /** A site is found by its host or a domain above it, a URL without its scheme. */
    @Test
    void aUrlIsFoundByItsSite(@TempDir Path own) throws Exception {
        try (Searcher s = over(own, citing("<f@example.net>", "Ann", "Get it from ftp://ftp.eff.org/pub/EFF/ today.",
                "ftp://ftp.eff.org/pub/EFF/", "url", "ftp://ftp.eff.org/pub/EFF/"))) {
            assertThat(s.count("cites:eff.org")).isEqualTo(1);
            assertThat(s.count("cites:ftp.eff.org")).isEqualTo(1);
            assertThat(s.count("cites:\"ftp.eff.org/pub/EFF/\"")).isEqualTo(1);
            assertThat(s.count("cites:\"ftp://ftp.eff.org/pub/EFF/\"")).isEqualTo(1);
            assertThat(s.count("cites:org")).isZero();
            assertThat(s.count("cites:www.eff.org")).isZero();
        }
    }

    /** A case is found by its name or its report alone, and the United States by name or initials. */
    @Test
    void aCaseIsFoundByItsNameOrItsReport(@TempDir Path own) throws Exception {
        try (Searcher s = over(own,
                citing("<k1@example.net>", "Ann", "Katz v. United States, 389 U.S. 347 (1967), set the test.",
                        "Katz v. United States, 389 U.S. 347 (1967)", "case", "Katz v. United States, 389 U.S. 347 (1967)"),
                citing("<k2@example.net>", "Bob", "Remember Katz v. U.S. on phone booths.", "Katz v. U.S.", "case", "Katz v. U.S."))) {
            assertThat(s.count("cites:\"Katz v. United States\"")).isEqualTo(2);
            assertThat(s.count("cites:\"Katz v. U.S.\"")).isEqualTo(2);
            assertThat(s.count("cites:\"Katz vs US\"")).isEqualTo(2);
            assertThat(s.count("cites:\"389 U.S. 347\"")).isEqualTo(1);
            assertThat(s.count("cites:\"Katz v. United States, 389 U.S. 347 (1967)\"")).isEqualTo(1);
            assertThat(s.count("cites:\"Katz v. Maryland\"")).isZero();
        }
    }

    /**
     * Asking for a section finds its subsections, and for a part of the C.F.R. its sections; asking
     * for an act finds its sections where the annotator knows its place in the Code, and a range of
     * sections each of them.
     */
    @Test
    void aSectionOrPartFindsWhatItHolds(@TempDir Path own) throws Exception {
        try (Searcher s = over(own,
                citing("<u@example.net>", "Ann", "See 18 USC 2511(4)(b) for the penalty.", "18 USC 2511(4)(b)", "usc",
                        "18 U.S.C. § 2511(4)(b)"),
                citing("<c@example.net>", "Bob", "Read 22 CFR 120.4(g) on defense articles.", "22 CFR 120.4(g)", "cfr",
                        "22 C.F.R. § 120.4(g)"))) {
            assertThat(s.count("cites:\"18 USC 2511\"")).isEqualTo(1);
            assertThat(s.count("cites:\"18 U.S.C. § 2511(4)\"")).isEqualTo(1);
            assertThat(s.count("cites:\"18 USC 2511(4)(b)\"")).isEqualTo(1);
            assertThat(s.count("cites:\"18 USC 2511(4)(a)\"")).isZero();
            assertThat(s.count("cites:\"18 USC 2510\"")).isZero();
            assertThat(s.count("cites:\"22 CFR 120\"")).isEqualTo(1);
            assertThat(s.count("cites:\"22 CFR Part 120\"")).isEqualTo(1);
            assertThat(s.count("cites:\"22 CFR 120.4\"")).isEqualTo(1);
            assertThat(s.count("cites:\"22 CFR 120.1\"")).isZero();
            assertThat(s.count("cites:\"22 CFR 121\"")).isZero();
            assertThat(s.count("cites:\"Wiretap Act\"")).isEqualTo(1);
            assertThat(s.count("cites:ITAR")).isEqualTo(1);
            assertThat(s.count("cites:FOIA")).isZero();
            // a range of sections, and what the speaker said of it
            assertThat(s.count("cites:\"18 USC 2509-2512\"")).isEqualTo(1);
            assertThat(s.count("cites:\"18 USC 2512-2520\"")).isZero();
            assertThat(s.count("speaker:ann cites:\"18 USC 2509-2512\"")).isEqualTo(1);
            assertThat(s.count("speaker:bob cites:\"18 USC 2509-2512\"")).isZero();
        }
    }

    @Test
    void speakerFindsWhatAPersonSaidInTheirOwnMessagesAndWhereOthersQuoteThem() throws Exception {
        assertThat(count("speaker:\"Steven M. Bellovin\"")).isEqualTo(2);
        assertThat(count("speaker:\"steven   m. BELLOVIN\"")).isEqualTo(2);
        assertThat(count("speaker:steven*")).isEqualTo(2);
        assertThat(count("speaker:\"Jane Agent\"")).isEqualTo(1);
        assertThat(count("speaker:\"Jane\"")).isZero(); // a whole name, or a pattern
        assertThat(count("speaker:\"Steven M. Bellovin\" -from:smb@cs.columbia.edu")).isEqualTo(1);
        // the hit that only quotes him shows the quoted claim
        SearchHit q = searcher.search(SearchRequest.of("speaker:\"Steven M. Bellovin\" from:jane@fbi.gov")).hits().get(0);
        assertThat(q.snippet()).contains("<b>can&#x27;t be subpoenaed</b>");
    }

    @Test
    void aSpeakerBesideAnnotationClausesAsksWhatThatPersonSaid() throws Exception {
        // the reply holds Jane's own obligation and Bellovin's quoted legal fact: Bellovin made no obligation claim there
        assertThat(count("speaker:\"Steven M. Bellovin\" claim:obligation")).isEqualTo(1);
        // what he said counts where others quote him, though claim: alone asks of own text only
        assertThat(count("claim:legal-fact")).isZero();
        assertThat(count("speaker:\"Steven M. Bellovin\" claim:legal-fact")).isEqualTo(1);
        assertThat(count("speaker:\"Jane Agent\" claim:legal-fact")).isZero();
        assertThat(count("speaker:\"Jane Agent\" claim:obligation topic:data-retention")).isEqualTo(1);
        assertThat(count("speaker:\"Jane Agent\" topic:legal-process")).isZero();
        assertThat(count("speaker:\"Steven M. Bellovin\" topic:legal-process")).isEqualTo(1);
        assertThat(count("speaker:\"Steven M. Bellovin\" cites:\"47 USC 1001\" citekind:usc has:citation")).isEqualTo(1);
        assertThat(count("speaker:\"Jane Agent\" has:citation")).isZero();
        // patterns, OR groups and negations pair as well
        assertThat(count("speaker:steven* claim:obligation")).isEqualTo(1);
        assertThat(count("speaker:*bellovin (claim:prediction OR claim:legal-fact)")).isEqualTo(1);
        assertThat(count("speaker:\"Steven M. Bellovin\" -claim:obligation")).isEqualTo(1);
        // a negated speaker, or two of them, leave the annotation clauses asking of the message
        assertThat(count("-speaker:\"Steven M. Bellovin\" claim:obligation")).isZero();
        assertThat(count("speaker:\"Steven M. Bellovin\" speaker:\"Jane Agent\" claim:obligation")).isEqualTo(1);
        // the snippet shows the annotation the speaker said
        SearchHit q = searcher.search(SearchRequest.of("speaker:\"Steven M. Bellovin\" claim:legal-fact")).hits().get(0);
        assertThat(q.snippet()).contains("<b>can&#x27;t be subpoenaed</b>");
    }

    /** A message's topics come from its poster's own text: beside speaker:, topic: asks of them too, with the sentence as snippet. */
    @Test
    void aPostersOwnTopicsAreWhatThePosterSaid() throws Exception {
        assertThat(count("speaker:Anon topic:privacy")).isEqualTo(1);
        assertThat(count("speaker:\"Jane Agent\" topic:privacy")).isZero();
        assertThat(count("speaker:Anon topic:lawful-intercept")).isZero();
        SearchHit q = searcher.search(SearchRequest.of("speaker:Anon topic:privacy")).hits().get(0);
        assertThat(q.snippet()).contains("<b>A message without any date about data retention.</b>");
    }

    /** A full name asks for the person under every full form of their name, as from: does; another given name is another person. */
    @Test
    void aSpeakersFullNameFindsThePersonUnderEveryFormOfIt() throws Exception {
        long all = count("speaker:\"Steven M. Bellovin\"");
        assertThat(all).isPositive();
        assertThat(count("speaker:\"Steve Bellovin\"")).isEqualTo(all);
        assertThat(count("speaker:\"Steven Bellovin\"")).isEqualTo(all);
        assertThat(count("speaker:\"Ann Bellovin\"")).isZero();
        // what he said, by the short form of his name: his obligation in his own post, the legal fact others quote
        assertThat(count("speaker:\"Steve Bellovin\" claim:legal-fact")).isEqualTo(1);
        assertThat(count("speaker:\"Steve Bellovin\" claim:obligation")).isEqualTo(1);
        assertThat(count("speaker:\"Steve Bellovin\" claim:legal*")).isEqualTo(1);
        assertThat(count("speaker:\"Ann Bellovin\" claim:obligation")).isZero();
        SearchHit q = searcher.search(SearchRequest.of("speaker:\"Steve Bellovin\" claim:legal-fact")).hits().get(0);
        assertThat(q.snippet()).contains("<b>can&#x27;t be subpoenaed</b>");
    }

    @Test
    void idsThreadsAndLists() throws Exception {
        assertThat(count("id:<root@example.net>")).isEqualTo(1);
        assertThat(count("id:root@example.net")).isEqualTo(1);
        assertThat(count("id:h\\:0123456789abcdef")).isEqualTo(1);
        assertThat(count("thread:<root@example.net>")).isEqualTo(2);
        assertThat(count("list:nanog")).isEqualTo(4);
        assertThat(count("list:NANOG AND calea")).isEqualTo(2);
    }

    @Test
    void syntaxErrorsNameTheColumn() {
        assertThatThrownBy(() -> count("calea AND")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("column").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> count("\"unclosed")).isInstanceOf(QuerySyntaxException.class);
        assertThatThrownBy(() -> count("calea AND nosuch:field")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("unknown field 'nosuch'").hasMessageContaining("column 11");
        assertThatThrownBy(() -> count("date:yesterday")).isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("not a date");
    }

    @Test
    void hitsCarrySnippetsFromTheFieldThatMatched() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("subpoenaed"));
        assertThat(r.total()).isEqualTo(1);
        SearchHit h = r.hits().get(0);
        assertThat(h.id()).isEqualTo("<root@example.net>");
        assertThat(h.snippet()).contains("<b>subpoenaed</b>");
        assertThat(h.score()).isPositive();
        assertThat(h.from().address()).isEqualTo("smb@cs.columbia.edu");

        SearchHit q = searcher.search(SearchRequest.of("quoted:zanzibar")).hits().get(0);
        assertThat(q.snippet()).contains("<b>zanzibar</b>");

        SearchHit s = searcher.search(SearchRequest.of("subject:deferred")).hits().get(0);
        assertThat(s.snippet()).contains("<b>deferred</b>");

        SearchHit f = searcher.search(SearchRequest.of("from:glyph@divunal.com")).hits().get(0);
        assertThat(f.snippet()).startsWith("Deferreds chain callbacks."); // no text matched: the start of own text
    }

    /** A word (stemmed field) and a phrase (exact field) of one query are both marked in one snippet, the phrase as one mark. */
    @Test
    void aWordAndAPhraseOfOneQueryAreBothMarked() throws Exception {
        SearchHit h = searcher.search(SearchRequest.of("subpoenaed AND \"wiretap capability\"")).hits().get(0);
        assertThat(h.snippet()).contains("<b>subpoenaed</b>").contains("<b>wiretap capability</b>");
        SearchHit s = searcher.search(SearchRequest.of("subject:calea AND subject:\"isp calea\"")).hits().get(0);
        assertThat(s.snippet()).contains("<b>ISP CALEA</b>");
        // a phrase's words elsewhere in the text are not marked: only where the phrase stands
        SearchHit p = searcher.search(SearchRequest.of("deferreds AND \"read the docs\"")).hits().get(0);
        assertThat(p.snippet()).contains("<b>Deferreds</b>").contains("<b>read the docs</b>");
    }

    @Test
    void annotationQueriesShowTheCitationOrClaimTheyAskedFor() throws Exception {
        SearchHit c = searcher.search(SearchRequest.of("cites:\"47 U.S.C. § 1001\"")).hits().get(0);
        assertThat(c.snippet()).isEqualTo("What doesn&#x27;t exist can&#x27;t be subpoenaed. CALEA requires wiretap capability;"
                + " see <b>47 U.S.C. § 1001</b>.");
        SearchHit k = searcher.search(SearchRequest.of("claim:obligation topic:lawful-intercept")).hits().get(0);
        assertThat(k.snippet()).contains("<b>CALEA requires wiretap capability</b>");
        // the reply's own claim, not the one inside its quote
        SearchHit r = searcher.search(SearchRequest.of("claim:obligation -topic:lawful-intercept")).hits().get(0);
        assertThat(r.snippet()).isEqualTo("We disagree. <b>Providers must retain records</b>.");
        SearchHit w = searcher.search(SearchRequest.of("cites:rfc21*")).hits().get(0);
        assertThat(w.snippet()).contains("Per <b>RFC 2119</b> you MUST");
        // a topic no annotation carries shows the sentence that gave it
        SearchHit p = searcher.search(SearchRequest.of("topic:privacy")).hits().get(0);
        assertThat(p.snippet()).isEqualTo("<b>A message without any date about data retention.</b>");
        // text that matched still wins
        SearchHit t = searcher.search(SearchRequest.of("callbacks has:citation")).hits().get(0);
        assertThat(t.snippet()).contains("<b>callbacks</b>").doesNotContain("<b>RFC");
    }

    @Test
    void facetsCountAllMatches() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("list:nanog"));
        assertThat(r.facets().keySet()).containsExactly("year", "from", "list", "citekind", "topic", "cites");
        assertThat(r.facets().get("year")).containsExactly(
                java.util.Map.entry("2005", 1L), java.util.Map.entry("2007", 2L), java.util.Map.entry("unknown", 1L));
        assertThat(r.facets().get("list")).containsEntry("nanog", 4L);
        assertThat(r.facets().get("citekind")).containsEntry("usc", 1L).containsEntry("rfc", 1L);
        assertThat(r.facets().get("topic")).containsEntry("lawful-intercept", 1L).containsEntry("data-retention", 1L)
                .containsEntry("privacy", 1L);
        assertThat(r.facets().get("cites")).containsOnly(java.util.Map.entry("47 U.S.C. § 1001", 1L), java.util.Map.entry("RFC 2119", 1L));
        // one bucket per person: the name and the address key, the address alone, the name alone
        assertThat(r.facets().get("from")).containsEntry("Steven M. Bellovin <smb@cs.columbia.edu>", 1L)
                .containsEntry("glyph@divunal.com", 1L).containsEntry("Anon", 1L);
        // counted from doc values alone: Lucene's drill-down terms are not indexed
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertThat(org.apache.lucene.index.MultiTerms.getTerms(reader, org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME))
                    .isNull();
        }
    }

    @Test
    void groupsHitsByThread() throws Exception {
        SearchResult r = searcher.search(new SearchRequest("calea OR deferred", 10, SearchRequest.Order.RELEVANCE, true, 5));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.threads()).hasSize(2);
        ThreadHits calea = r.threads().stream().filter(t -> t.threadId().equals("<root@example.net>")).findFirst().orElseThrow();
        assertThat(calea.matching()).isEqualTo(2);
        assertThat(calea.subject()).isEqualTo("ISP CALEA compliance");
        assertThat(calea.hits()).hasSize(2);
    }

    @Test
    void sortsByDate() throws Exception {
        SearchResult oldest = searcher.search(new SearchRequest("list:nanog", 10, SearchRequest.Order.DATE, false, 0));
        assertThat(oldest.hits()).extracting(SearchHit::id).containsExactly(
                "<other@example.org>", "<root@example.net>", "<reply@example.net>", "h:0123456789abcdef");
        assertThat(oldest.hits().get(0).score()).isNull();
        SearchResult newest = searcher.search(new SearchRequest("list:nanog", 2, SearchRequest.Order.NEWEST, false, 0));
        assertThat(newest.hits()).extracting(SearchHit::id).containsExactly("<reply@example.net>", "<root@example.net>");
        assertThat(newest.total()).isEqualTo(4);
    }

    @Test
    void allMatchingMessagesForExport() throws Exception {
        assertThat(searcher.messages("calea", 100)).extracting(Message::id)
                .containsExactly("<root@example.net>", "<reply@example.net>");
        assertThat(searcher.messages("list:nanog", 2)).hasSize(2);
    }

    @Test
    void showsMessagesAndThreadsRebuiltExactly() throws Exception {
        Message m = searcher.message("<root@example.net>").orElseThrow();
        assertThat(m.body()).isEqualTo(ROOT.body());
        assertThat(m.segments()).isEqualTo(ROOT.segments());
        assertThat(m.annotations()).hasSize(2);
        assertThat(searcher.message("root@example.net")).isPresent();
        assertThat(searcher.message("<missing@x>")).isEmpty();
        assertThat(searcher.thread("<root@example.net>")).extracting(Message::id)
                .containsExactly("<root@example.net>", "<reply@example.net>");
    }

    @Test
    void quotedTextHasANormInEveryDocumentButCountsOnlyWhereItExistsForScoring() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            // BM25 averages field length over the documents with quoted terms: only the reply
            assertThat(new IndexSearcher(r).collectionStatistics(Fields.QUOTED).docCount()).isEqualTo(1);
            NumericDocValues norms = MultiDocValues.getNormValues(r, Fields.QUOTED);
            int withNorm = 0;
            while (norms.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) withNorm++;
            assertThat(withNorm).isEqualTo(r.maxDoc()); // dense: read directly at flush and merge
        }
    }
}
