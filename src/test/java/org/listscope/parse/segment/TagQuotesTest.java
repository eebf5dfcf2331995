package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** Quotes marked with the quoted person's name or initials ({@code Ann> text}). */
class TagQuotesTest {

    /** Supercite's attribution and its tagged quote, the tags at the margin or behind a tab. */
    static Stream<Arguments> superciteQuotes() {
        return Stream.of(
                Arguments.of(">>>>> \"ann\" == Ann Lee <ann at example.org> writes:\n\nann> Reactors never block.\nann> Not even on Windows.\n\n"
                        + "They do when you call sleep().\n", "Ann Lee"),
                Arguments.of(">>>>> \"Phil\" == Phil Karn <karn@example.org> writes:\n\n\tPhil> People need to be very selective\n"
                        + "\tPhil> about the signatures they accept.\n\nI agree.\n", "Phil Karn"),
                // Supercite's default leader: four spaces before the tag
                Arguments.of(">>>>> \"spiv\" == Andrew Bennetts <andrew-twisted at puzzling.org> writes:\n\n"
                        + "    spiv> The \"Latest News\" section says (among other things)\n"
                        + "    spiv> that the docs are up.\n\nSorry. Fixed.\n", "Andrew Bennetts"),
                // no tag: the quote is marked by an indented ">"
                Arguments.of(">>>>> \"Acapnotic\" == Kevin Turner <acapnotic at twistedmatrix.com> writes:\n\n"
                        + "    > This is why I told you to forget I said it.\n    > Twisted folks aren't the only ones.\n\n"
                        + "Miguel is ambitious.\n", "Kevin Turner"),
                // Supercite's other attribution styles behind the same five marks
                Arguments.of(">>>>> On Sun, 10 Jan 93 20:29:47 EST, nowhere@bsu-cs.bsu.edu (Chael Hall) said:\n\n"
                        + ">*Bzzzzt* Wrong answer, thank you for playing.\n>The public access bbs runs it.\n\nReally?\n", "Chael Hall"),
                Arguments.of(">>>>> Itamar Shtull-Trauring <twisted at itamarst.org> writes:\n\n"
                        + "  > http://example.org/pythius/aop.py\n\nHmm. This AOP stuff was overcomplicated.\n",
                        "Itamar Shtull-Trauring"));
    }

    @ParameterizedTest
    @MethodSource("superciteQuotes")
    void superciteQuotesWithTheirAttributionAreQuotes(String body, String author) {
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 text0 quote1 text0");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo(author);
    }

    /** Initials before the mark: right after it, after a space before it, or set off by a space ({@code T >}). */
    static Stream<Arguments> initialsQuotes() {
        return Stream.of(
                Arguments.of(" BK> The escrow agents answer to the state.\n BK> Not to the users.\n\nQuite so.\n"
                        + "BK>So the keys are theirs.\nBK>Always.\n", "quote1 text0 quote1", "\nQuite so.\n"),
                Arguments.of("T >> Michael Elansky Defense Fund\nT >> West Hartford, CT 06117\nT >\n"
                        + "T >I just sent $10 cash to them.\nT >Better them than the EFF.\n\nUnless you are judgement proof.\n",
                        "quote2 quote1 text0", "\nUnless you are judgement proof.\n"));
    }

    @ParameterizedTest
    @MethodSource("initialsQuotes")
    void initialsQuotesAreQuotes(String body, String kinds, String own) {
        assertThat(Segments.kinds(body)).isEqualTo(kinds);
        assertThat(Segments.text(body, SegmentKind.TEXT)).isEqualTo(own);
    }

    /** Blue Wave's attribution above the quote its reader tagged with the quoted person's initials. */
    @Test
    void blueWavesAttributionNamesTheInitialsQuote() {
        String body = "To: gun-control@cs.umd.edu\n\n -=> Quoting Stan Young to All <=-\n\n"
                + " SY> This is a public forum.  It is a place for standing up and being\n SY> counted.\n\nNot anonymously, it seems.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 text0 quote1 text0");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Stan Young");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ross > the rest.\nRoss > the others.\n", // four letters and a space: no tag
        "r > 0 for all\nr > 1 for some\n",       // a lower-case letter
        "x = T >> 3\ny = T >> 4\n"})             // a shift inside a line
    void otherSpacedMarksAreText(String body) {
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void markersAfterTheTagQuoteDeeper() {
        String body = "  JL> On Tue, 10 Aug 2010 16:07:56 +0100, Sam Ng <sam at example.org> wrote:\n  JL> > Can trial run tests in parallel?\n  JL> No.\n\nThanks.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution1 quote2 quote1 text0");
    }

    @Test
    void theBatAttributionDatesTheQuote() {
        String body = "Hello Ann,\n\nTuesday, April 22, 2003, 10:48:27 PM, you wrote:\n\n"
                + "AL> Do you need Python 2.1?\nAL> Please answer within a week.\n\nNo.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 text0 quote1 text0");
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q.quotedAuthor()).isNull();
        assertThat(q.quotedDate()).isEqualTo(Instant.parse("2003-04-22T22:48:27Z"));
    }

    @Test
    void aTagOnOneLineOnlyIsText() {
        String body = "Tim> I doubt it.\nBut then nobody asked.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void promptsAndCodeAreText() {
        String ftp = "Try this:\nftp> cd /pub/crypto\nftp> get pgp22.zip\nworks for me.\n";
        assertThat(Segments.kinds(ftp)).isEqualTo("text0");
        String code = "p->next = q;\np->prev = r;\nif (a>b) x = 1;\n";
        assertThat(Segments.kinds(code)).isEqualTo("text0");
        String shifts = "x>>2 is a shift\nx>>3 too\n";
        assertThat(Segments.kinds(shifts)).isEqualTo("text0");
    }

    @Test
    void aQuotedSuperciteAttributionStaysInsideTheQuote() {
        String body = "Sam Ng wrote:\n>>>>>> \"ann\" == Ann Lee <ann at example.org> writes:\n"
                + "> ann> Reactors never block.\n> ann> Not even on Windows.\n>\n> They do.\n\nThanks.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 attribution1 quote2 quote1 text0");
    }

    /** The tag Supercite's attribution declares marks a quote even on a single line. */
    @Test
    void aDeclaredTagMarksASingleLine() {
        String body = ">>>>> \"Esteve\" == Esteve Fernandez <esteve at sindominio.net> writes:\n"
                + "Esteve> I'm going to jump in. How about this:\n\nThat's nice.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 text0");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Esteve Fernandez");
    }

    /** Supercite's attribution with all of its quote cut away is not the replier's own text. */
    @Test
    void aSuperciteAttributionAboveNoQuoteIsNoOwnText() {
        String body = "Hi Paul\n\n>>>>> \"Paul\" == Paul Goins <general at vultaire.net> writes:\n\n"
                + "You're only printing the exception.\n";
        assertThat(Segments.text(body, SegmentKind.TEXT)).doesNotContain("writes:");
    }

    /** Five marks before an attribution whose quote goes deeper still: a quote five deep, not Supercite's. */
    @Test
    void aFiveDeepAttributionAboveADeeperQuoteStaysQuoted() {
        String body = ">>>>> On 09:26 am, jml at mumak.net wrote:\n>>>>>> The reactor is not restartable.\n"
                + ">>>>>> Use a new process.\n>>>>>\n>>>>> Right.\n\nAgreed.\n";
        assertThat(Segments.kinds(body)).startsWith("attribution5 quote6");
    }

    @Test
    void wrappedMarkupIsNotATag() {
        String body = "iv><div class=3D\"x\">Hi</div>\niv><div>there</div>\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }
}
