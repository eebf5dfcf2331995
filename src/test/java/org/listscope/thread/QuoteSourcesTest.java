package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.mail;
import static org.listscope.thread.Msgs.mid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class QuoteSourcesTest {

    @Test
    void quoteSegmentsPointAtTheTextTheyCameFrom() {
        String a = "Hello all.\nWhat doesn't exist can't be subpoenaed by any court in this country.\nBye\n";
        String c = "Ann wrote:\n> What doesn't exist can't be\n> subpoenaed by any court in this country.\nTrue.\n";
        String b = "Bob here.\n> Hello all.\nI disagree with everything and everyone, always and forever.\n";
        int qs = c.indexOf("> What");
        int qe = c.indexOf("True.");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Data", a),
                mail("b", "Bob", 3, "Re: Data", b).inReplyTo(List.of(mid("a"))),
                mail("c", "Cy", 5, "Re: Data", c).inReplyTo(List.of(mid("b")))
                        .segments(List.of(Segment.of(SegmentKind.ATTRIBUTION, 0, qs, 0),
                                Segment.of(SegmentKind.QUOTE, qs, qe, 1),
                                Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
        Segment q = byId(t, mid("c")).segments().get(1);
        assertThat(q.quotedId()).isEqualTo(mid("a"));
        assertThat(a.substring(q.quotedStart(), q.quotedEnd()))
                .isEqualTo("What doesn't exist can't be subpoenaed by any court in this country");
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isNull();
    }

    @Test
    void aReplyFiledUnderOneMessageQuotingAnotherOfTheThreadNamesTheOther() {
        String a = "Using a central node to coordinate the traffic requires that every participant\n"
                + "trusts that node. If the node is evil, it can tell who sent each message.\n";
        // Bob's answer repeats a few of Ann's words; Cy's reply is filed under it but quotes Ann
        String b = "Sure, if the node is evil it can tell who sent each one. So can the postman.\n";
        String c = "> Using a central node to coordinate the traffic requires that every participant\n"
                + "> trusts that node. If the node is evil, it can tell who sent each message.\nNot so.\n";
        int qe = c.indexOf("Not so.");
        Message.Builder cy = mail("c", "Cy", 5, "Re: DC nets", c).inReplyTo(List.of(mid("b")))
                .segments(List.of(Segment.of(SegmentKind.QUOTE, 0, qe, 1), Segment.of(SegmentKind.TEXT, qe, c.length(), 0)));
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "DC nets", a),
                mail("b", "Bob", 2, "Re: DC nets", b).inReplyTo(List.of(mid("a"))),
                cy);
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("b"));
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isEqualTo(mid("a"));
    }

    @Test
    void quotesWithoutASourceStayUnlinked() {
        String c = "> words that nobody in this batch ever wrote down anywhere\nOk.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "X", "Something different altogether, really quite different.\n"),
                mail("c", "Cy", 5, "Re: X", c).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, c.indexOf("Ok."), 1),
                        Segment.of(SegmentKind.TEXT, c.indexOf("Ok."), c.length(), 0))));
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isNull();
        assertThat(byId(t, mid("c")).segments().get(0).quotedStart()).isEqualTo(-1);
    }

    @Test
    void aStockPhraseSharedWithAnotherThreadNamesNoSource() {
        // Cy's quote shares one four-word phrase with Ann's unrelated message: no evidence it came from there
        String a = "The export rules change next month. If you have any specific questions, write to the office.\n";
        String c = "> Using a central node to coordinate the traffic requires that every participant\n"
                + "> trusts that node. If the central node is evil, I think there are things it\n"
                + "> could do to identify senders, and nobody outside would ever learn of it.\n"
                + "> So the cell would meet in person once a month to compare the sums by hand.\n"
                + "> If you have any specific questions, ask me.\nNo.\n";
        int qe = c.indexOf("No.");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Export", a),
                mail("c", "Cy", 5, "DC nets", c).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, qe, 1),
                        Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
        assertThat(byId(t, mid("c")).parentId()).isNull();
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isNull();
    }

    @Test
    void aShortQuoteNamesNoSourceOutsideItsReplyChain() {
        // four words are one shingle: all of the quote's, and still no sign it came from Ann's message
        String c = "> why not use twisted\nIndeed.\n";
        int qe = c.indexOf("Indeed.");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Servers", "Why not use Twisted?\n"),
                mail("b", "Bob", 2, "Reactors", "Which reactor should a server on Windows pick these days?\n"),
                mail("c", "Cy", 5, "Re: Reactors", c).inReplyTo(List.of(mid("b"))).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, qe, 1),
                        Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isNull();
        // the same line quoted from an earlier message of its own thread: that message
        List<Message> same = Msgs.thread(
                mail("a", "Ann", 0, "Servers", "Why not use Twisted?\n"),
                mail("b", "Bob", 2, "Re: Servers", "Which reactor should a server on Windows pick these days?\n")
                        .inReplyTo(List.of(mid("a"))),
                mail("c", "Cy", 5, "Re: Servers", c).inReplyTo(List.of(mid("b"))).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, qe, 1),
                        Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
        assertThat(byId(same, mid("c")).segments().get(0).quotedId()).isEqualTo(mid("a"));
    }

    @Test
    void aQuoteMostlyFromAnotherThreadNamesItsSource() {
        // a quote of Ann's message in a reply filed under another subject, one line left out
        String a = "Using a central node to coordinate the traffic requires that every participant\n"
                + "trusts that node. If the node is evil, it can tell who sent each message.\n"
                + "That is why the protocol has no centre at all.\n";
        String c = "> Using a central node to coordinate the traffic requires that every participant\n"
                + "> trusts that node. If the node is evil, it can tell who sent each message.\nNot so.\n";
        int qe = c.indexOf("Not so.");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "DC nets", a),
                mail("b", "Bob", 2, "Lunch", "Anyone for lunch at noon today near the office?\n"),
                mail("c", "Cy", 5, "Trust", c).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, qe, 1),
                        Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isEqualTo(mid("a"));
    }
}
