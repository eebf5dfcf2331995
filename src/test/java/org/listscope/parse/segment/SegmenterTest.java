package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.Author;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class SegmenterTest {

    @Test
    void emptyBodyHasNoSegments() {
        assertThat(Segmenter.segment("")).isEmpty();
    }

    @Test
    void plainTextIsOneTextSegment() {
        String body = "Hello all,\nthis is my text.\n";
        assertThat(Segmenter.segment(body)).containsExactly(Segment.of(SegmentKind.TEXT, 0, body.length(), 0));
    }

    @Test
    void segmentsCoverTheBodyWithCrLfAndNoFinalNewline() {
        String body = "On 3 May 2007 10:00:00 -0400, Ann Lee wrote:\r\n> quoted\r\n\r\nmine\r\n-- \r\nAnn";
        assertThat(Segments.covers(body, Segmenter.segment(body))).isTrue();
    }

    @Test
    void quoteDepthCountsMarkersWithAndWithoutSpaces() {
        String body = "> one\n>> two\n> > two again\n> >> three\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote1 quote2 quote3");
    }

    @Test
    void blankLineInsideAQuoteStaysInTheQuote() {
        String body = "> first paragraph\n\n> second paragraph\nmy answer\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote1 text0");
    }

    @Test
    void quoteMarkerWithoutSpaceIsAQuote() {
        String body = ">no space after the marker\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # mbox escapes a line starting "From " as ">From ": alone among own lines, it is the poster's
            Hi,\\n\\n>From reading the docs it looks like berkeleydb might be\\nproblematic though.\\n | text0
            >From where can I download the server?\\n\\nThanks\\n                                    | text0
            # among quoted lines, or under an attribution, it is a quote
            Ann wrote:\\n>From what I know of SSL, the client connects\\n>first.\\nOk\\n                | attribution0 quote1 text0
            Ann wrote:\\n>From what I know of SSL, the client connects first.\\n\\nOk\\n               | attribution0 quote1 text0
            # a quoted header and a space after the mark are quotes as before
            >From: Ann <ann@example.org>\\nno\\n                                                          | quote1 text0
            > From what I know, it works.\\nno\\n                                                          | quote1 text0
            """)
    void anEscapedFromLineIsOwnText(String body, String kinds) {
        String b = body.replace("\\n", "\n");
        assertThat(Segments.kinds(b)).isEqualTo(kinds);
    }

    @Test
    void attributionNamesTheQuoteAuthorAndDate() {
        String body = "On Thu, 3 May 2007 11:14:52 -0400, Ann Lee <ann at example.org> wrote:\n> text\n";
        Segment quote = Segments.first(body, SegmentKind.QUOTE);
        assertThat(quote.quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(quote.quotedDate()).isEqualTo(Instant.parse("2007-05-03T15:14:52Z"));
    }

    @Test
    void attributionWrappedOverTwoLinesIsOneSegment() {
        String body = "On Fri, 11 May 2007 12:47:56 -0700 (GMT-07:00)\nTodd Glassey <tglassey at> wrote:\n\n> Gee\n";
        Segment a = Segments.first(body, SegmentKind.ATTRIBUTION);
        assertThat(body.substring(a.start(), a.end())).endsWith("wrote:\n");
        assertThat(a.quotedAuthor()).isEqualTo("Todd Glassey");
        assertThat(a.quotedDate()).isEqualTo(Instant.parse("2007-05-11T19:47:56Z"));
    }

    @Test
    void interleavedQuotesKeepTheirAttribution() {
        String body = "Ann Lee wrote:\n> a\nreply one\n> b\nreply two\n";
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).hasSize(2).allSatisfy(q -> assertThat(q.quotedAuthor()).isEqualTo("Ann Lee"));
    }

    @Test
    void aReplyToldAsAStoryNamesEachQuoteInTurn() {
        // cypherpunks 1993: a summary of a thread, each quote introduced in the poster's words
        String body = "To which Perry Metzger wrote:\n\n>Rather than pointing people to strange publications\n\n"
                + "And then Peter Davidson responded:\n\n>On what basis do you claim that?\n\nI agree with Perry.\n";
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Perry Metzger", "Peter Davidson");
    }

    @Test
    void aPronounNamesTheAuthorTheStoryNamedLast() {
        // cypherpunks 1994: "Mr. Donald continues:" ... "He continues:"
        String story = "Mr. Donald continues:\n>You will notice that\n\nWrong again.\n\nHe continues:\n>Chomsky has carefully expressed\n";
        assertThat(Segmenter.segment(story)).filteredOn(s -> s.kind() == SegmentKind.QUOTE)
                .extracting(Segment::quotedAuthor).containsExactly("Mr. Donald", "Mr. Donald");
        // a pronoun for someone named in prose only names nobody
        String prose = "I thank Ted for such a clear reply.\n\nHe writes:\n>Sorry for not being clear\n";
        assertThat(Segmenter.segment(prose)).filteredOn(s -> s.kind() == SegmentKind.QUOTE)
                .extracting(Segment::quotedAuthor).containsExactly((String) null);
    }

    @Test
    void aDatedLineWithoutItsColonNamesTheQuoteBelowItButNoProse() {
        // twisted-python 2010: "On 09/22/2010 08:52 AM, Weikai Xie wrote" with no colon, the quote below
        String quoted = "On 09/22/2010 08:52 AM, Weikai Xie wrote\n\n> My question is whether there is a limit.\n\nThere is none.\n";
        List<Segment> segs = Segmenter.segment(quoted);
        assertThat(segs).filteredOn(s -> s.kind() == SegmentKind.QUOTE).singleElement()
                .extracting(Segment::quotedAuthor).isEqualTo("Weikai Xie");
        assertThat(segs.get(0).kind()).isEqualTo(SegmentKind.ATTRIBUTION);
        String prose = "On 09/22/2010 08:52 AM, Weikai Xie wrote\nthe patch we use now.\n";
        assertThat(Segmenter.segment(prose)).extracting(Segment::kind).containsOnly(SegmentKind.TEXT);
    }

    @Test
    void nestedQuoteTakesTheAttributionInsideTheQuote() {
        String body = "On 3 May 2007 10:00 -0400, Bo Ek wrote:\n> On 2 May 2007 09:00 -0400, Ann Lee wrote:\n> > deep\n> shallow\n";
        List<Segment> segs = Segmenter.segment(body);
        Segment deep = segs.stream().filter(s -> s.kind() == SegmentKind.QUOTE && s.depth() == 2).findFirst().orElseThrow();
        Segment shallow = segs.stream().filter(s -> s.kind() == SegmentKind.QUOTE && s.depth() == 1).findFirst().orElseThrow();
        assertThat(deep.quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(shallow.quotedAuthor()).isEqualTo("Bo Ek");
    }

    @Test
    void attributionInsideAQuoteHasTheQuoteDepth() {
        String body = "> Ann Lee wrote:\n> > deep\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution1 quote2");
    }

    @Test
    void bareWroteLineWithoutAQuoteAfterItIsOwnText() {
        String body = "Ann Lee wrote:\nnothing quoted here\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    /**
     * A summary quoting several people, each under a line in their name: each quote is its own
     * author's. Before "posits" and "opines" were read, the later quotes were credited to the first
     * name (Robert J Woodhead's reply, cypherpunks 1993).
     */
    @Test
    void aSummaryCreditsEachQuoteToThePersonNamedAboveIt() {
        String body = "Stanton McCandlish asks:\n> If the govt is oppressive at all, why support this?\n\n"
                + "Perry E. Metzger posits:\n> Who needs to break it?\n\nMy answer is simple.\n\n"
                + "And finally, Sameer Parekh opines:\n> I'd suggest that the politics discussion be taken elsewhere.\n\nA good suggestion.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 text0 attribution0 quote1 text0 attribution0 quote1 text0");
        List<String> authors = Segmenter.segment(body).stream().filter(x -> x.kind() == SegmentKind.QUOTE).map(Segment::quotedAuthor).toList();
        assertThat(authors).containsExactly("Stanton McCandlish", "Perry E. Metzger", "Sameer Parekh");
    }

    /** A dated attribution wrapped over three lines, the verb alone on the last, is one segment naming its author. */
    @Test
    void anAttributionWrappedOverThreeLinesIsOneSegment() {
        String body = "> On Fri, 1 Feb 2008 13:34:15 -0500, Doug Farrell\n> <dfarrell at mypublisher.com>\n> wrote:\n>> the quote\n> \n> an answer\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution1 quote2 quote1");
        assertThat(Segments.first(body, SegmentKind.ATTRIBUTION).end()).isEqualTo(body.indexOf(">> the"));
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Doug Farrell");
    }

    @Test
    void sentenceEndingInSaidColonIsNotAnAttribution() {
        String body = "Here is what the FCC said:\n> a quote from an order\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 quote1");
    }

    @Test
    void pipeQuotingAfterAnAttributionIsAQuote() {
        String body = "Mike Taylor wrote:\n| quoted with pipes\n| | deeper\nmy reply\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 quote2 text0");
    }

    /**
     * Replies that quote with bars: after an attribution, or under the quoted message's headers; and
     * with colons under a lone {@code From:} line, which names the author of every passage.
     */
    static Stream<Arguments> markedQuotedReplies() {
        return Stream.of(
                Arguments.of("Mike Taylor wrote:\n| first point\n\nmy answer\n\n| second point\n| goes on\n\nmy second answer\n",
                        "attribution0 quote1 text0 quote1 text0", "Mike Taylor"),
                Arguments.of("Seen elsewhere:\n\n| From: Ann Lee <ann@example.org>\n| Subject: escrow\n| Date: Tue, 1 Feb 94 19:59:09 PST\n|\n"
                        + "| Key escrow will never be voluntary.\n\nI doubt it.\n\n| And the chip is classified.\n\nSo is the algorithm.\n",
                        "text0 attribution1 quote1 text0 quote1 text0", "Ann Lee"),
                Arguments.of(": From: Ann Lee <ann@example.org>\n\n: Key escrow will never be voluntary, whatever they say.\n\n"
                        + "I doubt it.\n\n: And the chip is classified.\n\nSo is the algorithm.\n",
                        "attribution1 text0 quote1 text0 quote1 text0", "Ann Lee"));
    }

    @ParameterizedTest
    @MethodSource("markedQuotedReplies")
    void everyMarkedPassageOfAReplyIsAQuoteOfTheSameAuthor(String body, String kinds, String author) {
        assertThat(Segments.kinds(body)).isEqualTo(kinds);
        List<Segment> quotes = Segmenter.segment(body).stream().filter(x -> x.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).hasSize(2).extracting(Segment::quotedAuthor).containsOnly(author);
    }

    /**
     * Short header blocks inside a quote ({@code > Date:}, {@code > From: Ann <ann@...>}), as
     * cypherpunks' repliers quoted several messages in one reply: the passage below a block is its
     * sender's, dated by it, whatever attribution stood above the quote.
     */
    @Test
    void aHeaderBlockInsideAQuoteNamesThePassagesBelowIt() {
        String body = "Bob Roe wrote:\n\n> Food for thought: they bought weekly dumps.\n\nIs this hearsay?\n\n"
                + "> Date: Tue, 25 May 93 18:28:31 EDT\n> From: Matt Blaze <uunet!crypto.com!mab>\n\n"
                + "> The alarming part is the disclosure.\n\nI agree.\n\n> And it goes on.\n\nIt does.\n\n"
                + "> From: Ann Lee <ann@example.org>\n>\n> Tapes are public.\n\nNot quite.\n";
        List<Segment> segments = Segmenter.segment(body);
        assertThat(authorOf(segments, body, "Food for thought")).isEqualTo("Bob Roe");
        assertThat(authorOf(segments, body, "alarming part")).isEqualTo("Matt Blaze");
        assertThat(authorOf(segments, body, "it goes on")).isEqualTo("Matt Blaze");
        assertThat(authorOf(segments, body, "Tapes are public")).isEqualTo("Ann Lee");
        assertThat(segments).filteredOn(s -> s.kind() == SegmentKind.ATTRIBUTION && s.depth() == 1)
                .extracting(Segment::quotedAuthor, Segment::quotedDate)
                .containsExactly(tuple("Matt Blaze", Instant.parse("1993-05-25T22:28:31Z")), tuple("Ann Lee", null));
    }

    /**
     * Header lines in a quote that open no passage of their sender: indented behind the marker (a
     * message the quoted writer had quoted by indenting it, their own words at the margin below),
     * example headers of a message about mail, a header line inside a paragraph, and a sender
     * with no address. The quote stays the attributed writer's.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Russ Lee wrote:\n>   From: Tim Roe <tim@example.org>\n>\n>   Digital cash is coming.\n>\n> Not so fast.\n\nAgreed.\n",
            "Russ Lee wrote:\n>\n> To: anon3+@c.example.org\n> From: wcs@example.org\n>\n> The remailer sees this.\n\nClever.\n",
            "Russ Lee wrote:\n> the relay rewrites it as\n> From: nobody@example.org\n> and sends it on.\n\nSo it does.\n",
            "Russ Lee wrote:\n>\n> From: the President of the United States\n>\n> A message to all.\n\nSure.\n"})
    void headerLinesInAQuoteThatOpenNoPassageLeaveItToItsWriter(String body) {
        assertThat(Segmenter.segment(body)).filteredOn(s -> s.kind() == SegmentKind.QUOTE).isNotEmpty()
                .extracting(Segment::quotedAuthor).containsOnly("Russ Lee");
    }

    @Test
    void aReplyOpeningWithPipeQuotedLinesQuotesThem() {
        String body = "| Nope, it's the truth.\n| I'm learning about this in case.\n\nWhen the police state arrives, that is cause for arrest.\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote1 text0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // FidoNet's address lines end the message
            "Thanks.\n\n: John Roe - via mcws.fidonet.org - Public Access (213)256-8371\n: ARPA/INTERNET: John.Roe@f903.n102.z1.fidonet.org\n",
            // ASCII art
            ".-.  .--.\n: :  : .; :\n: :__ :    :\n:___.':_;:_;\nAbove, a logo.\n",
            // reST fields in a pasted docstring
            "The docstring says:\n:param request: The request that we are going to answer now\n:param reply: The reply that we will send back\nIs that right?\n",
            // a traceback pasted behind colons
            "It fails:\n:   File \"/usr/lib/python2.7/log.py\", line 84, in callWithLogger\n:     return callWithContext({\"system\": lp}, func)\nin callWithContext\n"})
    void colonLinesWithoutAProseQuoteStayOwnText(String body) {
        assertThat(Segments.kinds(body)).doesNotContain("quote");
    }

    @Test
    void aBarAfterABarQuoteIsALevelDeeper() {
        String body = "Ann Lee wrote:\n| On Tue, 3 Apr 2003, Bob Roe wrote:\n| > his words\n|> more of them\n| > | and older ones\n|\n| her words\n\nmine\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 attribution1 quote2 quote3 quote1 text0");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Bob Roe");
    }

    /**
     * rn's and trn's {@code |> } quotes, with and without an attribution above them, and {@code |>}
     * that is none; and replies quoting in the colon style with no attribution above, where every
     * colon passage is a quote.
     */
    static Stream<Arguments> oldNewsreaderQuotes() {
        return Stream.of(
                Arguments.of("In article <94Nov21.1184@example.com>, you write:\n|> As one who will be shopping for a phone,\n"
                        + "|> what should I look for?\n\nThere is no security in cellular phones.\n", "attribution0 quote1 text0"),
                Arguments.of("What is your evidence that it is false?\n\n|>Under an obscure\n|>   pre-WWII ruling by the FCC\n\n"
                        + "does anyone know what law is meant?\n", "text0 quote1 text0"),
                Arguments.of("Perry Metzger writes:\n|> > From: Eric Hughes\n|> > he was responsible for the delay rule\n|> \n"
                        + "|> I don't believe this.\n\nNor do I.\n", "attribution0 quote2 quote1 text0"),
                Arguments.of("|> my point\n|> goes on\n\nYour point\n|> said this\nis wrong.\n", "quote1 text0 quote1 text0"),
                // beside bare bars, "|>" is a bar quote of a ">" quote, a level deeper
                Arguments.of("|> Another RSAREF limitation is the key length.\n|> PGP prints an error.\n\n"
                        + "|Reasonably polite?  It says bad pass phrase.\n\n|I see a lot of what it is.\n\nThis restriction comes from RSAREF.\n",
                        "quote2 text0 quote1 text0"),
                // one "|>" line alone may be anything: a prompt here
                Arguments.of("Or shlex.split:\n\n|>> shlex.split('a b')\n['a', 'b']\n", "text0"),
                // opening the reply, then answered
                Arguments.of(": Does anyone want to know why I am so angry about this?\n: Read the group for a while.\n\n"
                        + "That group is one I run a server for.\n", "quote1 text0"),
                // a quote quoted again behind the colon is a level deeper
                Arguments.of(": > If you worry about back doors, reverse engineer the program and see.\n: > It should be easy.\n:\n"
                        + ": Do you mean decompile it?\n\nNo, I mean read it.\n", "quote2 quote1 text0"),
                // the sender's line, then passages answered one by one: every colon passage is a quote
                Arguments.of(": From: Ann Lee <ann@example.org>\n\nThey were told to as part of the deal.\n\n"
                        + ": I ask the following questions of the people who run it:\n\n: Will the source code be available?\n\n"
                        + "Of course.\n\n: I ask users not to add their keys to that server.\n\nWhy?\n",
                        "quote1 text0 quote1 text0 quote1 text0"));
    }

    @ParameterizedTest
    @MethodSource("oldNewsreaderQuotes")
    void oldNewsreadersQuoteStylesAreQuotes(String body, String kinds) {
        assertThat(Segments.kinds(body)).isEqualTo(kinds);
    }

    /**
     * Attributions that name the first quote below them: a reply quoted whole behind bars with its own
     * attribution, and Pipeline's colon-less "Responding to msg by" with its time wrapped.
     */
    static Stream<Arguments> attributedQuotes() {
        return Stream.of(
                Arguments.of("Berzerk:\n\n| On Mon, 1 Aug 1994, Jonathan Rochkind wrote:\n| > scripts using PGP can do this.\n\n"
                        + "| The main problem with this is size.\n\nCarry the information with news.\n",
                        "text0 attribution1 quote2 text0 quote1 text0", "Jonathan Rochkind"),
                Arguments.of("Responding to msg by tcmay@netcom.com (Timothy C. May) on Tue, \n12 Jul 12:14 PM\n\n"
                        + ">Crypto anarchy is coming.\n>Like it or not.\n\nI like it.\n",
                        "attribution0 text0 quote1 text0", "Timothy C. May"));
    }

    @ParameterizedTest
    @MethodSource("attributedQuotes")
    void anAttributionNamesTheFirstQuoteBelowIt(String body, String kinds, String author) {
        assertThat(Segments.kinds(body)).isEqualTo(kinds);
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo(author);
    }

    @Test
    void aBareAttributionBehindColonsNamesTheQuoteBelowIt() {
        String body = ": Eric Johnson says:\n: > I don't think so.\n:\n: You miss the point, Eric.\n\nNo, I don't.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution1 quote2 quote1 text0");
        List<Segment> quotes = Segmenter.segment(body).stream().filter(x -> x.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes.get(0).quotedAuthor()).isEqualTo("Eric Johnson");
        assertThat(quotes.get(1).quotedAuthor()).isNull();
    }

    @Test
    void aReplyQuotingByATabQuotesItsIndentedRuns() {
        String body = "\t Also, giving classified information to unauthorized people is a major\n"
                + "\t offense.  If the keys in the database are classified, they can't give them out.\n\n"
                + "Good strategy.  I still wonder if the decrypted keys are classified.\n\n"
                + "\t FOIA requires that they segregate any classified part.\n\nIt does.\n";
        assertThat(Segments.kinds(body, "Re: I have FOIA'd the Clipper Key Escrow databases")).isEqualTo("quote1 text0 quote1 text0");
        assertThat(Segments.kinds(body, "I have FOIA'd the Clipper Key Escrow databases")).isEqualTo("text0");
    }

    @Test
    void indentedParagraphsOfAReplyStayOwnText() {
        String whole = "\tHi. Couldn't find anything newer than 0.3 of\n\tthe package.\n\n\tIs there one?\n";
        assertThat(Segments.kinds(whole, "Re: packages")).isEqualTo("text0");
        String firstLines = "\tWe need a policy on this.\nIt should say who may post.\n\n\tThe list is open.\nAnyone may read it.\n";
        assertThat(Segments.kinds(firstLines, "Re: policy")).isEqualTo("text0");
    }

    @Test
    void aQuotedAuthorCalledYouIsUnnamed() {
        String body = "You wrote:\n\n| I compiled pgp-elm.  How do you use it?\n\nelm -p.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 text0 quote1 text0");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isNull();
        String snipped = "Hi Carl,\n\nAt 12:55 AM 4/9/2004 +0000, you wrote:\n[...]\n>One of the parameters is contextFactory.\n\nYes.\n";
        assertThat(Segments.kinds(snipped)).isEqualTo("text0 attribution0 text0 quote1 text0");
    }

    @Test
    void aTableAfterAPipeQuoteStaysOwnText() {
        String body = "Mike Taylor wrote:\n| a point\n\nThe results:\n| foo | 3 |\n| bar | 4 |\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 text0");
    }

    @Test
    void pipeLinesWithoutAnAttributionAreOwnText() {
        String body = "| col a | col b |\n| 1     | 2     |\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void pythonInterpreterSessionIsOwnText() {
        String body = "Try this:\n\n>>> import os\n>>> os.getcwd()\n'/tmp'\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void aTripleQuoteOfProseIsAQuoteNotASession() {
        String prose = "I said:\n\n>>> There are two security items here.  The first is that the secret RSA\n"
                + ">>> key not be revealed.\n\nAnd I still say so.\n";
        assertThat(Segments.kinds(prose)).isEqualTo("text0 quote3 text0");
        String tabbed = "\t>>> Who here has been in such a news war ...\n\nI was, a few years ago.\n";
        assertThat(Segments.kinds(tabbed)).isEqualTo("quote3 text0");
        // a line of the same words pasted from a terminal, indented by spaces, stays a session
        String pasted = "The client prints:\n\n  >>> Server said: hello, world and more\n\nthen hangs.\n";
        assertThat(Segments.kinds(pasted)).isEqualTo("text0");
    }

    @Test
    void tripleQuoteNextToShallowerQuotesIsAQuote() {
        String body = "> > > deep\n> > middle\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote3 quote2");
    }

    @Test
    void outlookBlockQuotesTheUnprefixedTextAfterIt() {
        String body = "Sounds good.\n\n-----Original Message-----\nFrom: Ann Lee [mailto:ann at example.org]\n"
                + "Sent: Tuesday, March 15, 2005 12:47 AM\nTo: list\nSubject: Re: x\n\nThe original text.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1");
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q.quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(q.quotedDate()).isEqualTo(Instant.parse("2005-03-15T00:47:00Z"));
    }

    @Test
    void aForwardedMessageIsAQuoteOfItsSenderUntilItsEndLine() {
        String body = "Worth reading.\n\n------- Forwarded Message\n\nDate: Fri, 3 Sep 1993 00:25:00 GMT\n"
                + "From: denning@guvax.georgetown.edu (Dorothy Denning)\nSubject: SKIPJACK review\n\n"
                + "The review found no trapdoor.\n\n------- End of Forwarded Message\n\nMy own view differs.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1 text0");
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q.quotedAuthor()).isEqualTo("Dorothy Denning");
        assertThat(q.quotedDate()).isEqualTo(Instant.parse("1993-09-03T00:25:00Z"));
        assertThat(q.forwarded()).isTrue();
        assertThat(Segments.first(body, SegmentKind.ATTRIBUTION).forwarded()).isTrue();
    }

    @Test
    void aForwardLineAboveItsSendersLineAloneIsAForwardOfThatSender() {
        // cypherpunks 1993: MH's forward line, then only the sender's From: line
        String body = "Some of the questions will look familiar.\n\n------- Forwarded Message\n\n"
                + "From: djw@eff.org (Daniel J. Weitzner)\n\nThe Working Group sent the following questions to the White House.\n\n"
                + "------- End of Forwarded Message\n\nMy own view differs.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1 text0");
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q.quotedAuthor()).isEqualTo("Daniel J. Weitzner");
        assertThat(q.forwarded()).isTrue();
        // a reply's quote line still wants a second header: a From: alone below it stays the poster's
        String reply = "-----Original Message-----\nFrom: the desk of the editor\n\nWe print what we like.\n";
        assertThat(Segments.kinds(reply)).doesNotContain("quote");
    }

    @Test
    void aForwardLineWithoutHeadersForwardsTextOfAnUnnamedSender() {
        // cypherpunks 1993: a White House statement forwarded without its mail headers
        String body = "For those who haven't seen it.\n\n------ Forwarded Message\n\n"
                + "       E X E C U T I V E   O F F I C E   O F   T H E   P R E S I D E N T\n"
                + "The Administration will require the use of the Clipper Chip.\n\n------- End of Forwarded Message\n\nDave\n";
        assertThat(Segments.kinds(body)).startsWith("text0 attribution0 quote1 text0");
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(body.substring(q.start(), q.end())).contains("The Administration will require");
        assertThat(q.quotedAuthor()).isNull();
        assertThat(q.forwarded()).isTrue();
        assertThat(Segments.text(body, SegmentKind.TEXT)).startsWith("For those who").doesNotContain("Administration");
        // and without an end line it runs to the end
        String follows = "If anyone wants to go, dinner is required.\n---------  forwarded message follows  ----------\n"
                + "Dear WESSers:\n  The next general dinner meeting is scheduled for March 1, 1994.\n";
        assertThat(Segments.text(follows, SegmentKind.QUOTE)).startsWith("Dear WESSers:").contains("dinner meeting");
    }

    @Test
    void aForwardLineAboveHeadersItCannotReadForwardsNothingUnnamed() {
        // an envelope line, or a newsreader's line, before the headers: left as the poster's text, as before
        String envelope = "Forwarded message:\nFrom die Tue Aug 16 07:03:18 1994\nSubject: Re: RemailNet\n"
                + "To: tcmay@netcom.com (Timothy C. May)\n\nA small historical note.\n";
        assertThat(Segments.kinds(envelope)).doesNotContain("quote");
        String article = "Begin Forwarded Message\nArticle 9566 (7 more) in alt.security:\nFrom: uni@acs.bu.edu (Shaen Bernhardt)\n"
                + "Newsgroups: sci.crypt\n\nMy own words.\n";
        assertThat(Segments.text(article, SegmentKind.TEXT)).contains("My own words.");
        // the forwarder's note of a few lines above the headers
        String note = "------- Start of forwarded message -------\nOops, I missed this article.\n\n-derek\n\n"
                + "From: denning@guvax.georgetown.edu (Dorothy Denning)\nNewsgroups: sci.crypt\nSubject: SKIPJACK\n\nThe review.\n";
        assertThat(Segments.text(note, SegmentKind.TEXT)).contains("Oops, I missed");
        // a reply's attribution below the line: a quote of the one it names, not an unnamed forward
        String reply = "Begin forwarded message:\n\nOn Tuesday, Dec 2, 2014 at 8:22 PM, Glyph <glyph at twistedmatrix.com>, wrote:\n"
                + "\n> I assume you're using this tutorial?\n";
        assertThat(Segmenter.segment(reply)).noneMatch(seg -> seg.forwarded() && seg.quotedAuthor() == null);
        String own = "------------- Begin forwarded message --------------\nIn <9305041614.AA08798@hydra.unm.edu>, you write:\n\n"
                + "> No, the right is in your right to leave work.\n\nFor the sake of argument, I wouldn't say so.\n";
        assertThat(Segments.kinds(own)).isEqualTo("text0 attribution0 text0 quote1 text0");
        assertThat(Segmenter.segment(own)).noneMatch(Segment::forwarded);
        // a forward line behind scissors
        String scissors = "8<------ Begin forwarded message ----------\nDate: Sat, 8 May 1993 01:37:36 -0700\n"
                + "From: Mark Seecof <marks@latimes.com>\nSubject: Clipper\n\nThe chip serves criminals.\n\n"
                + "8<----- End forwarded message -------------------------\n\nSomeone dropped the ball.\n";
        assertThat(Segments.kinds(scissors)).isEqualTo("attribution0 quote1 text0");
    }

    @Test
    void theSignatureBelowAForwardOfNobodyNamedIsThePostersOwn() {
        String body = "begin included text\n\nThe ACM recently adopted a moral imperative.\n\nSounds like fair game.\n"
                + "-- \nPaul Robichaux, KD4JZG     | Change the world\nperobich@ingr.com          | Be a cryptography user\n";
        assertThat(Segments.text(body, SegmentKind.QUOTE)).contains("moral imperative").doesNotContain("Robichaux");
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).contains("Paul Robichaux");
    }

    /** A news article of some length, as pasted below its headline and byline. */
    private static final String ARTICLE = "WASHINGTON -- The National Security Agency wants to buy\n"
            + "between 10,000 and 70,000 Tessera cards, the agency said.\n\nThe cards hold the Capstone chip, which\n"
            + "carries the same key escrow scheme as the Clipper chip.\n\nCritics say the purchase would set a standard\n"
            + "by the weight of government orders alone.\n\nThe agency expects to award contracts\n"
            + "for the card by March 25.\n\nIndustry groups said the export rules\nwould still apply to any such card.\n";

    @Test
    void aNewsArticleBelowItsBylineIsItsAuthorsForward() {
        String body = "Worth a look.\n\nU.S. CODE AGENCY IS JOSTLING FOR CIVILIAN TURF\n\nNew York Times, Monday, January 24, 1994\n\n"
                + "By JOHN MARKOFF\n\n" + ARTICLE + "\n-- \nJohn Gilmore    gnu@toad.com\n";
        Author gilmore = Author.of("John Gilmore", "gnu@toad.com", "gnu (John Gilmore)");
        List<Segment> segments = Segmenter.segment(body, gilmore, null);
        Segment q = segments.stream().filter(s -> s.kind() == SegmentKind.QUOTE).findFirst().orElseThrow();
        assertThat(q.quotedAuthor()).isEqualTo("John Markoff");
        assertThat(q.forwarded()).isTrue();
        assertThat(body.substring(q.start(), q.end())).contains("Tessera cards").contains("export rules");
        assertThat(segments.stream().filter(s -> s.kind() == SegmentKind.TEXT).map(s -> body.substring(s.start(), s.end())))
                .anyMatch(t -> t.contains("Worth a look")).noneMatch(t -> t.contains("Tessera"));
        assertThat(segments).extracting(Segment::kind).contains(SegmentKind.SIGNATURE);
        // two authors
        String two = "The Washington Post\nFebruary 24, 1994\n\nFBI, Justice Seek High-Tech Surveillance Guarantees\n"
                + "by John Mintz and John Schwartz\nWashington Post Staff Writers\n\n" + ARTICLE;
        assertThat(Segments.first(two, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("John Mintz and John Schwartz");
        assertThat(Segments.first(two.replace("by John Mintz and John Schwartz", "BY JOHN MINTZ AND JOHN SCHWARTZ"), SegmentKind.QUOTE)
                .quotedAuthor()).isEqualTo("John Mintz and John Schwartz");
        // a rule with a few lines of the poster's below it ends the article
        String comment = "Security Plan Draws Fire\nby Edward J. Boyer\n\n" + ARTICLE + "\n*************************\nlater.\n";
        assertThat(Segments.text(comment, SegmentKind.QUOTE)).contains("Tessera").doesNotContain("later.");
        assertThat(Segments.kinds(comment)).isEqualTo("text0 attribution0 quote1 text0");
        // behind scissors, or an article's own end line
        String cut = "Computerworld, July 12, 1993\nThe right to be secure\nBy James Daly\n\n" + ARTICLE
                + "\n8<---------- End of Article -------------\n\nIn a small, corner-page item the same week, the FBI said so.\n";
        assertThat(Segments.kinds(cut)).isEqualTo("text0 attribution0 quote1 text0");
        // the poster's contact block below an article that runs to the end is their signature
        String signed = "A PUSH FOR SURVEILLANCE SOFTWARE\n\nBy JOHN MARKOFF\n\n" + ARTICLE
                + "\nMarshall Clow\nAladdin Systems\nmclow@san_marcos.csusm.edu\n";
        Author clow = Author.of("Marshall Clow", "mclow@san_marcos.csusm.edu", "mclow@san_marcos.csusm.edu (Marshall Clow)");
        assertThat(Segmenter.segment(signed, clow, null)).extracting(Segment::kind).containsExactly(SegmentKind.TEXT,
                SegmentKind.ATTRIBUTION, SegmentKind.QUOTE, SegmentKind.SIGNATURE);
    }

    @Test
    void aBillPastedWholeIsNobodysOwnText() {
        String bill = "FYI.\t\t\t\t-- John Gilmore\n\nDRAFT - August 1, 1994\n\n"
                + "SECTION 1. INTERCEPTING DIGITAL AND OTHER COMMUNICATIONS.\nTitle 18 is amended by adding a new chapter.\n\n"
                + "SECTION 2.  EFFECTIVE DATE.  Sections 2602 and 2603 shall take effect 4 years after enactment.\n\n"
                + "SECTION 3.  REIMBURSEMENT AND FUNDING.\nThe Attorney General shall pay carriers.\n";
        Segment q = Segments.first(bill, SegmentKind.QUOTE);
        assertThat(bill.substring(q.start(), q.end())).startsWith("SECTION 1.").contains("shall pay carriers");
        assertThat(q.quotedAuthor()).isNull();
        assertThat(q.forwarded()).isTrue();
        assertThat(Segments.text(bill, SegmentKind.TEXT)).startsWith("FYI.").doesNotContain("SECTION");
        // from the bill's opening line and its preamble; a code's higher headings go with its sections
        String opening = "Here is the draft.\n\n                        A BILL\n\n   To ensure continued law enforcement access.\n\n"
                + bill.substring(bill.indexOf("SECTION 1."));
        assertThat(Segments.text(opening, SegmentKind.TEXT)).isEqualTo("Here is the draft.\n\n");
        String code = "My own note.\n\nTITLE 18.  CRIMES AND CRIMINAL PROCEDURE\n\nCHAPTER 119.  WIRE INTERCEPTION AND\n"
                + "INTERCEPTION OF ORAL COMMUNICATIONS\n\nSec. 2510.  Definitions\n\n   (1) \"wire communication\" means any aural transfer;\n\n"
                + "Sec. 2511.  Interception and disclosure prohibited\n\n   (1) Any person who intercepts shall be fined.\n\n"
                + "\u00a7 2512.  Manufacture of intercepting devices prohibited\n\n   (1) Any person who sends such a device shall be fined.\n";
        assertThat(Segments.text(code, SegmentKind.TEXT)).isEqualTo("My own note.\n\n");
        assertThat(Segments.text(code, SegmentKind.QUOTE)).startsWith("TITLE 18.").endsWith("shall be fined.\n");
        // one heading in a poster's commentary, or a newsletter's "Section 1." parts, are the poster's
        String comment = "SEC. 1.  FINDINGS AND PURPOSES.\n\nSection 1 of the bill states Congressional findings.\n";
        assertThat(Segments.kinds(comment)).isEqualTo("text0");
        String newsletter = "Section 1. PGP general\nText.\n\nSection 2. Michael Johnson's PGP FAQ\nMore.\n\nSection 3. Stealth PGP.\nEnd.\n";
        assertThat(Segments.kinds(newsletter)).isEqualTo("text0");
    }

    @Test
    void bylinesOfNoPastedArticleStayOwnText() {
        // the poster's own article
        String own = "Fed officials pan ban\n\nby Paul Ferguson\n\n" + ARTICLE;
        Author paul = Author.of("Paul Ferguson", "fergp@sytex.com", "fergp@sytex.com (Paul Ferguson)");
        assertThat(Segmenter.segment(own, paul, null)).extracting(Segment::kind).doesNotContain(SegmentKind.QUOTE);
        // a book named in a sentence, then the poster's own words
        String book = "For some good information on primality testing, see\n\n\tA Course in Computational Algebraic Number Theory\n"
                + "\tby Henri Cohen\n\n" + ARTICLE;
        assertThat(Segments.kinds(book)).isEqualTo("text0");
        // a reading list
        String list = "**\tUseful Books and Readings\n\n\t\"The Online User's Encyclopedia\"\n\t\tby Bernard Aboba\n"
                + "\t\tpublished by Addison-Wesley\n\n" + ARTICLE;
        assertThat(Segments.kinds(list)).isEqualTo("text0");
        // a heading that says how ("BY FIDO-PROTOCOL FREQ"), and a byline with no article below it
        assertThat(Segments.kinds("Getting PGP.\n\nBY FIDO-PROTOCOL FREQ\n\n" + ARTICLE)).isEqualTo("text0");
        assertThat(Segments.kinds("A headline\nBy John Markoff\n\nShort.\n")).isEqualTo("text0");
    }

    /** The author of the quote holding {@code words}, and whether that quote is a forward. */
    private static String authorOf(List<Segment> segments, String body, String words) {
        return segments.stream().filter(s -> s.kind() == SegmentKind.QUOTE && body.substring(s.start(), s.end()).contains(words))
                .map(s -> s.quotedAuthor() + (s.forwarded() ? " fwd" : "")).findFirst().orElse("own text");
    }

    @Test
    void aNewsArticleInAForwardedOrQuotedMessageIsItsBylinesNotItsSenders() {
        // a forward's header block names who sent it on; the byline below names who wrote the article
        String forward = "Worth reading.\n\n------- Forwarded Message\n\nDate: Tue, 15 Jun 93 23:39:20 EDT\n"
                + "From: Anita Brenner <anita@example.org>\nSubject: Jackboots on the Infobahn\n\nWIRED 2.04\n\n"
                + "Jackboots on the Infobahn\n\nBy John Perry Barlow\n\n" + ARTICLE + "\n------- End of Forwarded Message\n\nMy own words.\n";
        List<Segment> segments = Segmenter.segment(forward, null, null);
        assertThat(authorOf(segments, forward, "Tessera cards")).isEqualTo("John Perry Barlow fwd");
        assertThat(authorOf(segments, forward, "WIRED 2.04")).isEqualTo("Anita Brenner fwd");
        assertThat(authorOf(segments, forward, "My own words")).isEqualTo("own text");
        // quoted in a reply, behind marks, under a header block or an attribution
        String quoted = "Paul Ferguson wrote:\n> ComputerWorld, June 14, 1993\n>\n> All Eyes On Clipper\n> by Gary H. Anthes\n>\n"
                + ARTICLE.replaceAll("(?m)^", "> ") + "\nThis article is wrong.\n";
        segments = Segmenter.segment(quoted, null, "Re: YAA");
        assertThat(authorOf(segments, quoted, "Tessera cards")).isEqualTo("Gary H. Anthes");
        assertThat(authorOf(segments, quoted, "ComputerWorld")).isEqualTo("Paul Ferguson");
        assertThat(authorOf(segments, quoted, "This article is wrong")).isEqualTo("own text");
        // the sender's own article, forwarded or quoted, stays theirs
        String own = quoted.replace("by Gary H. Anthes", "by Paul Ferguson");
        assertThat(authorOf(Segmenter.segment(own, null, "Re: YAA"), own, "Tessera cards")).isEqualTo("Paul Ferguson");
        String ownForward = forward.replace("By John Perry Barlow", "By Anita Brenner");
        assertThat(authorOf(Segmenter.segment(ownForward, null, null), ownForward, "Tessera cards")).isEqualTo("Anita Brenner fwd");
    }

    @Test
    void aHeadlineEndingInACapitalisedWordIsNoSentenceLeadingIn() {
        // the line above the subtitle is the headline, not a sentence broken off before a title ("..., see")
        String body = "From Network World, April 19, 1993, quoted without permission:\n\n---\n"
                + "Clinton security plan hints of Big Brother\n\nClipper Chip would let government eavesdrop on encrypted voice and\n"
                + "data communications.\n\nBy Ellen Messmer\nSenior Correspondent\n\n" + ARTICLE;
        List<Segment> segments = Segmenter.segment(body);
        assertThat(authorOf(segments, body, "Tessera cards")).startsWith("Ellen Messmer");
        // the headline below the lead-in is the paper's (LeadIns), passed on, not answered: no Re: in the subject
        assertThat(authorOf(segments, body, "Clinton security plan")).isEqualTo("Network World fwd");
        // a sentence broken off before the title it names still leads in
        String book = "For a good account of the NSA's history and of its listening posts, see\n\n"
                + "   The Puzzle Palace\n   by James Bamford\n\n" + ARTICLE;
        assertThat(Segments.kinds(book)).isEqualTo("text0");
    }

    @Test
    void aPressReleaseOrWireStoryPastedWholeIsNotThePostersOwnText() {
        String release = "Thought you would want to see this.\n\nFOR IMMEDIATE RELEASE\n\nContact: Diane Smiroldo, 202.872.5500\n\n"
                + ARTICLE + "\n-- \nsue@example.org\n";
        Author sue = Author.of("Sue D. Nym", "sue@example.org", "sue@example.org (Sue D. Nym)");
        List<Segment> segments = Segmenter.segment(release, sue, null);
        assertThat(authorOf(segments, release, "Tessera cards")).isEqualTo("null fwd");
        assertThat(authorOf(segments, release, "Thought you would")).isEqualTo("own text");
        assertThat(segments).extracting(Segment::kind).contains(SegmentKind.SIGNATURE);
        String press = "Here it is.\n\n   DIGICASH PRESS RELEASE\n\n" + ARTICLE;
        assertThat(authorOf(Segmenter.segment(press, sue, null), press, "Tessera cards")).isEqualTo("null fwd");
        // a wire story's dateline names its agency
        String wire = "I think this came from a Fidonet channel.\n\n    WASHINGTON (AP) -- Move over Ben Franklin, the portraits\n"
                + "on the nation's paper money will be enlarged.\n" + ARTICLE;
        segments = Segmenter.segment(wire, sue, null);
        assertThat(authorOf(segments, wire, "Move over Ben Franklin")).isEqualTo("Associated Press fwd");
        assertThat(authorOf(segments, wire, "Fidonet")).isEqualTo("own text");
        String reuters = "Good news.\n\n  BOSTON (Reuter) -  A federal judge dismissed an indictment.\n" + ARTICLE;
        assertThat(authorOf(Segmenter.segment(reuters, sue, null), reuters, "federal judge")).isEqualTo("Reuters fwd");
        // an organisation posting its own release speaks
        Author aclu = Author.of("ACLU Information", "infoaclu@pipeline.com", "ACLU Information <infoaclu@pipeline.com>");
        String own = "ACLU * ACLU * ACLU\n NEWS RELEASE * NEWS RELEASE\n\nFor IMMEDIATE RELEASE\n\n" + ARTICLE;
        assertThat(Segmenter.segment(own, aclu, null)).extracting(Segment::kind).doesNotContain(SegmentKind.QUOTE);
        // a poster naming a release or the wire in their own sentences speaks
        String said = "The New York Times says the NSA wants Tessera cards, and they are wrong.\n"
                + "The White House sent out a press release for immediate release on Friday.\nThe AP -- as usual -- ran it.\n\n" + ARTICLE;
        assertThat(Segmenter.segment(said, sue, null)).extracting(Segment::kind).doesNotContain(SegmentKind.QUOTE);
        // a release line with nothing much below it
        assertThat(Segments.kinds("PRESS RELEASE\n\nShort.\n")).isEqualTo("text0");
    }

    @Test
    void aHeaderBlockAfterASignOffForwardsTheMessageBelowIt() {
        String body = "I posted this to the newsgroup.\n\n--Tim\n\n\nNewsgroups: comp.org.eff.talk\n"
                + "From: tcmay@netcom.com (Timothy C. May)\nSubject: I won't be renewing\nMessage-ID: <x@netcom.com>\n"
                + "Date: Thu, 11 Aug 1994 01:24:27 GMT\n\nThe involvement of the EFF in the bill is the reason.\n";
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(body.substring(q.start(), q.end())).contains("The involvement of the EFF");
        assertThat(q.quotedAuthor()).isEqualTo("Timothy C. May");
        assertThat(q.forwarded()).isTrue();
        assertThat(Segments.text(body, SegmentKind.TEXT)).startsWith("I posted this").doesNotContain("involvement");
    }

    @Test
    void aForwardsHeaderBlockMayHoldHeadersOfAnyName() {
        String body = "Date: 03 May 1993 09:12:58 -0400 (EDT)\nFrom: carl@malamud.com (Carl Malamud)\n"
                + "Subject: Hearings by Congressman Markey\nTo: announce@malamud.com\nOrg: Internet Talk Radio\n\n"
                + "Chairman Edward Markey held oversight hearings on April 29.\n";
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q).isNotNull();
        assertThat(q.quotedAuthor()).isEqualTo("Carl Malamud");
        assertThat(body.substring(q.start(), q.end()).strip()).startsWith("Chairman Edward Markey");
        // the poster's own memo, a title after the name, stays their text
        String memo = "To:   All Users of PGP\nFrom: Philip Zimmermann, creator of PGP\nRe:   Misconceptions about PGP 2.6\n"
                + "Date: 18 Aug 94\n\nPGP 2.6 is not weaker than 2.3a.\n";
        Author phil = Author.of("Philip Zimmermann", "prz@acm.org", "prz@acm.org (Philip Zimmermann)");
        assertThat(Segmenter.segment(memo, phil, null)).extracting(Segment::kind).doesNotContain(SegmentKind.QUOTE);
        // a line of another name ends a block of fewer than two known headers: no forward
        assertThat(Segments.kinds("From: Ann\nNote: see below\nTo: Bob\n\nhello\n")).isEqualTo("text0");
    }

    @Test
    void theMessagesOfAForwardedDigestStandSideBySide() {
        String body = "RISKS 14.89\n\nDate: Fri, 27 Aug 1993 11:15:23 -0700\nFrom: Paul Traina <pst@cisco.com>\n"
                + "Subject: Re: Cisco backdoor?\n\nNo trapdoor.\n\n------------------------------\n\n"
                + "Date: Sat, 28 Aug 1993 09:00:00 -0700\nFrom: Ann Lee <ann@example.org>\nSubject: Other\n\nAnn's item.\n";
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Paul Traina", "Ann Lee");
        assertThat(quotes).extracting(Segment::depth).containsOnly(1);
    }

    @Test
    void aPostersOwnMessageForwardedAgainStaysTheirText() {
        String body = "I posted this to the newsgroup.\n\nNewsgroups: comp.org.eff.talk\n"
                + "From: tcmay@netcom.com (Timothy C. May)\nSubject: I won't be renewing\n"
                + "Date: Thu, 11 Aug 1994 01:24:27 GMT\n\nThe involvement of the EFF in the bill is the reason.\n"
                + "\n> a quote in it\n";
        Author tim = Author.of("Timothy C. May", "tcmay@netcom.com", "Timothy C. May <tcmay@netcom.com>");
        List<Segment> own = Segmenter.segment(body, tim, null);
        assertThat(own).extracting(Segment::kind).containsExactly(SegmentKind.TEXT, SegmentKind.ATTRIBUTION,
                SegmentKind.TEXT, SegmentKind.QUOTE);
        assertThat(own.get(3).depth()).isEqualTo(1);
        assertThat(own.get(3).quotedAuthor()).isNull();
        Author other = Author.of("Ann Lee", "ann@example.org", "Ann Lee <ann@example.org>");
        assertThat(Segmenter.segment(body, other, null)).extracting(Segment::kind).containsExactly(SegmentKind.TEXT,
                SegmentKind.ATTRIBUTION, SegmentKind.QUOTE, SegmentKind.QUOTE);
        Author byAddress = Author.of(null, "tcmay@netcom.com", "tcmay@netcom.com");
        assertThat(Segmenter.segment(body.replace(" (Timothy C. May)", ""), byAddress, null).get(2).kind()).isEqualTo(SegmentKind.TEXT);
    }

    @Test
    void thePostersFullNameOpensASignatureOfTheShortLinesBelowIt() {
        Author ed = Author.of("Ed Suominen", "general@eepatents.com", "Ed Suominen <general@eepatents.com>");
        String body = "Glad to see there's a book, but why isn't it under the O'Reilly name?\n\nEd Suominen\n"
                + "Registered Patent Agent\nOpen-Source Software Author (yes, both...)\nWeb Site: http://www.eepatents.com\n";
        Segment sig = Segmenter.segment(body, ed, null).stream().filter(x -> x.kind() == SegmentKind.SIGNATURE).findFirst().orElseThrow();
        assertThat(body.substring(sig.start(), sig.end())).startsWith("Ed Suominen\nRegistered Patent Agent");
        // someone else's name, a postscript or a footnote below the name: still the message
        Author ann = Author.of("Ann Lee", "ann@example.org", "Ann Lee <ann@example.org>");
        assertThat(Segmenter.segment(body, ann, null)).extracting(Segment::kind).containsOnly(SegmentKind.TEXT);
        assertThat(Segmenter.segment(body.replace("Web Site:", "P.S. the site is"), ed, null)).extracting(Segment::kind)
                .containsOnly(SegmentKind.TEXT);
        assertThat(Segmenter.segment("See the thread.\n\n-Jason Litzinger\n\n[1] http://example.org/x.html\n",
                Author.of("Jason Litzinger", null, "Jason Litzinger"), null)).extracting(Segment::kind).containsOnly(SegmentKind.TEXT);
    }

    @Test
    void inAReplyAHeaderBlockWithoutAForwardLineQuotesTheMessageRepliedTo() {
        String body = "Agreed, see the revision.\n\nFrom: Ruixin Wang\nDate: 2019-11-22 10:39\nTo: RAN4\n"
                + "Subject: draft WF on FR2 MIMO OTA\n\nPlease find the draft attached.\n";
        Author ruixin = Author.of("Ruixin Wang", null, "Ruixin Wang");
        List<Segment> reply = Segmenter.segment(body, ruixin, "Re: draft WF on FR2 MIMO OTA");
        assertThat(reply).extracting(Segment::kind).containsExactly(SegmentKind.TEXT, SegmentKind.ATTRIBUTION, SegmentKind.QUOTE);
        assertThat(reply).noneMatch(Segment::forwarded); // and so not the poster's own text, though the sender is the poster
        assertThat(Segmenter.segment(body, null, "Fwd: Re: draft WF")).anyMatch(Segment::forwarded);
        assertThat(Segmenter.segment(body, null, null)).anyMatch(Segment::forwarded);
        assertThat(Segmenter.segment("Hi\n\n---------- Forwarded message ----------\n" + body.substring(body.indexOf("From:")),
                null, "Re: draft WF")).anyMatch(Segment::forwarded);
    }

    @Test
    void thePostersNameAloneBelowAClosingQuoteSignsOff() {
        Author manlio = Author.of("Manlio Perillo", null, "Manlio Perillo");
        String body = "Hi.\n\n> Use a deferred.\n\nThanks, it works.\n\n> Good.\n\nManlio Perillo\n";
        assertThat(Segmenter.segment(body, manlio, null)).extracting(Segment::kind).endsWith(SegmentKind.SIGNATURE);
        assertThat(Segmenter.segment(body.replace("Manlio Perillo", "- Manlio"), manlio, null)).extracting(Segment::kind)
                .endsWith(SegmentKind.SIGNATURE);
        // another person's name there is an answer, not a sign-off
        assertThat(Segmenter.segment(body.replace("Manlio Perillo", "Glyph Lefkowitz"), manlio, null)).extracting(Segment::kind)
                .endsWith(SegmentKind.TEXT);
    }

    @Test
    void forwardLinesOfTheCommonMailersOpenAForward() {
        for (String line : List.of("Begin forwarded message:", "---------- Forwarded message ----------",
                "- ------- start of forwarded message (RFC 934 encapsulation)", "----- Begin Included Message -----",
                "FORWARDED MAIL -------", "Forwarded message:", "---- begin include ----")) {
            String body = "fyi\n\n" + line + "\nFrom: Ann Lee <ann@example.org>\nSubject: keys\n\nAnn's text.\n";
            assertThat(Segments.kinds(body)).as(line).isEqualTo("text0 attribution0 quote1");
            assertThat(Segments.first(body, SegmentKind.QUOTE).forwarded()).as(line).isTrue();
        }
    }

    @Test
    void headersQuotedInAReplyQuoteThatMessageInTheReply() {
        // Hotmail quotes the message replied to with its headers
        String body = ">From: Jp Calderone <exarkun at divmod.com>\n>To: twisted-python at twistedmatrix.com\n"
                + ">Subject: Re: [Twisted-Python] book\n>Date: Sun, 01 Aug 2004 15:49:19 -0400\n>\n>Use a deferred.\n\nThanks!\n";
        Segment a = Segments.first(body, SegmentKind.ATTRIBUTION);
        assertThat(a.quotedAuthor()).isEqualTo("Jp Calderone");
        assertThat(a.forwarded()).isFalse();
        assertThat(Segments.first(body, SegmentKind.QUOTE).forwarded()).isFalse();
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Jp Calderone");
    }

    @Test
    void whatAQuotedHeaderBlocksSenderQuotedIsNotTheirs() {
        String body = ">From: Jp Calderone <exarkun at divmod.com>\n>Subject: Re: book\n>Date: Sun, 01 Aug 2004 15:49:19 -0400\n"
                + ">\n>> Which book?\n>\n>Use a deferred.\n\nThanks!\n";
        List<Segment> all = Segmenter.segment(body);
        assertThat(all).filteredOn(s -> s.kind() == SegmentKind.QUOTE && s.depth() == 2)
                .singleElement().extracting(Segment::quotedAuthor).isNull();
        assertThat(all).filteredOn(s -> s.kind() == SegmentKind.QUOTE && s.depth() == 1)
                .extracting(Segment::quotedAuthor).contains("Jp Calderone");
    }

    @Test
    void anOutlookMessageQuotedInsideAnotherIsDeeperAndItsAuthors() {
        String body = "ok\n\n-----Original Message-----\nFrom: Bob\nSent: 04 March 2005 09:20\nTo: x\nSubject: y\n\n"
                + "Bob's words\n\n-----Original Message-----\nFrom: Carol\nSent: 03 March 2005 09:20\nTo: x\nSubject: y\n\n"
                + "Carol's words\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1 attribution1 quote2");
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Bob", "Carol");
        assertThat(quotes).noneMatch(Segment::forwarded);
    }

    @Test
    void headerLikeLinesThatForwardNothingStayOwnText() {
        assertThat(Segments.kinds("Memo\n\nFrom: Ann\nTo: Bob\n\nhello\n")).isEqualTo("text0");
        assertThat(Segments.kinds("mail = StringIO.StringIO(\"\"\"\nDate: Fri, 5 Nov 2004 10:00:00 +0000\n"
                + "From: a@example.org\nSubject: test\n\nbody\n\"\"\")\n")).isEqualTo("text0");
        assertThat(Segments.kinds("The end of message handling is broken.\nFrom: here on it works.\n")).isEqualTo("text0");
        assertThat(Segments.kinds("Notes\n\nVon: Ann\nAn: Bob\n\nhallo\n")).isEqualTo("text0");
        assertThat(Segments.kinds("Da: the first try failed.\nData: 12 bytes lost.\nA: nothing else.\n\nok\n")).isEqualTo("text0");
    }

    @Test
    void outlookOnBehalfOfNamesTheRealAuthor() {
        String body = "-----Original Message-----\nFrom: list-bounces at example.org\n"
                + "[mailto:list-bounces at example.org]On Behalf Of Grant Lee\nSent: 04 March 2005 09:20\n"
                + "To: list\nSubject: hi\n\ntext\n";
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Grant Lee");
        String listserv = "-----Original Message-----\nFrom: 3GPP_TSG_SA_WG4_EVS <3GPP_TSG_SA_WG4_EVS@LIST.ETSI.ORG> on behalf of "
                + "Imre Varga <ivarga@QTI.QUALCOMM.COM>\nSent: 04 March 2005 09:20\nTo: list\nSubject: hi\n\ntext\n";
        assertThat(Segments.first(listserv, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Imre Varga");
    }

    /** Outlook's separator and header block in German, French and Italian, accents lost on the way as the archives keep them. */
    static Stream<Arguments> outlookInOtherLanguages() {
        return Stream.of(
                Arguments.of("It works now.\n\nCheers\n\n-----Urspr?ngliche Nachricht-----\nVon: list-admin at example.org\n"
                        + "[mailto:list-admin at example.org] Im Auftrag von Itamar\nShtull-Trauring\nGesendet: Montag, 12. Mai 2003 17:40\n"
                        + "An: list at example.org\nBetreff: Re: newbie udp\n\nUDP code hasn't been tested on Windows.\n",
                        "Itamar Shtull-Trauring"),
                Arguments.of("Merci.\n\n----- Message d'origine ----\nDe : Ann Lee <ann at example.org>\n? : Twisted general discussion\n"
                        + "Envoy? : 9 ao?t 2006 10:49\nObjet : Re: services\n\nThat is what firedaemon does.\n", "Ann Lee"),
                Arguments.of("Same here.\n\n-------- Messaggio originale --------\nOggetto: connectionLost never reached\n"
                        + "Data: Sat, 16 Oct 2010 17:22:56 +0200\nMittente: Ann Lee <ann at example.org>\nA: list at example.org\n\n"
                        + "I have a problem with CLOSE_WAIT.\n", "Ann Lee"),
                Arguments.of("Gracias.\n\n-----Mensaje original-----\nDe: Ann Lee [mailto:ann at example.org]\n"
                        + "Enviado el: lunes, 12 de mayo de 2003 17:40\nPara: list\nAsunto: Re: udp\n\nIt works on Linux.\n", "Ann Lee"),
                Arguments.of("Dank je.\n\n-----Oorspronkelijk bericht-----\nVan: Ann Lee [mailto:ann at example.org]\n"
                        + "Verzonden: maandag 12 mei 2003 17:40\nAan: list\nOnderwerp: Re: udp\n\nIt works on Linux.\n", "Ann Lee"),
                // without the separator line, as Outlook writes it above a reply (twisted-python, 2013)
                Arguments.of("It works now.\n\nVon: twisted-python-bounces at twistedmatrix.com [mailto:twisted-python-bounces at "
                        + "twistedmatrix.com] Im Auftrag von Tobias Oberstein\nGesendet: Freitag, 8. M?rz 2013 12:18\n"
                        + "An: Twisted general discussion (twisted-python at twistedmatrix.com)\nBetreff: [Twisted-Python] Twisted on Jython\n\n"
                        + "we've been asked if Autobahn runs under Jython.\n", "Tobias Oberstein"),
                Arguments.of("Dank je.\n\nVan: Ann Lee [mailto:ann at example.org]\nVerzonden: maandag 12 mei 2003 17:40\n"
                        + "Aan: list\nOnderwerp: Re: udp\n\nIt works on Linux.\n", "Ann Lee"),
                Arguments.of("Merci.\n\nDe : Ann Lee [mailto:ann at example.org]\nEnvoy? : lundi 12 mai 2003 17:40\n"
                        + "? : list\nObjet : Re: udp\n\nIt works on Linux.\n", "Ann Lee"),
                // Dutch Outlook's "on behalf of"; a webmail's no-break space after the field name
                Arguments.of("Dank je.\n\nVan: twisted-python-bounces at twistedmatrix.com [mailto:twisted-python-bounces at "
                        + "twistedmatrix.com] Namens Laurens Van Houtven\nVerzonden: maandag 12 mei 2003 17:40\n"
                        + "Aan: list\nOnderwerp: Re: udp\n\nIt works on Linux.\n", "Laurens Van Houtven"),
                Arguments.of("Danke.\n\nVon:\u00a0Glyph <glyph at twistedmatrix.com>\nAn:\u00a0list\n"
                        + "Betreff:\u00a0Re: udp\nGesendet:\u00a0Sonntag, 20. August 2017 um 21:12 Uhr\n\nIt works on Linux.\n", "Glyph"));
    }

    @ParameterizedTest
    @MethodSource("outlookInOtherLanguages")
    void outlookInOtherLanguagesQuotesTheMessageBelow(String body, String author) {
        assertThat(Segments.kinds(body)).endsWith("attribution0 quote1");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo(author);
    }

    @Test
    void aWrappedAttributionsVerbQuotedOneLevelOffStillEndsIt() {
        String body = "Bob Roe wrote:\n> On Mon, 11 Jul 2005 12:16:35 -0500, Justin Johnson <justinjohnson at gmail.com>\n"
                + "> > wrote:\n> > The reactor is not running.\n> Then start it.\n\nThanks.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 attribution1 quote2 quote1 text0");
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Justin Johnson", "Bob Roe");
        // the address's ">" taken for a quote mark of the wrapped line
        String cut = "On Tue, Oct 6, 2009 at 11:30 PM, Stephen Mattison <stephenmattison at gmail.com\n> wrote:\n\n> It hangs.\n\nok\n";
        assertThat(Segments.first(cut, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Stephen Mattison");
    }

    @Test
    void aWriterQuotingThemselvesIsTheQuotedAuthor() {
        Author ann = Author.of("Ann Lee", "ann@example.org", "Ann Lee <ann@example.org>");
        String body = "I wrote:\n> The reactor must be running.\n\nI was wrong about that.\n";
        List<Segment> segments = Segmenter.segment(body, ann, null);
        assertThat(segments).extracting(s -> s.kind().label()).containsExactly("attribution", "quote", "text");
        assertThat(segments.get(1).quotedAuthor()).isEqualTo("Ann Lee");
        // inside a quote, "I" is that quote's author
        String nested = "Bob Roe wrote:\n> On Mon, 11 Jul 2005 12:16:35 -0500, I wrote:\n> > Use a deferred.\n> It did not help.\n\nok\n";
        List<Segment> quotes = Segmenter.segment(nested, ann, null).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Bob Roe", "Bob Roe");
        assertThat(quotes.get(0).depth()).isEqualTo(2);
        // without a quote below it, a sentence ending so stays text
        assertThat(Segmenter.segment("In the docs I wrote:\nnothing yet.\n", ann, null)).extracting(s -> s.kind().label()).containsExactly("text");
    }

    @Test
    void dashDashSpaceStartsTheSignature() {
        String body = "my text\n-- \nAnn Lee\nExample Org\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("-- \nAnn Lee\nExample Org\n");
    }

    @Test
    void signatureBeforeAnOutlookQuoteEndsThere() {
        String body = "ok\n--\nRegards,\nDanny\n\n-----Original Message-----\nFrom: Ann\nSent: 04 March 2005 09:20\nTo: x\n\nold\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 signature0 text0 attribution0 quote1");
    }

    @Test
    void aCompanysLongBlockBelowThePostersNameIsASignatureWithTheClosingAboveIt() {
        String body = "It works now.\n\nMit freundlichen Gr??en,\n\nTobias Oberstein\nGesch?ftsf?hrer\n\n+49(0)9131 940 3574\n"
                + "+49(0)176 23 752 055\ntobias.oberstein at tavendo.de<mailto:tobias.oberstein at tavendo.de>\n"
                + "Skype: toberstein<skype:toberstein?call>\nTwitter: @oberstet<https://twitter.com/oberstet>\n"
                + "Xing: Tobias Oberstein<https://www.xing.com/profile/Tobias_Oberstein>\n\n[cid:image001.png at 01CE1C06.BD7E36F0]\n\n"
                + "Tavendo GmbH ? Am Weihersbach 13 ? 91074 Herzogenaurach ? Deutschland\n"
                + "Office / Postanschrift : Waldstrasse 18 ? 91054 Erlangen ? Deutschland\n"
                + "+49(+)700 GO TAVENDO ? +49(0)700 46 828 36 36 ? www.tavendo.de<http://www.tavendo.de/>\n"
                + "Amtsgericht F?rth ? HRB 10365 ? USt-Id.Nr DE246462916 ? Gesch?ftsf?hrer Tobias Oberstein\n";
        Author tobias = Author.of("Tobias Oberstein", "tobias.oberstein@tavendo.de", "Tobias Oberstein");
        List<Segment> segments = Segmenter.segment(body, tobias, null);
        assertThat(segments).extracting(s -> s.kind().label()).containsExactly("text", "signature");
        assertThat(body.substring(segments.get(1).start())).startsWith("Mit freundlichen Gr??en,\n\nTobias Oberstein\n");
        // the same name above lines of running text is no signature
        String prose = "It works now.\n\nTobias Oberstein\nwrote the first version of this module, and it was slow because\n"
                + "every call went through the reactor twice, which nobody had noticed for years on end\n"
                + "until the benchmarks at http://example.org/bench showed it plainly to everyone\n";
        assertThat(Segmenter.segment(prose, tobias, null)).extracting(s -> s.kind().label()).containsExactly("text");
    }

    @Test
    void dashedNameSignOffAtTheEndIsASignature() {
        String body = "my point stands.\n\n\t\t--Steve Bellovin,\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("\t\t--Steve Bellovin,\n");
    }

    @Test
    void cheersAndANameAtTheEndAreASignature() {
        String body = "That should work.\n\nCheers,\nAnn\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("Cheers,\nAnn\n");
    }

    @Test
    void regardsWithTheNameOnOneLineIsASignature() {
        String body = "That should work.\nRegards, Ann Lee\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("Regards, Ann Lee\n");
    }

    @Test
    void thanksFollowedByMoreTextIsNotASignature() {
        String body = "Thanks,\nbut that does not answer my question about the retention period, which is what\n"
                + "I asked about in the first place.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void dashedListItemAtTheEndIsNotASignature() {
        String body = "Options:\n- keep logs for six months\n- delete logs\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void pipermailListFooterIsAFooter() {
        String body = "text\n_______________________________________________\nTwisted-Python mailing list\n"
                + "Twisted-Python at twistedmatrix.com\nhttp://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 footer0");
    }

    @Test
    void renderingFooterLineIsAFooter() {
        String body = "text\n\nMore information about the NANOG mailing list\n";
        assertThat(Segments.text(body, SegmentKind.FOOTER)).isEqualTo("More information about the NANOG mailing list\n");
    }

    @Test
    void scrubbedAttachmentNoteIsAFooter() {
        String body = "text\n-------------- next part --------------\nAn HTML attachment was scrubbed...\n"
                + "URL: http://example.org/attachment.htm\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 footer0");
    }

    @Test
    void aScrubbedNoteWithoutItsNextPartLineIsAFooterWhenItsFieldsFollow() {
        // pipermail's text archive, for a message whose only part was HTML
        String body = "An HTML attachment was scrubbed...\nURL: http://twistedmatrix.com/pipermail/twisted-python/attachments/20120401/e1594483/attachment-0001.htm\n";
        assertThat(Segments.kinds(body)).isEqualTo("footer0");
        assertThat(Segments.kinds("Hi all,\n\n" + body)).isEqualTo("text0 footer0");
        // a sentence that says so, with no field line after it, is the poster's
        assertThat(Segments.kinds("An HTML attachment was scrubbed...\nso I pasted it below.\n")).isEqualTo("text0");
    }

    @Test
    void inlinedAttachmentAfterNextPartStaysText() {
        String body = "see patch\n-------------- next part --------------\nIndex: foo.py\n+print 1\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 footer0 text0");
    }

    @Test
    void signatureThenFooterAreSeparate() {
        String body = "text\n-- \nAnn\n_______________________________________________\nPolicy-Ops mailing list\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 signature0 footer0");
    }

    @Test
    void quotedSignatureStaysInTheQuote() {
        String body = "> their text\n> -- \n> their sig\nmine\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote1 text0");
    }

    @Test
    void bareNameAloneOnTheLastLineIsASignature() {
        String body = "Try the patch attached to the ticket.\n\nJp\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("Jp\n");
    }

    @Test
    void lastWordOfAWrappedSentenceIsNotASignature() {
        String body = "Devs, please read the NEWS file, and if anything is missing, add\nit\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void onlyANameIsNotASignature() {
        String body = "Jp\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void signOffAboveAnOutlookQuoteIsASignature() {
        String body = "Works for us.\n\nCheers,\nTom\n\n-----Original Message-----\nFrom: Ann\nSent: 04 March 2005 09:20\n"
                + "To: x\n\nold text\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("Cheers,\nTom\n");
    }

    @Test
    void oneWordAnswerIsNotASignature() {
        String body = "Is this still a problem in the current release?\n\nAgreed\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void outlookNameWrappedAfterOnBehalfOfIsJoined() {
        String body = "-----Original Message-----\nFrom: list-bounces at example.org\n"
                + "[mailto:list-bounces at example.org] On Behalf Of Ken\nKinder\nSent: Tuesday, March 15, 2005 12:47 AM\n"
                + "To: list\nSubject: hi\n\ntext\n";
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Ken Kinder");
    }

    @Test
    void fromLineFollowedByProseIsNotAnOutlookBlock() {
        String body = "From: Ann Lee\nI think this is wrong.\nSent: yesterday\nSubject: x\n\nmore\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void aVmsMailHeaderBlockForwardsTheMessageBelowItOfTheNamedSender() {
        String body = "Seen on another list:\n\nFrom:\tIN%\"ann@example.org\"  \"Ann Lee\" 14-NOV-1993 10:05:12.30\n"
                + "To:\tIN%\"list@example.org\"\nCC:\t\nSubj:\tEscrow\n\nKey escrow will never be voluntary.\n";
        String decnet = "From:\tVAXA::BLEE  14-NOV-1993\nTo:\tANN\nCC:\t\nSubj:\tEscrow\n\nText.\n";
        String fido = "From: KEN PAVLAK               Refer#: NONE\nTo: ALL\nSubj: Escrow\n\nText.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote1");
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(Segments.first(decnet, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("VAXA::BLEE");
        assertThat(Segments.first(fido, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("KEN PAVLAK");
        Author blee = Author.of(null, "blee@vaxa.example.edu", "blee@vaxa.example.edu");
        assertThat(Segmenter.segment(decnet, blee, null)).extracting(Segment::kind).doesNotContain(SegmentKind.QUOTE);
    }

    @Test
    void aMessageYankedIndentedIsQuotedByItsSenderWithTheAnswersBetween() {
        String body = "   From: Ann Lee <ann@example.org>\n   Date: Wed, 5 Oct 94 15:35:06 EDT\n\n"
                + "   Key escrow will never be voluntary.\n   > Are you sure?\n   Quite sure, as\n\tEmacs indents.\n\n"
                + "I doubt it.\n\n   Then wait and see.\n\nWe will.\n\n\t\t\tBob\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 quote2 quote1 text0 quote1 text0 signature0");
        assertThat(body.substring(0, Segmenter.segment(body).get(3).end())).endsWith("\tEmacs indents.\n");
        Segment quote = Segments.first(body, SegmentKind.QUOTE);
        assertThat(quote.quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(quote.quotedDate()).isEqualTo(Instant.parse("1994-10-05T19:35:06Z"));
    }

    @Test
    void twoHeaderLinesRightAboveAQuoteAreItsAttribution() {
        String body = "From: Christopher Armstrong <carmstro at example.org>\nDate: 15 May 2002 13:10:00 -0400\n\n"
                + "> So, we need two things for tests\n\nI think that we need a harness.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 text0 quote1 text0");
        Segment quote = Segments.first(body, SegmentKind.QUOTE);
        assertThat(quote.quotedAuthor()).isEqualTo("Christopher Armstrong");
        assertThat(quote.quotedDate()).isEqualTo(Instant.parse("2002-05-15T17:10:00Z"));
        assertThat(Segments.kinds("From: Ann Lee\nSubject: escrow\n\nMy own words.\n")).isEqualTo("text0");
    }

    /** Messages quoted under their headers without {@code >} marks: behind bars, or yanked with a tab and headers of any name. */
    static Stream<Arguments> headerBlocksWithoutAngleMarks() {
        return Stream.of(
                Arguments.of("Seen elsewhere:\n\n| From: Ann Lee <ann@example.org>\n| Subject: escrow\n"
                        + "| Date: Tue, 1 Feb 94 19:59:09 PST\n|\n| Key escrow will never be voluntary.\n\nI doubt it.\n",
                        "text0 attribution1 quote1 text0"),
                Arguments.of("\tReturn-Path: <ann@example.org>\n\tFrom: Ann Lee <ann@example.org>\n\tSubject: escrow\n"
                        + "\tX-Mailer: ELM\n\n\tKey escrow will never be voluntary.\n\nI doubt it.\n",
                        "attribution0 quote1 text0"),
                Arguments.of("# From: Ann Lee <ann@example.org>\n# Date: Fri, 29 Jan 93 10:07:37 PST\n# Subject: escrow\n# \n"
                        + "# Key escrow will never be voluntary.\n\nI doubt it.\n\n# And the chip is classified.\n\nSo is the algorithm.\n",
                        "attribution1 quote1 text0 quote1 text0"),
                Arguments.of("Look at this:\n\n*From:   IN%\"ann@example.org\" \"Ann Lee\" 28-AUG-1993 06:02:47.29\n*To:     IN%\"list@example.org\"\n"
                        + "*Subj:   escrow\n\n*Key escrow will never be voluntary.\n*>and older words\n\nI doubt it.\n",
                        "text0 attribution1 text0 quote1 quote2 text0"));
    }

    @ParameterizedTest
    @MethodSource("headerBlocksWithoutAngleMarks")
    void aMessageQuotedUnderItsHeadersWithoutAngleMarksIsItsSenders(String body, String kinds) {
        assertThat(Segments.kinds(body)).isEqualTo(kinds);
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Ann Lee");
    }

    @Test
    void barredLinesWithoutHeadersStayOwnText() {
        assertThat(Segments.kinds("| From the list's charter:\n| members may post.\n")).isEqualTo("text0");
    }

    @Test
    void paragraphsIndentedOnTheirFirstLineAreNoYankedMessage() {
        String body = "  From: Ann Lee <ann@example.org>\n  Subject: Ultimatum\n\n"
                + "    Every member of Congress is this week\nbeing delivered an ultimatum.\n\n"
                + "    All units will convene in the second\nweek of September.\n\n    Proceed as planned.\n";
        assertThat(Segments.kinds(body)).doesNotContain("quote1 text0 quote1");
    }

    @Test
    void anOutlookBlockIndentedByATabQuotesTheTextBelow() {
        String body = "Any pointers?\n\n________________________________\n\n\tFrom: list-bounces at example.org\n"
                + "[mailto:list-bounces at example.org] On Behalf Of Ann Lee\n\tSent: Tuesday, March 06, 2007 12:04 PM\n"
                + "\tTo: list at example.org\n\tSubject: producers\n\t\n\tWhen running the following code, it\n"
                + "works as I had hoped.\n";
        assertThat(Segments.first(body, SegmentKind.QUOTE).quotedAuthor()).isEqualTo("Ann Lee");
        assertThat(Segments.text(body, SegmentKind.QUOTE)).contains("works as I had hoped.");
    }

    /** Indented header lines that head no quoted message: an example's, a whole body indented, a diff's context. */
    @ParameterizedTest
    @ValueSource(strings = {
            "For example, send this message:\n\n\tTo: keys@example.org\n\tFrom: <your address>\n\tSubject: help\n\nHope this helps.\n",
            "   From: Ann Lee <ann@example.org>\n   Date: Wed, 5 Oct 94 15:35:06 EDT\n\n   All of it indented.\n",
            "   From: Ann Lee <ann@example.org>\n   Subject: an example\n\nMy own text.\n\n   an indented list\n",
            "Index: smtp.py\n@@ -1,4 +1,4 @@\n From: Moshe\n To: Moshe\n \n Hi,\n-old\n+new\n"})
    void indentedHeadersThatHeadNoQuotedMessageQuoteNothing(String body) {
        assertThat(Segments.kinds(body)).doesNotContain("quote");
    }

    @Test
    void aSignOffIndentedFarBelowAYankedMessageIsTheRepliers() {
        String body = "   From: Ann Lee <ann@example.org>\n   Date: Wed, 5 Oct 94 15:35:06 EDT\n\n   Escrow is fine.\n\n"
                + "It is not.\n\n                         later,\n                         Bob\n\n"
                + "-----BEGIN PGP SIGNATURE-----\nVersion: 2.2\n\niQCV\n=abcd\n-----END PGP SIGNATURE-----\n";
        assertThat(Segments.kinds(body)).doesNotContain("quote1 text0 quote1");
        assertThat(Segmenter.segment(body).get(1).end()).isEqualTo(body.indexOf("\nIt is not."));
    }

    @Test
    void arrowBannerIsNotAQuote() {
        String body = ">>>>>>    Please send e-mail to:  someone at example.org    <<<<<<\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void pgpArmourIsSignatureAndTheSignOffBeforeItIsFound() {
        String body = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA1\n\nRC2 is out.\n\nCheers,\nCory\n"
                + "-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v1.2.1\n\niD8DBQFCSx\n=abcd\n-----END PGP SIGNATURE-----\n";
        assertThat(Segments.kinds(body)).isEqualTo("signature0 text0 signature0");
        assertThat(Segments.text(body, SegmentKind.TEXT)).isEqualTo("\nRC2 is out.\n\n");
    }

    @Test
    void appleMailQuotedAttributionNamesTheTextAtItsOwnDepth() {
        String body = "My answer.\n\n> On Mar 3, 2019, at 9:46 AM, Ann Lee <ann at example.org> wrote:\n>\n> Her text.\n";
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.quotedAuthor()).isEqualTo("Ann Lee"));
        assertThat(quotes.get(0).quotedDate()).isEqualTo(Instant.parse("2019-03-03T09:46:00Z"));
    }

    @Test
    void aNameAfterTheLastQuoteSignsOffWhenOwnTextStandsAbove() {
        String body = "Eli> Is there a Mac perl?\n\nNot that I know of.\n\nEli> Eli Brandt\nEli> ebrandt at example.edu\n\nCrys\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).isEqualTo("Crys\n");
    }

    @Test
    void aShortAnswerAfterTheLastQuoteIsNoSignOff() {
        String body = "Mine below.\n\n> They never ask the users.\n\nTypical IBM\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 quote1 text0");
        String shout = "Mine below.\n\n> It works now.\n\nWOOOOOO\n";
        assertThat(Segments.kinds(shout)).isEqualTo("text0 quote1 text0");
    }

    @Test
    void contactLinesBelowADrawnRuleAreASignature() {
        String box = "Orwell said 1984.\n\n=========================+====================+\n"
                + "Ann Lee   ;^)           | Ask me about PGP.  |\nann at example.edu      | (505) 555-0100     |\n"
                + "=========================+====================+\nThis message is protected by 18 USC 2511.\n";
        assertThat(Segments.kinds(box)).isEqualTo("text0 signature0");
        assertThat(Segments.text(box, SegmentKind.SIGNATURE)).startsWith("=====");
        String underscored = "See you there.\n\n______________________________\nAnn Lee, Example Corp\n+1 505 555 0100\n";
        assertThat(Segments.kinds(underscored)).isEqualTo("text0 signature0");
    }

    @Test
    void aRuleAboveProseOrAForwardedMessageIsNoSignature() {
        String results = "Here is the run:\n\n----------------------------------------------------------------------\n"
                + "Ran 12 tests in 0.031s\n\nOK\n";
        assertThat(Segments.kinds(results)).isEqualTo("text0");
        String forwarded = "Look at this.\n\n------------------------------\nFrom: Ann Lee <ann@example.edu>\n"
                + "Date: Mon, 1 Mar 1993\n\nThe proposal is out.\n";
        assertThat(Segments.kinds(forwarded)).isEqualTo("text0");
        String onlyTheBox = "==============================\nAnn Lee  ann@example.edu\n";
        assertThat(Segments.kinds(onlyTheBox)).isEqualTo("text0");
    }

    @Test
    void contactLinesSetInColumnsAreASignature() {
        String body = "I love it! ;^)\n\n> \n" + String.format("%-24s|%s\n", "Ann Lee   ;^)", "*The 2nd Amendment is there")
                + String.format("%-24s|%s\n", "ann at example.edu", " in case the Government forgets")
                + String.format("%-24s|%s\n", " (505) 555-0100 (voice)", " Quote me.")
                + String.format("%-24s|%s\n", "Can we impeach him yet?", "*Protected by 18 USC 2511.") + "PGP Key = 7C06F1\n";
        assertThat(Segments.text(body, SegmentKind.SIGNATURE)).startsWith("Ann Lee").endsWith("7C06F1\n");
        String table = "The results:\n\nname | count\nfoo  | 3\nbar  | 4\n";
        assertThat(Segments.kinds(table)).isEqualTo("text0");
    }

    @Test
    void webmailAdvertsAfterARuleAreFootersAndTheSignOffAboveIsFound() {
        String body = "It works now.\n\nThanks,\nJohn\n\n" + "_".repeat(65) + "\n"
                + "Tired of spam? Get advanced junk mail protection with MSN 8.\nhttp://join.msn.com/?page=features/junkmail\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 signature0 footer0");
        String juno = "See above.\n\n" + "_".repeat(30) + "\nGet Your Free, Private E-mail at http://mail.example.com\n";
        assertThat(Segments.kinds(juno)).isEqualTo("text0 footer0");
        // Yahoo! Mail sets its rule off by a space
        String yahoo = "See above.\n\n " + "_".repeat(50) + "\nDo You Yahoo!?\nTired of spam?  Yahoo! Mail has the best spam protection around\n"
                + "http://mail.yahoo.com\n";
        assertThat(Segments.kinds(yahoo)).isEqualTo("text0 footer0");
    }

    @Test
    void aListFooterWhoseRuleIsGluedToTheLastLineIsAFooterBelowThatLine() {
        String body = "Do these answer your question?" + "_".repeat(47) + "\nTwisted-Python mailing list\n"
                + "Twisted-Python at twistedmatrix.com\nhttp://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0 footer0");
        assertThat(Segments.text(body, SegmentKind.FOOTER)).startsWith("Twisted-Python mailing list");
        // a rule ending a line of text with no list's name below is no footer
        String prose = "Fill in the blank: " + "_".repeat(25) + "\nThen send it back.\n";
        assertThat(Segments.kinds(prose)).isEqualTo("text0");
        // a footer quoted behind bars is another reply's quote, read with it as before
        String bars = "Ann Lee wrote:\n| Use a Deferred.\n| " + "_".repeat(47) + "\n| Twisted-Python mailing list\n\nThanks.\n";
        assertThat(Segments.kinds(bars)).isEqualTo("attribution0 quote1 text0");
    }

    @Test
    void aTabIndentedQuoteIsAQuoteAndAnIndentedSessionIsNot() {
        String body = "\t>> Cpu signal is the easiest to detect.\n\t>> Cables leak too.\n\nShielding helps.\n";
        assertThat(Segments.kinds(body)).isEqualTo("quote2 text0");
        String indented = "\t > You missed my summary.\n\t > Patents have claims.\n\t\n\t I did not.\n";
        assertThat(Segments.kinds(indented)).isEqualTo("quote1 text0");
        String session = "Try this:\n\n\t>>> import socket\n\t>>> s = socket.socket()\n\nIt fails.\n";
        assertThat(Segments.kinds(session)).isEqualTo("text0");
        String spaces = "Try this:\n\n    >>> import socket\n    >>> s = socket.socket()\n\nIt fails.\n";
        assertThat(Segments.kinds(spaces)).isEqualTo("text0");
    }

    @Test
    void aQuotedListFooterIsAFooterAtItsQuotesDepth() {
        String body = "On Mon, 1 Mar 2010 10:00:00 +0000, Ann Lee <ann at example.org> wrote:\n> Use a Deferred.\n>\n"
                + "> _______________________________________________\n> Twisted-Python mailing list\n"
                + "> Twisted-Python at twistedmatrix.com\n> http://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n"
                + "\nThanks, that worked.\n";
        assertThat(Segments.kinds(body)).isEqualTo("attribution0 quote1 footer1 text0");
    }

    @Test
    void aRunOfDeeplyIndentedQuoteLinesIsAQuoteButALoneLineOrASessionIsNot() {
        String run = "Victor wrote:\n\n    >He made the same program.\n    >That is why I hear only bad words.\n\nI doubt it.\n";
        assertThat(Segments.kinds(run)).isEqualTo("attribution0 text0 quote1 text0");
        String lone = "Compare:\n\n      >5 volts\n\nis too much.\n";
        assertThat(Segments.kinds(lone)).isEqualTo("text0");
        String session = "Try:\n\n    >>> import os\n    >>> os.getcwd()\n\nIt works.\n";
        assertThat(Segments.kinds(session)).isEqualTo("text0");
    }

    @Test
    void aYahooReplyWithTwoAttributionsOnOneLineQuotesTheFirstWritersMessageUnmarked() {
        // Yahoo! Mail quotes the message replied to whole and unmarked, its own attribution run onto Yahoo!'s
        String body = "Thanks, that helps.\n\n"
                + "Jp Calderone <exarkun at divmod.com> wrote:On Sat, 11 Jun 2005 00:28:38 -0700 (PDT), Andrea Soong wrote:\n"
                + ">I only receive the headers.\n\n"
                + "The body section is not line-oriented: override rawDataReceived.\n\nJp\n\n"
                + "_______________________________________________\nTwisted-Python mailing list\n"
                + "Twisted-Python at twistedmatrix.com\nhttp://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n"
                + "\nI did, and it works.\n";
        List<Segment> segments = Segmenter.segment(body);
        assertThat(Segments.kinds(body)).isEqualTo("text0 attribution0 quote2 quote1 footer0 text0");
        assertThat(segments.get(1).quotedAuthor()).isEqualTo("Jp Calderone");
        assertThat(segments.get(2).quotedAuthor()).isEqualTo("Andrea Soong");
        assertThat(segments.get(2).quotedDate()).isEqualTo(Instant.parse("2005-06-11T07:28:38Z"));
        Segment own = segments.get(3);
        assertThat(own.quotedAuthor()).isEqualTo("Jp Calderone");
        assertThat(body.substring(own.start(), own.end())).contains("rawDataReceived").contains("Jp\n");
        // bare on both sides, a blank line before the quote
        String bare = "Thanks.\n\nJohann Borck <johann.borck at densedata.com> wrote:  xuan tang wrote:\n\n"
                + "> How do I stop a server?\n\nCall stopListening() on the port.\n";
        List<Segment> two = Segmenter.segment(bare);
        assertThat(Segments.kinds(bare)).isEqualTo("text0 attribution0 quote1 quote2 quote1");
        assertThat(two.get(3).quotedAuthor()).isEqualTo("xuan tang");
        assertThat(two.get(4).quotedAuthor()).isEqualTo("Johann Borck");
        // the list footer glued to the first writer's last line ends their message; Yahoo!'s tag line is no part of it
        String glued = "Thanks.\n\nglyph at divmod.com wrote: On 11:12 am, n_draghetta at yahoo.com wrote:\n>Can anyone guide me?\n\n"
                + "Here is a tutorial.\n\nDo these answer your question?" + "_".repeat(47) + "\nTwisted-Python mailing list\n"
                + "http://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\n\n\n " + "_".repeat(50)
                + "\nDo You Yahoo!?\nhttp://mail.yahoo.com\n";
        assertThat(Segments.kinds(glued)).isEqualTo("text0 attribution0 quote2 quote1 footer0");
    }

    @Test
    void twoAttributionsOnOneLineWithoutAQuoteBelowAreNoYahooReply() {
        String body = "Ann Lee <ann at example.org> wrote: On Mon, 1 Mar 2010, Bob Roe wrote:\nwhich I did not follow.\n";
        assertThat(Segments.kinds(body)).isEqualTo("text0");
    }

    @Test
    void aQuotedAttributionGluedToADeeperOneNamesTheTextAtEachDepth() {
        // a webmail lost the line break between two quoted attributions: the second keeps its deeper marks
        String body = "On Sun, Jul 8, 2018, at 11:45 PM, Glyph wrote:\n"
                + "> On Jul 8, 2018, at 7:44 AM, Adi Roiban <adi at roiban.ro> wrote:\n> \n"
                + "> On Sat, 7 Jul 2018 at 22:45, Glyph <glyph at example.com> wrote:>> On Jul 7, 2018, at 12:36 PM, Tom Most <twm at example.net> wrote:\n"
                + "> \n> [snip]\n> \n>> Thanks for driving this to completion, Tom!\n> I always forget the format.\n\nDone.\n";
        List<Segment> quotes = Segmenter.segment(body).stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::depth, Segment::quotedAuthor)
                .containsExactly(tuple(1, "Adi Roiban"), tuple(1, "Adi Roiban"), tuple(2, "Glyph"), tuple(1, "Adi Roiban"));
    }
}
