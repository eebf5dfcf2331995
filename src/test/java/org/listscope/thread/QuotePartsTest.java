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

class QuotePartsTest {

    private static final String ANN = "Every carrier must be able to intercept the calls of a named subscriber\n"
            + "when a court orders it, and must deliver them to the agency in real time.\n";
    private static final String BOB = "That is what the statute says, but nobody has ever costed the gear\n"
            + "for the small rural carriers, who will simply go out of business.\n";

    /** Cy's reply to Bob, who quoted Ann: one level of marks for both, as mail written in HTML is archived. */
    private static List<Message> flattened(String attributed, String ownWords) {
        String b = "Ann wrote:\n" + quoted(ANN) + "\n" + BOB;
        String c = attributed + " wrote:\n" + quoted(ANN) + ">\n" + quoted(BOB) + ownWords;
        int bq = b.indexOf("> Every");
        int bt = b.indexOf("That is");
        int qs = c.indexOf("> Every");
        int qe = c.indexOf(ownWords);
        return Msgs.thread(
                mail("a", "Ann", 0, "Intercept", ANN),
                mail("b", "Bob", 3, "Re: Intercept", b).inReplyTo(List.of(mid("a")))
                        .segments(List.of(Segment.of(SegmentKind.ATTRIBUTION, 0, bq, 0),
                                Segment.of(SegmentKind.QUOTE, bq, bt, 1).withQuoted("Ann", null),
                                Segment.of(SegmentKind.TEXT, bt, b.length(), 0))),
                mail("c", "Cy", 5, "Re: Intercept", c).inReplyTo(List.of(mid("b")))
                        .segments(List.of(Segment.of(SegmentKind.ATTRIBUTION, 0, qs, 0),
                                Segment.of(SegmentKind.QUOTE, qs, qe, 1).withQuoted(attributed, null),
                                Segment.of(SegmentKind.TEXT, qe, c.length(), 0))));
    }

    /** Cy's reply to Bob: a quote up to {@code quoteEnd}, then Cy's own words. */
    private static Message.Builder cy(int minutes, String c, int quoteEnd) {
        return mail("c", "Cy", minutes, "Re: Intercept", c).inReplyTo(List.of(mid("b")))
                .segments(List.of(Segment.of(SegmentKind.QUOTE, 0, quoteEnd, 1), Segment.of(SegmentKind.TEXT, quoteEnd, c.length(), 0)));
    }

    /** Bob's answer to Xavier: {@link #BOB}, a blank line, then a quote. */
    private static Message.Builder bobQuoting(int minutes, String b) {
        return mail("b", "Bob", minutes, "Re: Intercept", b).inReplyTo(List.of(mid("x")))
                .segments(List.of(Segment.of(SegmentKind.TEXT, 0, BOB.length() + 1, 0),
                        Segment.of(SegmentKind.QUOTE, BOB.length() + 1, b.length(), 1)));
    }

    private static String quoted(String text) {
        return text.replaceAll("(?m)^", "> ");
    }

    @Test
    void aQuoteOfTwoMessagesFlattenedToOneLevelIsSplitBetweenThem() {
        Message cy = byId(flattened("Bob", "Then the rural carriers need a subsidy.\n"), mid("c"));
        List<Segment> quotes = cy.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).quotedId()).isEqualTo(mid("a"));
        assertThat(cy.text(quotes.get(0))).contains("Every carrier must").doesNotContain("statute");
        assertThat(quotes.get(0).quotedAuthor()).as("the attribution names Bob, not Ann").isNull();
        assertThat(quotes.get(1).quotedId()).isEqualTo(mid("b"));
        assertThat(cy.text(quotes.get(1))).startsWith("> That is what the statute says");
        assertThat(quotes.get(1).quotedAuthor()).isEqualTo("Bob");
        assertThat(quotes.get(0).end()).isEqualTo(quotes.get(1).start());
        assertThat(quotes.get(1).quotedStart()).isEqualTo(byId(flattened("Bob", "x y\n"), mid("b")).body().indexOf("That is"));
    }

    @Test
    void anAttributionNamingTheOtherPartsAuthorLeavesTheQuotesOwnPart() {
        // the attribution Cy's mail kept was Ann's, inside Bob's message: Bob's answers are not hers
        Message cy = byId(flattened("Ann", "Then the rural carriers need a subsidy.\n"), mid("c"));
        List<Segment> quotes = cy.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedId).containsExactly(mid("a"), mid("b"));
        assertThat(quotes).extracting(Segment::quotedAuthor).containsExactly("Ann", null);
    }

    @Test
    void aQuoteOfOneMessageStaysWhole() {
        String b = "Ann wrote:\n" + quoted(ANN) + "\n" + BOB;
        String c = "> " + BOB.replace("\n", "\n>\n> ").replaceAll("> $", "") + "Agreed.\n";
        int qe = c.indexOf("Agreed.");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Intercept", ANN),
                mail("b", "Bob", 3, "Re: Intercept", b).inReplyTo(List.of(mid("a"))),
                cy(5, c, qe));
        List<Segment> segs = byId(t, mid("c")).segments();
        assertThat(segs).hasSize(2);
        assertThat(segs.get(0).quotedId()).isEqualTo(mid("b"));
    }

    @Test
    void aShortParagraphGoesWithTheOneBeforeIt() {
        String b = "Ann wrote:\n" + quoted(ANN) + "\n" + BOB;
        // "Cheers, Bob" is too short to tell where it came from
        String c = quoted(ANN) + ">\n" + quoted(BOB) + ">\n> Cheers, Bob\nSo?\n";
        int qe = c.indexOf("So?");
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Intercept", ANN),
                mail("b", "Bob", 3, "Re: Intercept", b).inReplyTo(List.of(mid("a"))),
                cy(5, c, qe));
        Message cy = byId(t, mid("c"));
        List<Segment> quotes = cy.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).extracting(Segment::quotedId).containsExactly(mid("a"), mid("b"));
        assertThat(cy.text(quotes.get(1))).endsWith("> Cheers, Bob\n");
    }

    @Test
    void boilerplateHeldByManyMessagesStaysWithTheQuotesSource() {
        // the list's footer stands in the own text of the thread's first message and of messages of
        // other threads; Bob's quotes it
        String footer = "This mailing list is run by volunteers of the network operators group,\n"
                + "see the web site for the charter and the rules before you post here.\n";
        String b = BOB + "\n" + quoted(footer);
        String c = quoted(BOB) + ">\n" + quoted(quoted(footer)) + "Agreed.\n";
        int qe = c.indexOf("Agreed.");
        List<Message.Builder> all = new java.util.ArrayList<>();
        all.add(mail("x", "Xavier", 0, "Intercept", "What will the new rules cost us?\n\n" + footer));
        for (int k = 0; k <= QuoteParts.MAX_HOLDERS; k++) {
            all.add(mail("f" + k, "Poster " + k, 1 + k, "Note " + k, "Short note number " + k + " here.\n\n" + footer));
        }
        all.add(bobQuoting(30, b));
        all.add(cy(35, c, qe));
        List<Segment> segs = byId(Msgs.thread(all.toArray(Message.Builder[]::new)), mid("c")).segments();
        assertThat(segs).hasSize(2);
        assertThat(segs.get(0).quotedId()).isEqualTo(mid("b"));
    }

    @Test
    void aParagraphHeldOnlyInAnotherThreadStaysWithTheQuotesSource() {
        // Bob, answering Xavier, quotes a paragraph Dan posted in another thread; Cy's reply flattens the two
        String b = BOB + "\n" + quoted(ANN);
        String c = quoted(BOB) + ">\n" + quoted(ANN) + "Agreed.\n";
        int qe = c.indexOf("Agreed.");
        List<Message> t = Msgs.thread(
                mail("d", "Dan", 0, "Other matters", ANN),
                mail("x", "Xavier", 1, "Intercept", "What will the new rules cost the small carriers?\n"),
                bobQuoting(3, b),
                cy(5, c, qe));
        assertThat(byId(t, mid("d")).threadId()).isNotEqualTo(byId(t, mid("c")).threadId());
        List<Segment> segs = byId(t, mid("c")).segments();
        assertThat(segs).hasSize(2);
        assertThat(segs.get(0).quotedId()).isEqualTo(mid("b"));
    }

    @Test
    void paragraphsStartAfterQuotedBlankLines() {
        String q = ">\n> one two\n> three\n>\n>  \n> four\n> five\n";
        int[] starts = QuoteParts.paragraphs(q, 0, q.length());
        assertThat(starts).containsExactly(0, q.indexOf("> four"));
    }
}
