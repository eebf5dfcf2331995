package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.mail;
import static org.listscope.thread.Msgs.mid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class CopiedTextTest {

    /** Forty-odd words of policy prose, the kind of paragraph that is pasted or posted again. */
    private static final String PARAGRAPH = "The Department of Justice has asked Congress to require every carrier\n"
            + "to build wiretap access into its switches, and the bill now before the\n"
            + "committee would let the Attorney General set the capacity each carrier\n"
            + "must provide, with fines for those that fail to comply within three years.\n";

    @Test
    void indentedLinesOfTheParentAreAQuoteOfIt() {
        String ann = "Hello all.\n" + PARAGRAPH + "Ann\n";
        String bob = "   From: Ann\n\n" + PARAGRAPH.indent(3) + "\nThat bill will never pass as written.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Wiretap bill", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Wiretap bill", bob).inReplyTo(List.of(mid("a"))).segments(own(bob)));
        List<Segment> segs = byId(t, mid("b")).segments();
        assertThat(segs).extracting(Segment::kind)
                .containsExactly(SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT);
        Segment q = segs.get(1);
        assertThat(bob.substring(q.start(), q.end())).isEqualTo(PARAGRAPH.indent(3));
        assertThat(q.quotedId()).isEqualTo(mid("a"));
        assertThat(q.depth()).isEqualTo(1);
        assertThat(q.copied()).isTrue();
        assertThat(ann.substring(q.quotedStart(), q.quotedEnd())).startsWith("The Department").endsWith("three years");
        assertThat(bob.substring(segs.get(2).start(), segs.get(2).end())).contains("never pass");
        // the message quoted keeps its words
        assertThat(byId(t, mid("a")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    /**
     * The line above a copy that names its source's author before a verb of saying ("Black Unicorn
     * writes:", cypherpunks 1994) is the copy's attribution, naming the author as the source does;
     * a line naming someone else stays the poster's text.
     */
    @Test
    void theLineAboveACopyThatNamesItsAuthorIsItsAttribution() {
        String ann = "Hello all.\n" + PARAGRAPH + "Ann\n";
        String bob = "Good morning.\nAnn Smith writes:\n\n" + PARAGRAPH + "\nThat bill will never pass as written.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann Smith", 0, "Wiretap bill", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Wiretap bill", bob).segments(own(bob)));
        List<Segment> segs = byId(t, mid("b")).segments();
        assertThat(segs).extracting(Segment::kind)
                .containsExactly(SegmentKind.TEXT, SegmentKind.ATTRIBUTION, SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT);
        assertThat(bob.substring(segs.get(1).start(), segs.get(1).end())).isEqualTo("Ann Smith writes:\n");
        assertThat(segs.get(1).quotedAuthor()).isEqualTo("Ann Smith");
        assertThat(segs.get(1).copied()).isTrue(); // undone with the copy where an index run unlinks it
        assertThat(segs.get(1).quotedId()).isEqualTo(mid("a"));
        assertThat(segs.get(3).quotedId()).isEqualTo(mid("a"));

        String cy = "Perry Metzger writes:\n\n" + PARAGRAPH + "\nNo.\n";
        List<Message> other = Msgs.thread(
                mail("a", "Ann Smith", 0, "Wiretap bill", ann).segments(own(ann)),
                mail("c", "Cy", 30, "Re: Wiretap bill", cy).segments(own(cy)));
        assertThat(byId(other, mid("c")).segments()).extracting(Segment::kind)
                .containsExactly(SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT);
    }

    @Test
    void aDocumentPostedAgainElsewhereIsAQuoteOfItsFirstPoster() {
        String first = "Press release follows.\n\n" + PARAGRAPH;
        String second = "Everyone should read this:\n\n" + PARAGRAPH;
        String third = "Did you all see this?\n\n" + PARAGRAPH + "\nWrite to your representative.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "DoJ wiretap bill", first).segments(own(first)),
                mail("b", "Bob", 60, "Wiretaps again", second).segments(own(second)),
                mail("c", "Cy", 600, "Fwd: news", third).segments(own(third)));
        Segment q = quoteOf(byId(t, mid("c")));
        assertThat(third.substring(q.start(), q.end())).isEqualTo(PARAGRAPH);
        assertThat(q.quotedId()).isEqualTo(mid("a"));
        assertThat(quoteOf(byId(t, mid("b"))).quotedId()).isEqualTo(mid("a"));
    }

    @Test
    void aStockPhraseStaysTheAuthorsOwn() {
        // nineteen words in common: fewer than a copy needs
        String ann = "As I said, the bill now before the committee would let the Attorney General set the capacity"
                + " each carrier must provide.\nAnn\n";
        String bob = "Sure, the bill now before the committee would let the Attorney General set the capacity each"
                + " carrier must provide. So what?\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Bill", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Bill", bob).inReplyTo(List.of(mid("a"))).segments(own(bob)));
        assertThat(byId(t, mid("b")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    @Test
    void wordsThePosterWroteBeforeStayTheirsWhoeverPastedThemMeanwhile() {
        String ann1 = "My proposal:\n" + PARAGRAPH;
        String bob = "Ann proposed this:\n" + PARAGRAPH + "\nI am against it.\n";
        String ann2 = "Once more, my proposal:\n" + PARAGRAPH;
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Proposal", ann1).segments(own(ann1)),
                mail("b", "Bob", 30, "Re: Proposal", bob).segments(own(bob)),
                mail("c", "Ann", 90, "Proposal again", ann2).segments(own(ann2)));
        assertThat(quoteOf(byId(t, mid("b"))).quotedId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("c")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    @Test
    void aCopyStartingInsideALineOfThePostersLeavesThatLineOwn() {
        String ann = "Hello all.\n" + PARAGRAPH;
        String bob = "I read today that the Department of Justice has asked Congress to require every carrier\n"
                + PARAGRAPH.substring(PARAGRAPH.indexOf('\n') + 1);
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Bill", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Bill", bob).inReplyTo(List.of(mid("a"))).segments(own(bob)));
        Message b = byId(t, mid("b"));
        Segment q = quoteOf(b);
        assertThat(q.start()).isEqualTo(bob.indexOf('\n') + 1);
        assertThat(b.segments().get(0).kind()).isEqualTo(SegmentKind.TEXT);
    }

    @Test
    void aFragmentMailmanFiledWithoutASenderIsNoSource() {
        String fragment = PARAGRAPH;
        String real = "Announcing the bill:\n" + PARAGRAPH;
        Message.Builder placeholder = mail("m", "x", 0, "No subject", fragment)
                .from(Author.of(null, Author.MAILMAN_PLACEHOLDER, Author.MAILMAN_PLACEHOLDER + " ()"))
                .segments(own(fragment));
        List<Message> t = Msgs.thread(placeholder, mail("b", "Bob", 600, "The bill", real).segments(own(real)));
        assertThat(byId(t, mid("b")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    @Test
    void thePostersOwnMessageForwardedBySomeoneElseStaysTheirs() {
        String carl = "Carl's text:\n" + PARAGRAPH;
        String fwd = "Forwarded:\nFrom: Ann\n\n" + PARAGRAPH;
        int block = fwd.indexOf("From: Ann");
        String ann = "As I wrote elsewhere:\n" + PARAGRAPH;
        List<Message> t = Msgs.thread(
                mail("c", "Carl", 0, "Bill", carl).segments(own(carl)),
                mail("f", "Fay", 30, "Fwd: Bill", fwd).segments(List.of(
                        Segment.of(SegmentKind.TEXT, 0, block, 0),
                        Segment.of(SegmentKind.QUOTE, block, fwd.length(), 0).withQuoted("Ann", null).asForwarded())),
                mail("a", "Ann", 90, "Bill", ann).segments(own(ann)));
        // Fay's forward says Ann wrote these words: Carl's earlier copy of them is not their source
        assertThat(byId(t, mid("a")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    @Test
    void aCopyOfAForwardIsTheForwardedSendersWords() {
        String fwd = "Forwarded:\nFrom: Dana Dee\n\n" + PARAGRAPH;
        int block = fwd.indexOf("From: Dana");
        String bob = "Look at this:\n" + PARAGRAPH;
        List<Message> t = Msgs.thread(
                mail("f", "Fay", 0, "Fwd: Bill", fwd).segments(List.of(
                        Segment.of(SegmentKind.TEXT, 0, block, 0),
                        Segment.of(SegmentKind.QUOTE, block, fwd.length(), 0).withQuoted("Dana Dee", null).asForwarded())),
                mail("b", "Bob", 90, "Bill", bob).segments(own(bob)));
        Segment q = quoteOf(byId(t, mid("b")));
        assertThat(q.quotedId()).isEqualTo(mid("f"));
        assertThat(q.quotedAuthor()).isEqualTo("Dana Dee");
        assertThat(q.forwarded()).isTrue();
    }

    @Test
    void threadingItsOwnOutputAgainChangesNothing() {
        String ann = "Hello all.\n" + PARAGRAPH + "Ann\n";
        String bob = "   From: Ann\n\n" + PARAGRAPH.indent(3) + "\nThat bill will never pass as written.\n";
        String cy = "Bob is right.\n" + PARAGRAPH;
        List<Message> once = Msgs.thread(
                mail("a", "Ann", 0, "Wiretap bill", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Wiretap bill", bob).inReplyTo(List.of(mid("a"))).segments(own(bob)),
                mail("c", "Cy", 60, "Re: Wiretap bill", cy).segments(own(cy)));
        List<Message> twice = Threader.thread(new Batch(once, List.of(), List.of(), 3, 3, 0), Msgs.NOW);
        assertThat(twice).isEqualTo(once);
    }

    private static List<Segment> own(String body) {
        return List.of(Segment.of(SegmentKind.TEXT, 0, body.length(), 0));
    }

    private static Segment quoteOf(Message m) {
        return m.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).findFirst().orElseThrow();
    }
}
