package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;

/** Speakers of quotes and own text, and citations of messages resolved within the batch. */
class SpeakersTest {

    private static final String QUOTED = "> Exporting PGP is illegal under the ITAR.\n";
    private static final String OWN = "No, CALEA requires nothing of the kind.\n";

    @Test
    void quotesAreCreditedToTheQuotedAuthor() {
        Message m = TestMessages.message("m2", "Perry", QUOTED + OWN, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Tim May", null),
                Segment.of(SegmentKind.TEXT, QUOTED.length(), QUOTED.length() + OWN.length(), 0)));
        List<Annotation> as = new Annotator().annotate(List.of(m)).get(0).annotations();
        assertThat(as).filteredOn(a -> a.start() < QUOTED.length())
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.inQuote()).isTrue();
                    assertThat(a.speaker()).isEqualTo("Tim May");
                });
        assertThat(as).filteredOn(a -> a.start() >= QUOTED.length())
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.inQuote()).isFalse();
                    assertThat(a.speaker()).isEqualTo("Perry");
                });
    }

    @Test
    void aQuoteWithASourceMessageIsCreditedToThatMessagesAuthor() {
        Message source = TestMessages.message("m1", "Tim May", "Exporting PGP is illegal under the ITAR.\n", List.of());
        Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withSource("m1", 0, QUOTED.length() - 3)));
        List<Annotation> as = new Annotator().annotate(List.of(source, reply)).get(1).annotations();
        assertThat(as).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Tim May"));
    }

    @Test
    void wordsFoundInsideAQuoteOfTheSourceAreThatQuotesAuthors() {
        // Zeek forwards John Markoff's article; Perry quotes a line of it from Zeek's message
        String fwd = "Seen in the paper:\n> Exporting PGP is illegal under the ITAR.\n";
        int q = fwd.indexOf('>');
        Segment forward = Segment.of(SegmentKind.QUOTE, q, fwd.length(), 1);
        Message byName = TestMessages.message("m1", "Zeek", fwd, List.of(Segment.of(SegmentKind.TEXT, 0, q, 0),
                forward.withQuoted("John Markoff", null).asForwarded()));
        Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withSource("m1", q, fwd.length())));
        List<Annotation> as = new Annotator().annotate(List.of(byName, reply)).get(1).annotations();
        assertThat(as).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("John Markoff"));
        // a forward of a sender nobody named: the words are nobody's known, not the forwarder's, nor the parent's
        Message unnamed = byName.withSegments(List.of(Segment.of(SegmentKind.TEXT, 0, q, 0), forward.asForwarded()));
        List<Annotation> none = new Annotator().annotate(List.of(unnamed, reply.withThread("m1", "m1", null))).get(1).annotations();
        assertThat(none).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isNull());
        // a span reaching into the source's own text stays its author's
        Message partly = reply.withSegments(List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withSource("m1", 0, fwd.length())));
        List<Annotation> own = new Annotator().annotate(List.of(byName, partly)).get(1).annotations();
        assertThat(own).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Zeek"));
    }

    /**
     * An attribution that names the source's author by address, by a name its line's wrap split or by
     * the first name alone gives the name that source message shows: one person, one speaker string
     * (cypherpunks 1994's "In article <id> tcmay@netcom.com writes:", "Robe" / "rt A. Hayden", "Tim
     * writes:"), by the family name alone or by a shorter form of the whole ("Tim May writes -").
     */
    @Test
    void anAttributionNamingTheSourcesAuthorOtherwiseGivesTheNameTheSourceShows() {
        Message source = Message.builder().id("m1").messageId("<m1@example.org>")
                .from(Author.of("Timothy C. May", "tcmay@netcom.com", "tcmay@netcom.com (Timothy C. May)"))
                .source(new Source(null, null, "mbox")).body("Exporting PGP is illegal under the ITAR.\n").segments(List.of()).build();
        for (String named : List.of("tcmay@netcom.com", "Timo thy C. May", "Tim", "Timothy", "May", "Tim May", "Tim C. May")) {
            Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(
                    Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted(named, null).withSource("m1", 0, QUOTED.length() - 3)));
            List<Annotation> as = new Annotator().annotate(List.of(source, reply)).get(1).annotations();
            assertThat(as).as(named).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Timothy C. May"));
        }
        // a name whose accented letter the archive lost ("Thomas Herv?") names the source's "Thomas Hervé"
        Message herve = Message.builder().id("m1").messageId("<m1@example.org>")
                .from(Author.of("Thomas Herv\u00e9", "therve@free.fr", "Thomas Herv\u00e9 <therve@free.fr>"))
                .source(new Source(null, null, "mbox")).body("Exporting PGP is illegal under the ITAR.\n").segments(List.of()).build();
        Message lost = TestMessages.message("m2", "Perry", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Thomas Herv?", null).withSource("m1", 0, QUOTED.length() - 3)));
        assertThat(new Annotator().annotate(List.of(herve, lost)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Thomas Herv\u00e9"));
        // a first name that does not begin the source author's, or a lower-case word, is no first name of theirs
        for (String named : List.of("Tom", "tim", "Tom May", "Tim Mayer", "Ma")) {
            Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(
                    Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted(named, null).withSource("m1", 0, QUOTED.length() - 3)));
            assertThat(new Annotator().annotate(List.of(source, reply)).get(1).annotations())
                    .as(named).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo(named));
        }
        // an attribution naming someone else still wins
        Message other = TestMessages.message("m2", "Perry", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Hal Finney", null).withSource("m1", 0, QUOTED.length() - 3)));
        assertThat(new Annotator().annotate(List.of(source, other)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Hal Finney"));
    }

    /**
     * An attribution line inside a quote was written by the quoted author: what it cites (the
     * Message-ID of "In article <id>, ... writes:") is in a quote and theirs, not the poster's own
     * (305 such citations in twisted-python and cypherpunks 1992-94 had been counted as own text).
     */
    @Test
    void anAttributionLineInsideAQuoteIsTheQuotedAuthors() {
        String nested = "> In article <9311111430.AA28017@snark.lehman.com>, Perry writes:\n";
        String deeper = ">> Exporting PGP is illegal under the ITAR.\n";
        String quoted = "> Nonsense.\n";
        String body = nested + deeper + quoted + OWN;
        int a = nested.length();
        int b = a + deeper.length();
        int c = b + quoted.length();
        Message m = TestMessages.message("m2", "Hal", body, List.of(
                Segment.of(SegmentKind.ATTRIBUTION, 0, a, 1).withQuoted("Perry", null),
                Segment.of(SegmentKind.QUOTE, a, b, 2).withQuoted("Perry", null),
                Segment.of(SegmentKind.QUOTE, b, c, 1).withQuoted("Tim May", null),
                Segment.of(SegmentKind.TEXT, c, body.length(), 0)));
        List<Annotation> as = new Annotator().annotate(List.of(m)).get(0).annotations();
        assertThat(as).filteredOn(x -> x.start() < a).isNotEmpty().allSatisfy(x -> {
            assertThat(x.inQuote()).isTrue();
            assertThat(x.speaker()).isEqualTo("Tim May");
        });
    }

    @Test
    void aFirstLevelQuoteWithoutAttributionFallsBackToTheParentsAuthor() {
        Message parent = TestMessages.message("m1", "Tim May", "Exporting PGP is illegal under the ITAR.\n", List.of());
        Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1)))
                .withThread("m1", "m1", null);
        List<Annotation> as = new Annotator().annotate(List.of(parent, reply)).get(1).annotations();
        assertThat(as).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Tim May"));
        // a parent guessed from the subject alone names who wrote the quote only where the words stand there
        Message bySubject = reply.withThread("m1", "m1", new ParentLink(LinkMethod.SUBJECT, 0.3));
        assertThat(new Annotator().annotate(List.of(parent, bySubject)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Tim May"));
        Message elsewhere = TestMessages.message("m1", "Tim May", "Is Clipper required?\n", List.of());
        assertThat(new Annotator().annotate(List.of(elsewhere, bySubject)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isNull());
        assertThat(new Annotator().annotate(List.of(elsewhere, reply)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Tim May"));
    }

    @Test
    void anUnattributedQuoteInAReplyToThePostersOwnMessageIsTheirsOnlyWhereItStandsThere() {
        // Perry follows up his own post, quoting words from elsewhere: not his
        Message own = TestMessages.message("m1", "Perry", "I will post the draft bill tomorrow.\n", List.of());
        Message reply = TestMessages.message("m2", "Perry", QUOTED, List.of(Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1)))
                .withThread("m1", "m1", null);
        assertThat(new Annotator().annotate(List.of(own, reply)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> {
                    assertThat(a.inQuote()).isTrue();
                    assertThat(a.speaker()).isNull();
                });
        // quoting the post he follows up: his words
        Message said = TestMessages.message("m1", "Perry", "Exporting PGP is illegal under the ITAR.\n", List.of());
        assertThat(new Annotator().annotate(List.of(said, reply)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Perry"));
    }

    @Test
    void aForwardOfAnUnnamedSenderIsNobodysKnownWords() {
        // a forwarded text of a sender nobody named is not the parent's author's, nor the forwarder's
        Message parent = TestMessages.message("m1", "Tim May", "Is Clipper required?\n", List.of());
        String fwd = "Exporting PGP is illegal under the ITAR.\n";
        Message forward = TestMessages.message("m2", "Perry", fwd, List.of(Segment.of(SegmentKind.QUOTE, 0, fwd.length(), 1).asForwarded()))
                .withThread("m1", "m1", null);
        List<Annotation> as = new Annotator().annotate(List.of(parent, forward)).get(1).annotations();
        assertThat(as).isNotEmpty().allSatisfy(a -> {
            assertThat(a.inQuote()).isTrue();
            assertThat(a.speaker()).isNull();
        });
        // nor is it the author of another message that holds the same words (another forwarder's copy)
        Message copy = TestMessages.message("m0", "John Gilmore", fwd, List.of());
        Message traced = TestMessages.message("m2", "Perry", fwd, List.of(Segment.of(SegmentKind.QUOTE, 0, fwd.length(), 1)
                .withSource("m0", 0, fwd.length() - 1).asForwarded()));
        assertThat(new Annotator().annotate(List.of(copy, traced)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isNull());
    }

    @Test
    void citedMessagesInTheBatchGetTheirId() {
        Message cited = TestMessages.message("9403150110.AA26805", "Tim May", "Anything.\n", List.of());
        Message citing = TestMessages.message("m2", "Perry", "In article <9403150110.AA26805@example.org> you write:\n", List.of());
        Citation c = (Citation) new Annotator().annotate(List.of(cited, citing)).get(1).annotations().get(0);
        assertThat(c.kind()).isEqualTo("message");
        assertThat(c.target()).isEqualTo("9403150110.AA26805");
    }

    @Test
    void signaturesAndFootersAreNotAnnotated() {
        String text = "Hello.\n";
        String sig = "-- \nProtected by 18 USC 2511. Monitoring is illegal under US law.\n";
        Message m = TestMessages.message("m1", "Diehl", text + sig, List.of(
                Segment.of(SegmentKind.TEXT, 0, text.length(), 0),
                Segment.of(SegmentKind.SIGNATURE, text.length(), text.length() + sig.length(), 0)));
        assertThat(new Annotator().annotate(List.of(m)).get(0).annotations()).isEmpty();
    }

    @Test
    void aFirstLevelQuoteGivenToThePosterButFoundInAnotherAuthorsTextIsTheirs() {
        Message source = TestMessages.message("m1", "Jasper", "Exporting PGP is illegal under the ITAR.\n", List.of());
        Message reply = TestMessages.message("m2", "Uwe", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Uwe", null).withSource("m1", 0, 40)));
        List<Annotation> as = new Annotator().annotate(List.of(source, reply)).get(1).annotations();
        assertThat(as).isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Jasper"));
        // an attribution naming someone else still wins over the text
        Message other = TestMessages.message("m3", "Uwe", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Tim May", null).withSource("m1", 0, 40)));
        assertThat(new Annotator().annotate(List.of(source, other)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Tim May"));
        // words the source only quoted are not its author's
        String quoting = "> Exporting PGP is illegal under the ITAR.\nI doubt it.\n";
        Message quoter = TestMessages.message("m4", "Jasper", quoting, List.of(
                Segment.of(SegmentKind.QUOTE, 0, 43, 1), Segment.of(SegmentKind.TEXT, 43, quoting.length(), 0)));
        Message back = TestMessages.message("m5", "Uwe", QUOTED, List.of(
                Segment.of(SegmentKind.QUOTE, 0, QUOTED.length(), 1).withQuoted("Uwe", null).withSource("m4", 0, 40)));
        assertThat(new Annotator().annotate(List.of(quoter, back)).get(1).annotations())
                .isNotEmpty().allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Uwe"));
    }
}
