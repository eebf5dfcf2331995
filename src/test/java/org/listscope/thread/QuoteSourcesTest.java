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
    void quotesWithoutASourceStayUnlinked() {
        String c = "> words that nobody in this batch ever wrote down anywhere\nOk.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "X", "Something different altogether, really quite different.\n"),
                mail("c", "Cy", 5, "Re: X", c).segments(List.of(Segment.of(SegmentKind.QUOTE, 0, c.indexOf("Ok."), 1),
                        Segment.of(SegmentKind.TEXT, c.indexOf("Ok."), c.length(), 0))));
        assertThat(byId(t, mid("c")).segments().get(0).quotedId()).isNull();
        assertThat(byId(t, mid("c")).segments().get(0).quotedStart()).isEqualTo(-1);
    }
}
