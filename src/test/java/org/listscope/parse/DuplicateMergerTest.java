package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.model.ThreadIndex;

class DuplicateMergerTest {

    static final String BODY = "I am trying to write an encrypted P2P program. Is there another way I should "
            + "generate the keys? See http://example.org/keys for the code I use.";

    static Message.Builder msg(String id, String format) {
        return Message.builder().id(id).subject("[Twisted-Python] Need SSH help")
                .from(Author.of("Bad_Bob", "TheBadBob@gmail.com", "TheBadBob at gmail.com (Bad_Bob)"))
                .date(Instant.parse("2005-03-02T14:58:32Z")).body(BODY).list("twisted-python")
                .source(new Source("x", null, format));
    }

    @Test
    void sameMessageIdKeepsTheRichestFieldsOfEach() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("twisted-python/2005-March/042182", "pipermail-html").messageId("<m1@x>")
                .from(Author.of("Bad_Bob", null, "Bad_Bob")).url("http://h/2005-March/042182.html").build());
        merger.add(msg("<m1@x>", "pipermail-txt").messageId("<m1@x>").inReplyTo(List.of("<p@x>"))
                .references(List.of("<r@x>", "<p@x>")).build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("<m1@x>");
            assertThat(m.url()).isEqualTo("http://h/2005-March/042182.html");
            assertThat(m.references()).containsExactly("<r@x>", "<p@x>");
            assertThat(m.inReplyTo()).containsExactly("<p@x>");
            assertThat(m.from().address()).isEqualTo("TheBadBob@gmail.com");
            assertThat(m.from().name()).isEqualTo("Bad_Bob");
        });
        assertThat(merger.merged()).isEqualTo(1);
        assertThat(merger.records()).isEqualTo(2);
    }

    @Test
    void withoutMessageIdMatchesBySubjectTimeAuthorAndBody() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("<m1@x>", "pipermail-txt").messageId("<m1@x>").build());
        // a stripped rendering: no Message-ID, address cut short, the link line gone, seconds lost
        merger.add(msg("h:abc", "rendering").from(Author.of("Bad_Bob", null, "Bad_Bob TheBadBob at"))
                .date(Instant.parse("2005-03-02T14:59:00Z"))
                .body("I am trying to write an encrypted P2P program. Is there another way I should generate the keys?")
                .build());
        assertThat(merger.messages(List.of())).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("<m1@x>"));
    }

    @Test
    void aSubjectWhosePageHidesTheAddressMatchesTheTextCopy() {
        DuplicateMerger merger = new DuplicateMerger();
        // the month's .txt.gz keeps the address in the subject, the page writes it "user at host"
        merger.add(msg("<m1@x>", "pipermail-txt").messageId("<m1@x>")
                .subject("[Twisted-Python] [andrea@cpushare.com: Re: error after launching cpushare client]").build());
        merger.add(msg("twisted-python/2005-August/011073", "pipermail-html")
                .subject("[Twisted-Python] [andrea at cpushare.com: Re: error after launching\tcpushare client]").build());
        assertThat(merger.messages(List.of())).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("<m1@x>"));
    }

    @Test
    void aDateReadWithoutZoneMatchesWholeHoursOff() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("h:1", "pipermail-txt").build());
        merger.add(msg("h:2", "rendering").date(Instant.parse("2005-03-02T07:58:32Z"))
                .warnings(List.of("date without zone \"Wed Mar 2 07:58:32 2005\", read as UTC")).build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.date()).as("the date read without guessing wins").isEqualTo(Instant.parse("2005-03-02T14:58:32Z"));
            assertThat(m.id()).isEqualTo("h:1");
        });
    }

    @Test
    void differentBodiesOrAuthorsStayApart() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("h:1", "pipermail-txt").build());
        merger.add(msg("h:2", "pipermail-txt").body("Completely different words about reactors and deferreds.").build());
        merger.add(msg("h:3", "pipermail-txt").from(Author.of("Someone Else", "else@example.org", "else at example.org")).build());
        merger.add(msg("h:4", "pipermail-txt").date(Instant.parse("2005-03-02T15:10:00Z")).build());
        assertThat(merger.messages(List.of())).extracting(Message::id).containsExactly("h:1", "h:2", "h:3", "h:4");
        assertThat(merger.merged()).isZero();
    }

    /** A follow-up that quotes the whole first message: what a garbage date left two pages without. */
    static final String FOLLOW_UP = "Thank you for the help. Paul sent me a client he has written and may write "
            + "more examples for the conch module.\n\nOn Tue, Christopher wrote:\n> " + BODY.replace(". ", ".\n> ")
            + "\n> Check out the clients document; conch is only a server so far.";

    @Test
    void withoutDatesAFollowUpQuotingTheFirstMessageStaysApart() {
        assertThat(BodySimilarity.similar(BODY, FOLLOW_UP)).as("the quote holds the first body").isTrue();
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("l/1945-February/002044", "pipermail-html").date(null).dateShown("Wed Feb  7 20:28:34 EDT 1945").build());
        merger.add(msg("l/1945-February/002056", "pipermail-html").date(null).dateShown("Thu Feb  8 17:40:04 EDT 1945")
                .body(FOLLOW_UP).build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).extracting(Message::id).containsExactly("l/1945-February/002044", "l/1945-February/002056");
        assertThat(out).extracting(Message::body).containsExactly(BODY, FOLLOW_UP);
        assertThat(out).extracting(Message::dateShown)
                .containsExactly("Wed Feb  7 20:28:34 EDT 1945", "Thu Feb  8 17:40:04 EDT 1945");
        assertThat(merger.merged()).isZero();
    }

    @Test
    void withoutDatesTheSameBodyIsOneMessage() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("l/1945-February/002044", "pipermail-html").date(null).build());
        merger.add(msg("l/1945-February/042044", "pipermail-html").date(null).body(BODY + "\nMax").build());
        assertThat(merger.messages(List.of())).hasSize(1);
    }

    /** Pages whose date was garbage meet the month's text archive, which read the Date: as UTC. */
    @Test
    void anUndatedPageJoinsItsDatedCopyInEitherOrder() {
        for (boolean pagesFirst : new boolean[] {true, false}) {
            List<Message> pages = List.of(
                    msg("l/1945-February/002044", "pipermail-html").date(null).build(),
                    msg("l/1945-February/002056", "pipermail-html").date(null).body(FOLLOW_UP).build());
            List<Message> text = List.of(
                    msg("<a@x>", "pipermail-txt").messageId("<a@x>").date(Instant.parse("2002-10-21T15:02:34Z")).build(),
                    msg("<b@x>", "pipermail-txt").messageId("<b@x>").date(Instant.parse("2002-10-22T12:14:04Z"))
                            .body(FOLLOW_UP).build());
            DuplicateMerger merger = new DuplicateMerger();
            for (Message m : pagesFirst ? pages : text) merger.add(m);
            for (Message m : pagesFirst ? text : pages) merger.add(m);
            List<Message> out = merger.messages(List.of());
            assertThat(out).as("pages first: " + pagesFirst).extracting(Message::id).containsExactlyInAnyOrder("<a@x>", "<b@x>");
            assertThat(out).allSatisfy(m -> assertThat(m.body()).isEqualTo(m.id().equals("<a@x>") ? BODY : FOLLOW_UP));
            assertThat(merger.merged()).isEqualTo(2);
        }
    }

    @Test
    void anUndatedRecordIsACopyOfAHeldMessage() {
        Message held = msg("<a@x>", "pipermail-txt").messageId("<a@x>").date(Instant.parse("2002-10-21T15:02:34Z")).build();
        Message page = msg("l/1945-February/002044", "pipermail-html").date(null).build();
        Message followUp = msg("l/1945-February/002056", "pipermail-html").date(null).body(FOLLOW_UP).build();
        assertThat(DuplicateMerger.copiesOf(List.of(held), List.of(followUp, page)))
                .containsExactly(Map.entry("l/1945-February/002044", "<a@x>"));
        assertThat(DuplicateMerger.copiesOf(List.of(page), List.of(held)))
                .containsExactly(Map.entry("<a@x>", "l/1945-February/002044"));
    }

    @Test
    void aMessageIdReusedByAnotherMessageIsNotAMerge() {
        DuplicateMerger merger = new DuplicateMerger();
        String placeholder = "<d41d8cd98f00b204e9800998ecf8427e@NO-ID-FOUND.mhonarc.org>";
        merger.add(msg(placeholder, "mbox").messageId(placeholder).build());
        merger.add(msg(placeholder, "mbox").messageId(placeholder).subject("Something else")
                .date(Instant.parse("1993-05-01T00:00:00Z")).body("Nothing in common with the first one at all.").build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).hasSize(2);
        assertThat(out.get(0).id()).isEqualTo(placeholder);
        assertThat(out.get(1).id()).startsWith("h:");
        assertThat(out.get(1).warnings()).anyMatch(w -> w.contains("also used by a different message"));
    }

    @Test
    void aPlaceholderIdReusedUnderAPlaceholderSubjectIsNoMerge() {
        // cypherpunks 1992-94: nine messages under one made-up id, all "No Subject", minutes apart
        DuplicateMerger merger = new DuplicateMerger();
        String placeholder = "<d41d8cd98f00b204e9800998ecf8427e@NO-ID-FOUND.mhonarc.org>";
        merger.add(msg(placeholder, "mbox").messageId(placeholder).subject("No Subject")
                .date(Instant.parse("1999-09-07T12:36:54Z")).build());
        merger.add(msg(placeholder, "mbox").messageId(placeholder).subject("No Subject")
                .date(Instant.parse("1999-09-07T12:37:43Z")).body("Perhaps as long as several millenia, eh?").build());
        merger.add(msg(placeholder, "mbox").messageId(placeholder).subject("(no subject)")
                .date(Instant.parse("1999-09-07T12:40:11Z")).body("What does this have to do with crypto?").build());
        List<Message> out = merger.messages(List.of());
        assertThat(out).hasSize(3);
        assertThat(out).extracting(Message::id).doesNotHaveDuplicates();
        assertThat(merger.merged()).isZero();
    }

    @Test
    void aCopyWithTheSameMessageIdAndAPlaceholderSubjectStillMergesByDate() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("<n@x>", "pipermail-txt").messageId("<n@x>").subject("No Subject").build());
        merger.add(msg("<n@x>", "pipermail-html").messageId("<n@x>").subject("No Subject").body("elided").build());
        assertThat(merger.messages(List.of())).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(BODY));
    }

    @Test
    void aRedactedCopyWithTheSameMessageIdAndDateIsTheSameMessage() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("<s@x>", "pipermail-txt").messageId("<s@x>").build());
        merger.add(msg("<s@x>", "pipermail-txt").messageId("<s@x>").subject("[spam elided]").body("elided").build());
        assertThat(merger.messages(List.of())).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(BODY));
    }

    @Test
    void aRebuiltArchiveKeepsThePageUrlTheThreadIndexNames() {
        DuplicateMerger merger = new DuplicateMerger();
        merger.add(msg("a/1", "pipermail-html").messageId("<m@x>").url("http://h/pipermail/l/2005-March/009612.html").build());
        merger.add(msg("a/2", "pipermail-html").messageId("<m@x>").url("http://h/pipermail/l/2005-March/042182.html").build());
        ThreadIndex index = new ThreadIndex("thread.html", "l", List.of(
                new ThreadIndex.Entry("/corpus/l/2005-March/042182.html", null, null, "s", "a")));
        assertThat(merger.messages(List.of(index))).singleElement()
                .satisfies(m -> assertThat(m.url()).endsWith("042182.html"));
        assertThat(merger.messages(List.of())).singleElement()
                .satisfies(m -> assertThat(m.url()).endsWith("009612.html"));
    }
}
