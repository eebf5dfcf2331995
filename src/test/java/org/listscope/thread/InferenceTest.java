package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.page;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.parse.segment.Segmenter;

class InferenceTest {

    private static final Instant T = Instant.parse("2005-03-02T14:58:32Z");
    private static final String SSH = "I am trying to understand twisted's ssh and the keys I generate are refused by the server";
    private static final String OTHER = "The reactor loop handles events in the order they arrive unless a deferred is pending";

    @Test
    void attributionNamesAuthorAndMinute() {
        List<Message> t = Msgs.thread(
                page("bob1", "Bad_Bob", T, "Need SSH help", SSH + "\n"),
                page("bob2", "Bad_Bob", T.plusSeconds(3 * 3600 + 60), "Need SSH help", "Another question entirely.\n"),
                page("paul", "Paul Swartz", T.plusSeconds(5 * 3600), "Need SSH help",
                        "On Wed, 2005-03-02 at 14:58 +0000, Bad_Bob wrote:\n> (quote lost)\n\nThe problem is on the next line.\n"));
        Message paul = byId(t, "paul");
        assertThat(paul.parentId()).isEqualTo("bob1");
        assertThat(paul.parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(paul.threadId()).isEqualTo("bob1");
    }

    /** A reply whose clock puts it before the message it names and quotes (twisted-python 2005-March, 2005-October). */
    @Test
    void aReplyMayAnswerAMessageItsClockPutsLater() {
        String paul = "On Wed, 2005-03-02 at 14:58 +0000, Bad_Bob wrote:\n> (quote lost)\n\n" + SSH + "\n";
        List<Message> t = Msgs.thread(
                page("bob1", "Bad_Bob", T, "Need SSH help", OTHER + "\n"),
                page("bob2", "Bad_Bob", T.plusSeconds(60), "Need SSH help",
                        "Am Mittwoch, 2. M\u00e4rz 2005 21:00 schrieb Paul Swartz:\n> " + SSH + "\n\nThanks, that worked!\n"),
                page("paul", "Paul Swartz", T.plusSeconds(5 * 3600), "Need SSH help", paul));
        Message bob2 = byId(t, "bob2");
        assertThat(bob2.parentId()).isEqualTo("paul");
        assertThat(bob2.parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(byId(t, "paul").parentId()).isEqualTo("bob1");
    }

    /** The later message's subject link to the reply, which would close a loop, gives way (twisted-python 2005-October). */
    @Test
    void aLaterParentOutweighsItsOwnSubjectLinkToTheReply() {
        List<Message> t = Msgs.thread(
                page("itamar", "Itamar Shtull-Trauring", T, "twisted.web2 on Windows",
                        "On Mon, 2005-10-10 at 15:16 +0000, Michael Kerrin wrote:\n> " + SSH + "\n\nIt's an import problem.\n"),
                page("michael", "Michael Kerrin", T.plusSeconds(18 * 60), "twisted.web2 on Windows", SSH + "\n"));
        assertThat(byId(t, "itamar").parentId()).isEqualTo("michael");
        assertThat(byId(t, "michael").parentId()).isNull();
        assertThat(byId(t, "itamar").threadId()).isEqualTo("michael");
    }

    /** More than a day later, or named by no header of a reply whose headers name another message, is no parent. */
    @Test
    void noLaterParentBeyondADayOrAgainstTheHeaders() {
        String reply = "Paul Swartz wrote:\n> " + SSH + "\n\nThanks, that worked!\n";
        List<Message> days = Msgs.thread(
                page("bob", "Bad_Bob", T, "Need SSH help", reply),
                page("paul", "Paul Swartz", T.plusSeconds(2 * 86_400), "Need SSH help", SSH + "\n"));
        assertThat(byId(days, "bob").parentId()).isNull();
        List<Message> headed = Msgs.thread(
                Msgs.mail("bob", "Bad Bob", 0, "Need SSH help", reply).inReplyTo(List.of("<elsewhere@x>")),
                Msgs.mail("paul", "Paul Swartz", 12, "Need SSH help", SSH + "\n"));
        assertThat(byId(headed, Msgs.mid("bob")).parentLink()).isNull();
    }

    @Test
    void quotedTextFindsItsSourceEvenRewrapped() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "Reactor", OTHER + "\n"),
                page("b", "Bob", T.plusSeconds(60), "SSH", SSH + "\n"),
                page("c", "Cy", T.plusSeconds(120), "Re: something",
                        "> I am trying to understand\n> twisted's ssh and the keys I generate\n> are refused by the server\n\nUse a passphrase.\n"));
        Message c = byId(t, "c");
        assertThat(c.parentId()).isEqualTo("b");
        assertThat(c.parentLink().how()).isEqualTo(LinkMethod.QUOTE);
        assertThat(c.parentLink().confidence()).isBetween(0.5, 0.9);
    }

    @Test
    void aMailboxsEscapedFromLineIsNoQuote() {
        // the archive wrote "From what I can tell ..." as ">From ...": the poster's words, no sign of a parent
        String body = ">From what I can tell the reactor loop handles events in the order they arrive\n"
                + "unless a deferred is pending, so I patched it.\n";
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "Reactor", OTHER + "\n"),
                page("c", "Cy", T.plusSeconds(120), "Reactor patch", body).segments(Segmenter.segment(body)));
        assertThat(byId(t, "c").parentId()).isNull();
    }

    @Test
    void oneSharedFingerprintFindsAParentOnlyWithinTwoWeeks() {
        // four quoted words are one fingerprint, which Ann's post holds: months before, that says nothing
        String quote = "> why not use twisted\n\nBecause it is big.\n";
        String ann = "Why not use Twisted?\n";
        List<Message> late = Msgs.thread(
                page("a", "Ann", T, "Frameworks", ann),
                page("c", "Cy", T.plusSeconds(200L * 86_400), "Servers", quote));
        assertThat(byId(late, "c").parentId()).isNull();
        // the same line the next day: the latest post it could answer
        List<Message> near = Msgs.thread(
                page("a", "Ann", T, "Frameworks", ann),
                page("c", "Cy", T.plusSeconds(86_400), "Servers", quote));
        assertThat(byId(near, "c").parentId()).isEqualTo("a");
        assertThat(byId(near, "c").parentLink().how()).isEqualTo(LinkMethod.QUOTE);
    }

    @Test
    void quotedTextIsCreditedToItsFirstHolder() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "SSH", SSH + "\n"),
                page("b", "Bob", T.plusSeconds(60), "Re: SSH", "Top post.\n\n-----Original Message-----\n" + SSH + "\n"),
                page("c", "Cy", T.plusSeconds(120), "Re: SSH", "> " + SSH + "\n\nAgreed.\n"));
        assertThat(byId(t, "c").parentId()).isEqualTo("a");
    }

    @Test
    void wordsQuotedUnderTheirRelayersNameAnswerTheRelayersMessage() {
        List<Message> t = Msgs.thread(
                page("a", "Ann Lee", T, "SSH", SSH + "\n"),
                page("b", "Rick Busdiecker", T.plusSeconds(3600), "Re: SSH", "Ann Lee writes:\n> " + SSH + "\n\nUse a passphrase.\n"),
                page("c", "Jim Grubs", T.plusSeconds(7200), "Re: SSH", "Rick Busdiecker writes:\n\n> " + SSH + "\n\nIs that so?\n"));
        assertThat(byId(t, "c").parentId()).isEqualTo("b");
        assertThat(byId(t, "c").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
    }

    /**
     * A quote of two words leaves no fingerprint: of the attributed author's messages of the subject,
     * the one whose own words hold it is the parent, not the latest.
     */
    @Test
    void aQuoteTooShortForFingerprintsAnswersTheAuthorsMessageHoldingIt() {
        String reply = "Arsen Ray Arachelian wrote:\n\n>On Amiga????\n\nShould be easy.\n";
        List<Message> t = Msgs.thread(
                page("a1", "Arsen Ray Arachelian", T, "BBS crypto", SSH + "\n\nOn Amiga????\n"),
                page("a2", "Arsen Ray Arachelian", T.plusSeconds(1200), "Re: BBS crypto", OTHER + "\n"),
                page("c", "Aran Cox", T.plusSeconds(86_400), "Re: BBS crypto", reply).segments(Segmenter.segment(reply)));
        assertThat(byId(t, "c").parentId()).isEqualTo("a1");
        assertThat(byId(t, "c").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
    }

    /**
     * A summary whose first name links nowhere (that person's message holds none of the quoted
     * words, and neither day nor subject backs it) answers the message whose words it quotes, as if
     * no name were given; but not a message weeks before of another subject, nor the poster's own.
     */
    @Test
    void aNameThatLinksNowhereLeavesTheQuotedWordsToFindTheParent() {
        String perry = "Who needs to break the government at the current rate it will destroy itself";
        String summary = "Stanton McCandlish asks:\n> If the government is oppressive at all then why should anyone here support this"
                + " plan of theirs for our bank accounts and savings?\n\nPerry E. Metzger posits:\n> "
                + perry + "\n\nMy answer is simple.\n";
        List<Message> t = Msgs.thread(
                page("stanton", "Stanton McCandlish", T, "anon bank accounts", OTHER + "\n"),
                page("perry", "Perry E. Metzger", T.plusSeconds(3600), "Re: anon bank accounts", perry + "\n"),
                page("rob", "Robert J Woodhead", T.plusSeconds(7200), "Imminent demise", summary).segments(Segmenter.segment(summary)));
        assertThat(byId(t, "rob").parentId()).isEqualTo("perry");
        assertThat(byId(t, "rob").parentLink().how()).isEqualTo(LinkMethod.QUOTE);

        List<Message> late = Msgs.thread(
                page("stanton", "Stanton McCandlish", T, "anon bank accounts", OTHER + "\n"),
                page("perry", "Perry E. Metzger", T.plusSeconds(3600), "Re: anon bank accounts", perry + "\n"),
                page("rob", "Robert J Woodhead", T.plusSeconds(40 * 86400), "Imminent demise", summary).segments(Segmenter.segment(summary)));
        assertThat(byId(late, "rob").parentId()).isNull();

        List<Message> own = Msgs.thread(
                page("stanton", "Stanton McCandlish", T, "anon bank accounts", OTHER + "\n"),
                page("perry", "Robert J Woodhead", T.plusSeconds(3600), "Re: anon bank accounts", perry + "\n"),
                page("rob", "Robert J Woodhead", T.plusSeconds(7200), "Imminent demise", summary).segments(Segmenter.segment(summary)));
        assertThat(byId(own, "rob").parentId()).isNull();
    }

    /**
     * A reply quoting two people one right after the other answers the message of the second, which
     * quoted the first (cypherpunks, December 1992: Joe Thomas quotes Tim May and then Perry
     * Metzger, as Perry's reply to Tim had them); one that answers the first before it quotes the
     * second answers the first.
     */
    @Test
    void aReplyQuotingTwoPeopleInARowAnswersTheSecondWhoQuotedTheFirst() {
        String tim = "The longterm solution is to use positive reputations and not just negative reputations as in kill files."
                + " Think of it like a credit rating: people earn trust, they are not just assigned a rating until they do"
                + " something bad";
        String perry = "Indeed in the long run when there are billions of people in the nets even obscure newsgroups would have"
                + " thousands of posts a day, so the nets will move to closed newsgroups and mailing lists where one must be"
                + " subscribed explicitly and sign every message with a private key";
        String perryReply = "> From: tcmay@netcom.com (Timothy C. May)\n> " + tim + "\n\n" + perry + "\n";
        String joe = "> From: tcmay@netcom.com (Timothy C. May)\n> " + tim + "\n\n>From: pmetzger@shearson.com (Perry E. Metzger)\n>"
                + perry + "\n\nYes, but there will still need to be a way for new people to join the lists.\n";
        List<Message> t = Msgs.thread(
                page("tim", "Timothy C. May", T, "Positive reputations", tim + "\n\nRead True Names for some insights.\n"),
                page("perry", "Perry E. Metzger", T.plusSeconds(3600), "Re: Positive reputations", perryReply)
                        .segments(Segmenter.segment(perryReply)),
                page("joe", "Joe Thomas", T.plusSeconds(7200), "Re: Positive reputations", joe).segments(Segmenter.segment(joe)));
        assertThat(byId(t, "joe").parentId()).isEqualTo("perry");

        String answersTimFirst = "> From: tcmay@netcom.com (Timothy C. May)\n> " + tim + "\n\nThat is how credit ratings work already,"
                + " and nobody finds them a burden worth complaining about at all.\n\n>From: pmetzger@shearson.com (Perry E. Metzger)\n>"
                + perry + "\n\nYes, but there will still need to be a way for new people to join the lists.\n";
        List<Message> first = Msgs.thread(
                page("tim", "Timothy C. May", T, "Positive reputations", tim + "\n\nRead True Names for some insights.\n"),
                page("perry", "Perry E. Metzger", T.plusSeconds(3600), "Re: Positive reputations", perryReply)
                        .segments(Segmenter.segment(perryReply)),
                page("joe", "Joe Thomas", T.plusSeconds(7200), "Re: Positive reputations", answersTimFirst)
                        .segments(Segmenter.segment(answersTimFirst)));
        assertThat(byId(first, "joe").parentId()).isEqualTo("tim");
    }

    @Test
    void outlookQuoteMarkedBySegmenterIsMatchedWithoutMarks() {
        String body = "I agree.\n\n-----Original Message-----\nFrom: Bob\n\n" + SSH + "\n";
        int q = body.indexOf(SSH);
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "Reactor", OTHER + "\n"),
                page("b", "Bob", T.plusSeconds(60), "SSH", SSH + "\n"),
                page("c", "Cy", T.plusSeconds(120), "RE: keys", body).segments(List.of(
                        org.listscope.model.Segment.of(org.listscope.model.SegmentKind.TEXT, 0, 10, 0),
                        org.listscope.model.Segment.of(org.listscope.model.SegmentKind.ATTRIBUTION, 10, q, 0),
                        org.listscope.model.Segment.of(org.listscope.model.SegmentKind.QUOTE, q, body.length(), 1))));
        assertThat(byId(t, "c").parentId()).isEqualTo("b");
        assertThat(byId(t, "c").parentLink().how()).isEqualTo(LinkMethod.QUOTE);
    }

    @Test
    void aForwardIsLinkedToTheMessageItForwardsByItsHeaderAndARepliesQuotingItToTheForward() {
        String fwd = "FYI\n\n------- Forwarded Message\n\nFrom: Bob <bob@example.org>\nDate: Wed, 2 Mar 2005 14:59:32 +0000\n"
                + "Subject: SSH\n\n" + SSH + "\n";
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "Reactor", OTHER + "\n"),
                page("b", "Bob", T.plusSeconds(60), "SSH", "Something else entirely today.\n"),
                page("f", "Fay", T.plusSeconds(3600), "SSH (fwd)", fwd).segments(Segmenter.segment(fwd)),
                page("c", "Cy", T.plusSeconds(7200), "Re: SSH (fwd)", "> " + SSH + "\n\nAgreed.\n"));
        assertThat(byId(t, "f").parentId()).isEqualTo("b");
        assertThat(byId(t, "f").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(byId(t, "c").parentId()).isEqualTo("f");
    }

    @Test
    void aRequestToTheListsRobotAnswersNoOtherButAReplyToOneIsLinked() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "subscribe", "subscribe cypherpunks ann@example.org\n"),
                page("b", "Bob", T.plusSeconds(600), "SUBSCRIBE", "subscribe\n"),
                page("c", "Cy", T.plusSeconds(1200), "Re: subscribe", "Write to the -request address, not the list.\n"));
        assertThat(byId(t, "b").parentId()).isNull();
        assertThat(byId(t, "c").parentId()).isNotNull();
        assertThat(byId(t, "c").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
    }

    @Test
    void subjectIsTheLastResortWithLowConfidence() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "[List] Budget", "Numbers attached.\n"),
                page("b", "Bob", T.plusSeconds(60), "Re: [List] budget", "Thanks!\n"),
                page("c", "Cy", T.plusSeconds(120), "Unrelated", "Thanks!\n"));
        Message b = byId(t, "b");
        assertThat(b.parentId()).isEqualTo("a");
        assertThat(b.parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
        assertThat(b.parentLink().confidence()).isLessThanOrEqualTo(0.3);
        assertThat(byId(t, "c").parentId()).isNull();
    }

    @Test
    void placeholderSubjectsJoinNothing() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "No Subject", "Is the remailer down?\n"),
                page("b", "Bob", T.plusSeconds(86_400), "No Subject", "Selling a bike.\n"),
                page("c", "Cy", T.plusSeconds(2 * 86_400), "Re: (no subject)", "Which bike?\n"),
                page("d", "Di", T.plusSeconds(3 * 86_400), "[List] none", "Hello.\n"));
        for (String id : List.of("a", "b", "c", "d")) assertThat(byId(t, id).parentId()).as(id).isNull();
    }

    @Test
    void aReplyWithoutQuotesAnswersTheLatestMessageOfItsSubjectButNotThePostersOwnOfDaysBefore() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "[List] Budget", "Numbers attached.\n"),
                page("b", "Bob", T.plusSeconds(3600), "Re: [List] Budget", "Why is travel up?\n"),
                page("c", "Ann", T.plusSeconds(7200), "Re: [List] Budget", "The conference moved to Tokyo.\n"),
                page("d", "Ann", T.plusSeconds(7500), "Re: [List] Budget", "And the fares rose.\n"),
                page("e", "Cy", T.plusSeconds(10_800), "Re: [List] Budget", "Makes sense.\n"),
                page("f", "Bob", T.plusSeconds(3 * 86_400), "Re: [List] Budget", "Still no answer about hotels?\n"),
                page("g", "Bob", T.plusSeconds(6 * 86_400), "Re: [List] Budget", "Anyone?\n"));
        assertThat(byId(t, "b").parentId()).isEqualTo("a");
        assertThat(byId(t, "c").parentId()).isEqualTo("b");
        assertThat(byId(t, "d").parentId()).as("a poster's own follow-up within the day").isEqualTo("c");
        assertThat(byId(t, "e").parentId()).isEqualTo("d");
        assertThat(byId(t, "f").parentId()).isEqualTo("e");
        assertThat(byId(t, "g").parentId()).as("Bob's own post of 3 days before is passed over").isEqualTo("e");
        assertThat(byId(t, "g").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
        assertThat(t.stream().map(Message::threadId).distinct().count()).isEqualTo(1);
    }

    @Test
    void aReplyWithoutQuotesNamingSomeoneInItsFirstLineAnswersTheirLatestMessageOfTheSubject() {
        List<Message> t = Msgs.thread(
                page("a", "Timothy C. May", T, "NII", "Should we oppose the NII?\n"),
                page("b", "Jim Choate", T.plusSeconds(3600), "Re: NII", "Yes, loudly.\n"),
                page("c", "Jim Wilson", T.plusSeconds(5400), "Re: NII", "No, quietly.\n"),
                page("d", "John Gilmore", T.plusSeconds(6000), "Re: NII", "Write to Congress.\n"),
                page("e", "Ann", T.plusSeconds(7200), "Re: NII", "Tim May asks if we should oppose the NII. I say yes.\n"),
                page("f", "Bob", T.plusSeconds(7300), "Re: NII", "Jim Choate wants to hear from the silent majority.\n"),
                page("g", "Cy", T.plusSeconds(7400), "Re: NII", "Hi Jim,\nwhich way is quietly?\n"),
                page("h", "Dee", T.plusSeconds(7500), "Re: NII", "Having heard John Gage testify, I doubt it.\n"));
        assertThat(byId(t, "e").parentId()).as("a short form of the first name with the last name").isEqualTo("a");
        assertThat(byId(t, "f").parentId()).as("the full name over another Jim's later message").isEqualTo("b");
        assertThat(byId(t, "g").parentId()).as("a first name: that person's latest message").isEqualTo("c");
        assertThat(byId(t, "h").parentId()).as("John Gage is not John Gilmore: the latest message").isEqualTo("g");
        assertThat(byId(t, "h").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
    }

    @Test
    void aReplyWithoutQuotesAnswersTheMessageOfItsSubjectWhoseWordsItShares() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "[List] Budget", "Numbers attached for travel.\n"),
                page("b", "Bob", T.plusSeconds(3600), "Re: [List] Budget", "Why did hotel costs in Tokyo double?\n"),
                page("c", "Cy", T.plusSeconds(7200), "Re: [List] Budget", "The spreadsheet format is broken in LibreOffice.\n"),
                page("d", "Dee", T.plusSeconds(9000), "Re: [List] Budget", "Tokyo hotel costs doubled in conference week.\n"),
                page("e", "Eve", T.plusSeconds(10_800), "Re: [List] Budget", "Fine by me.\n"));
        assertThat(byId(t, "d").parentId()).as("its words are Bob's, not the latest's").isEqualTo("b");
        assertThat(byId(t, "d").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
        assertThat(byId(t, "e").parentId()).as("no words shared: the latest").isEqualTo("d");
    }

    @Test
    void aReplyNamingSomeoneAnswersTheirMessageWhoseWordsItShares() {
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "[List] Budget", "Numbers attached for travel.\n"),
                page("b", "Bob", T.plusSeconds(3600), "Re: [List] Budget", "Why did hotel costs in Tokyo double?\n"),
                page("c", "Bob", T.plusSeconds(5400), "Re: [List] Budget", "Also the spreadsheet format is broken.\n"),
                page("d", "Cy", T.plusSeconds(7200), "Re: [List] Budget", "The export looks fine here.\n"),
                page("e", "Dee", T.plusSeconds(9000), "Re: [List] Budget", "Bob, Tokyo hotel costs doubled in conference week.\n"));
        assertThat(byId(t, "e").parentId()).as("Bob's message of those words, not his latest").isEqualTo("b");
    }

    @Test
    void aSubjectPostedWeeklyMakesThreadsOfAtMostTheSubjectWindow() {
        Message.Builder[] weeks = new Message.Builder[20];
        for (int w = 0; w < weeks.length; w++) {
            weeks[w] = page("w" + w, "Bot", T.plusSeconds(w * 7L * 86_400), "[List] Weekly Bug Summary", "Week " + w + ".\n");
        }
        List<Message> t = Msgs.thread(weeks);
        assertThat(byId(t, "w1").parentId()).isEqualTo("w0");
        assertThat(byId(t, "w8").parentId()).isEqualTo("w0"); // 56 days on
        assertThat(byId(t, "w9").parentId()).isNull(); // 63 days: a new thread
        assertThat(byId(t, "w10").parentId()).isEqualTo("w9");
        assertThat(t.stream().map(Message::threadId).distinct().count()).isEqualTo(3);
    }

    @Test
    void aBannerTheSegmenterKeptAsOwnTextQuotesNothing() {
        String notice = "Please send your e-mail to my own address at ann@example.org and never to the whole list";
        String first = notice + "\n\nDigital barter needs no bank at all.\n";
        String second = ">>>>>>    " + notice + "    <<<<<<\n\nTax law follows the money.\n";
        List<Message> t = Msgs.thread(
                page("a", "Ann", T, "Barter", first).segments(Segmenter.segment(first)),
                page("b", "Ann", T.plusSeconds(86_400), "Taxes", second).segments(Segmenter.segment(second)));
        assertThat(byId(t, "b").parentId()).isNull();
    }

    @Test
    void aSharedGivenNameUnderAnotherSurnameNamesNobody() {
        // "David G Radcliffe" is not "David Mandl", even on the same day
        String reply = "On Mar 2, 2005, David G Radcliffe wrote:\n> (quote lost)\n\nHere is his proof.\n";
        List<Message> t = Msgs.thread(
                page("mandl", "David Mandl", T, "The Assault on Unicorn", OTHER + "\n"),
                page("jim", "Jim Choate", T.plusSeconds(3600), "100 consecutive composite numbers", reply));
        assertThat(byId(t, "jim").parentId()).isNull();
        // the surname alone, or with the given name, still names him
        List<Message> same = Msgs.thread(
                page("radcliffe", "David Radcliffe", T, "Composite numbers", OTHER + "\n"),
                page("jim", "Jim Choate", T.plusSeconds(3600), "100 consecutive composite numbers", reply));
        assertThat(byId(same, "jim").parentId()).isEqualTo("radcliffe");
    }

    @Test
    void aNameWithAnotherMinuteAndSubjectAndNoQuotedWordsLinksNothing() {
        // a reply to a commit mail of another list, naming a regular of this one
        String reply = "On Mar 2, 2005, at 15:40, Tommi Virtanen wrote:\n> the test passes without an installed copy\n\nIt fails here.\n";
        List<Message> t = Msgs.thread(
                page("tommi", "Tommi Virtanen", T, "TCP packet sizes", OTHER + "\n"),
                page("james", "James Knight", T.plusSeconds(3600), "Re: [commits] r13111 - fix the process test", reply));
        assertThat(byId(t, "james").parentId()).isNull();
        // the same reply under the subject of the named message: linked
        List<Message> same = Msgs.thread(
                page("tommi", "Tommi Virtanen", T, "TCP packet sizes", OTHER + "\n"),
                page("james", "James Knight", T.plusSeconds(3600), "Re: TCP packet sizes", reply));
        assertThat(byId(same, "james").parentId()).isEqualTo("tommi");
        assertThat(byId(same, "james").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
    }

    @Test
    void aRenamedSubjectLinksToTheTopicItSaysItWas() {
        List<Message> t = Msgs.thread(
                page("grove", "Ed Carp", T, "Andy Grove on Clipper", OTHER + "\n"),
                page("later", "Ed Carp", T.plusSeconds(600), "Having your own computer", "Something else entirely.\n"),
                page("jamie", "Jamie Lawrence", T.plusSeconds(7200), "Stealth Crypto (Was: Re: Andy Grove on Clipper)",
                        "Ed Carp writes:\n> a line of text that nobody wrote before\n\nI disagree.\n"),
                page("tom", "Tom Leys", T.plusSeconds(9000), "Web server speed (was: Stealth Crypto)", "Benchmarks attached.\n"),
                page("kim", "Kim Lee", T.plusSeconds(9600), "Re: Web server speed",
                        "Tom Leys wrote:\n> a line he did not write in those words\n\nWhich server?\n"));
        assertThat(byId(t, "jamie").parentId()).isEqualTo("grove");
        assertThat(byId(t, "jamie").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(byId(t, "kim").parentId()).isEqualTo("tom");
        assertThat(byId(t, "kim").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
    }

    @Test
    void laterMessagesAreNeverParents() {
        List<Message> t = Msgs.thread(
                page("late", "Ann", T.plusSeconds(3600), "SSH", SSH + "\n"),
                page("early", "Bob", T, "Re: SSH", "> " + SSH + "\n"));
        assertThat(byId(t, "early").parentId()).isNull();
    }

    /** Ed's proposal, long enough to be found by its quoted words alone. */
    private static final String PROPOSAL = "How about auto-moderation? A newsgroup is set up as moderated, and the posts are\n"
            + "emailed to a mail-to-news gateway that posts the articles if the author isn't on\n"
            + "the disapproved list, and cancels articles that are not signed by the moderator.\n";
    private static final String OBJECTION = "Sounds like a very easy scheme to break. I can get you kicked off by\n"
            + "using anonymous accounts to say that you are a nuisance.\n";

    @Test
    void aReplyQuotingAMessageAlongWithWhatItQuotedAnswersThatMessage() {
        // Mike quoted Ed's proposal behind Ed's initials; Ed quotes all of Mike's message, so his
        // proposal stands among the lines quoted once, and fills more of them than Mike's objection
        String mike = quoted("EC> ", PROPOSAL) + "\n" + OBJECTION;
        String ed = quoted("> ", mike) + "\nIt's not as easy as you might think.\n";
        assertAnswersMike(ed, page("mike", "Mike Markley", T.plusSeconds(3_600), "Auto-moderation", mike).segments(Segmenter.segment(mike)));
    }

    @Test
    void aBarOrColonAfterTheQuoteMarkIsOneLevelDeeper() {
        // "> | " lines are the message replied to quoting Ed: Mike's one short line is what Ed answers
        String objection = "Sounds like a very easy scheme to break.\n";
        String mike = quoted("> ", PROPOSAL) + "\n" + objection;
        String ed = quoted("> | ", PROPOSAL) + ">\n" + quoted("> ", objection) + "\nIt's not as easy as you might think.\n";
        assertAnswersMike(ed, page("mike", "Mike Markley", T.plusSeconds(3_600), "Auto-moderation", mike));
        // where the message answered is missing, the words behind "> |" still find the thread
        List<Message> missing = Msgs.thread(
                page("ed1", "Ed Carp", T, "Auto-moderation", PROPOSAL),
                page("ed2", "Ed Carp", T.plusSeconds(7_200), "Moderation", ed));
        assertThat(byId(missing, "ed2").parentId()).isEqualTo("ed1");
    }

    @Test
    void anAttributionInsideTheQuoteNamesTheAuthorOfAQuoteFurtherUp() {
        // Daniel answers above James's whole message, which opens with James's attribution of Daniel
        String james = "On Wed, 2005-03-02 at 14:58 +0000, Daniel wrote:\n> " + SSH + "\n\n" + OTHER + "\n";
        String daniel = "That I don't know; I am only relaying it.\n\nDaniel\n\n"
                + "> On Wed, 2005-03-02 at 14:58 +0000, Daniel wrote:\n>> " + SSH + "\n>\n> " + OTHER + "\n"
                + "> (the rest of James's message, which the archive lost, quoted below his answer here)\n";
        List<Message> t = Msgs.thread(
                page("d1", "Daniel", T, "SSH keys", SSH + "\n"),
                page("james", "James", T.plusSeconds(3_600), "Re: SSH keys", james),
                page("d2", "Daniel", T.plusSeconds(7_200), "Re: SSH keys", daniel).segments(Segmenter.segment(daniel)));
        assertThat(byId(t, "d2").parentId()).isEqualTo("james");
    }

    @Test
    void aReplyYankingTheMessageItAnswersIndentedAnswersIt() {
        // Ed yanks Mike's message indented by three spaces, as Emacs does: Mike's quote of Ed is
        // "   > ", Mike's own words are indented alone
        String mike = quoted("> ", PROPOSAL) + "\n" + OBJECTION;
        String ed = quoted("   > ", PROPOSAL) + "\n" + quoted("   ", OBJECTION) + "\nIt's not as easy as you might think.\n";
        assertAnswersMike(ed, page("mike", "Mike Markley", T.plusSeconds(3_600), "Auto-moderation", mike));
    }

    /** Ed's second message {@code ed}, threaded after his proposal and Mike's answer to it, answers Mike by quoted words. */
    private static void assertAnswersMike(String ed, Message.Builder mike) {
        List<Message> t = Msgs.thread(
                page("ed1", "Ed Carp", T, "Auto-moderation", PROPOSAL),
                mike,
                page("ed2", "Ed Carp", T.plusSeconds(7_200), "Moderation", ed));
        assertThat(byId(t, "ed2").parentId()).isEqualTo("mike");
        assertThat(byId(t, "ed2").parentLink().how()).isEqualTo(LinkMethod.QUOTE);
    }

    private static String quoted(String mark, String text) {
        return text.lines().map(l -> mark + l + "\n").reduce("", String::concat);
    }
}
