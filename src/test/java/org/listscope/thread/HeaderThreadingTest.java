package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.mail;
import static org.listscope.thread.Msgs.mid;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;

class HeaderThreadingTest {

    @Test
    void replyFollowsInReplyTo() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "hello"),
                mail("b", "Bob", 5, "Re: Topic", "hi").inReplyTo(List.of(mid("a"))));
        Message b = byId(t, mid("b"));
        assertThat(b.parentId()).isEqualTo(mid("a"));
        assertThat(b.threadId()).isEqualTo(mid("a"));
        assertThat(b.parentLink().how()).isEqualTo(LinkMethod.HEADER);
        assertThat(b.parentLink().confidence()).isEqualTo(1.0);
        assertThat(byId(t, mid("a")).parentId()).isNull();
        assertThat(byId(t, mid("a")).parentLink()).isNull();
        assertThat(byId(t, mid("a")).threadId()).isEqualTo(mid("a"));
    }

    @Test
    void referencesComeBeforeInReplyTo() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("b", "Bob", 5, "Re: Topic", "two"),
                mail("c", "Cy", 9, "Re: Topic", "three")
                        .inReplyTo(List.of(mid("a"))).references(List.of(mid("a"), mid("b"))));
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b a"})
    void inReplyToNamingADeeperMessageThanTheLastReferenceIsTheParent(String references) {
        // In-Reply-To <b>; References leave it out (jwz appends it) or list it first, as a mailer
        // that writes them newest first does
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("b", "Bob", 5, "Re: Topic", "two").inReplyTo(List.of(mid("a"))).references(List.of(mid("a"))),
                mail("c", "Cy", 9, "Re: Topic", "three")
                        .inReplyTo(List.of(mid("b")))
                        .references(Arrays.stream(references.split(" ")).map(Msgs::mid).toList()));
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("b"));
        assertThat(byId(t, mid("c")).parentLink().confidence()).isEqualTo(1.0);
        assertThat(byId(t, mid("b")).parentId()).isEqualTo(mid("a"));
    }

    @Test
    void anInReplyToThatIsNoMessageOfTheArchiveChangesNothing() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("b", "Bob", 5, "Re: Topic", "two")
                        .inReplyTo(List.of("Your message of Mon, 3 Jan 1994")).references(List.of(mid("a"))),
                mail("c", "Cy", 9, "Re: Topic", "three")
                        .inReplyTo(List.of(mid("elsewhere"))).references(List.of(mid("a"))));
        assertThat(byId(t, mid("b")).parentId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("c")).parentLink().confidence()).isEqualTo(1.0);
    }

    private static final String ANNS = "The new export rules cover every key longer than forty bits, source code included";
    private static final String BOBS = "Source code on paper was exempt last year and nobody at the department has said otherwise";

    @Test
    void aReplyThatNamesAndQuotesAReplyToItsHeaderParentHangsUnderThatReply() {
        // an old mailer's In-Reply-To names Ann's message; Cy's text names Bob and quotes his answer to it
        List<Message> t = Msgs.thread(
                mail("a", "Ann Archer", 0, "Export", ANNS + "\n"),
                mail("b", "Bob Baker", 30, "Re: Export", "Ann Archer writes:\n> " + ANNS + "\n\n" + BOBS + "\n")
                        .inReplyTo(List.of(mid("a"))),
                mail("c", "Cy Cole", 60, "Re: Export", "Bob Baker writes:\n> " + BOBS + "\n\nThe department disagrees.\n")
                        .inReplyTo(List.of(mid("a"))));
        Message c = byId(t, mid("c"));
        assertThat(c.parentId()).isEqualTo(mid("b"));
        assertThat(c.parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(c.warnings()).anyMatch(w -> w.contains("headers name " + mid("a")));
        assertThat(c.threadId()).isEqualTo(mid("a"));
    }

    @Test
    void theHeaderParentStaysWhereTheReplyQuotesItOrNamesItsAuthorOrItsOwnPost() {
        Message quotesBoth = thirdUnderTheFirst("Bob Baker", "Cy Cole",
                "Bob Baker writes:\n> " + BOBS + "\n> " + ANNS + "\n\nNo.\n");
        assertThat(quotesBoth.parentId()).isEqualTo(mid("a"));
        Message ownPost = thirdUnderTheFirst("Cy Cole", "Cy Cole", "Cy Cole writes:\n> " + BOBS + "\n\nAs I said.\n");
        assertThat(ownPost.parentId()).isEqualTo(mid("a"));
        assertThat(ownPost.parentLink().how()).isEqualTo(LinkMethod.HEADER);
        Message namesAnn = thirdUnderTheFirst("Bob Baker", "Cy Cole", "Ann Archer writes:\n> " + BOBS + "\n\nNo.\n");
        assertThat(namesAnn.parentId()).isEqualTo(mid("a"));
    }

    /** Message c of Ann's post a, b's reply to it ({@code BOBS}) and c's reply whose headers name a. */
    private static Message thirdUnderTheFirst(String bAuthor, String cAuthor, String cBody) {
        List<Message> t = Msgs.thread(
                mail("a", "Ann Archer", 0, "Export", ANNS + "\n"),
                mail("b", bAuthor, 30, "Re: Export", BOBS + "\n").inReplyTo(List.of(mid("a"))),
                mail("c", cAuthor, 60, "Re: Export", cBody).inReplyTo(List.of(mid("a"))));
        return byId(t, mid("c"));
    }

    @Test
    void aMessageIdTheAttributionNamesIsTheParentOverTheHeadersAndTheQuote() {
        // a news gateway's In-Reply-To names Bob's post; "In article <a@x>" names Ann's
        List<Message> t = Msgs.thread(
                mail("a", "Ann Archer", 0, "Export", ANNS + "\n"),
                mail("b", "Bob Baker", 30, "Re: Export", ANNS + "\n\n" + BOBS + "\n").inReplyTo(List.of(mid("a"))),
                mail("c", "Cy Cole", 60, "Re: Export", "In article " + mid("a") + ", you wrote:\n> " + ANNS + "\n\nNo.\n")
                        .inReplyTo(List.of(mid("b"))),
                mail("d", "Di Dale", 90, "Re: Export", "In message " + mid("b") + " you write:\n> " + ANNS + "\n\nYes.\n"));
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("c")).parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        assertThat(byId(t, mid("d")).parentId()).as("no headers; the quote alone would give Ann's").isEqualTo(mid("b"));
    }

    @Test
    void aMessageIdNamedButAbsentOrLaterLinksNothing() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann Archer", 0, "Export", ANNS + "\n"),
                mail("c", "Cy Cole", 60, "Re: Export", "In article <gone@x>, you wrote:\n> " + ANNS + "\n\nNo.\n")
                        .inReplyTo(List.of(mid("a"))),
                mail("d", "Di Dale", 90, "Re: Export", "In article " + mid("e") + " you wrote:\n> " + ANNS + "\n\nYes.\n"),
                mail("e", "Ed Eno", 120, "Re: Export", "Later.\n"));
        assertThat(byId(t, mid("c")).parentId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("c")).parentLink().how()).isEqualTo(LinkMethod.HEADER);
        assertThat(byId(t, mid("d")).parentId()).isEqualTo(mid("a"));
        assertThat(byId(t, mid("d")).parentLink().how()).isEqualTo(LinkMethod.QUOTE);
    }

    @Test
    void absentParentIsSkippedAsAGhost() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("c", "Cy", 9, "Re: Topic", "three").references(List.of(mid("a"), mid("gone"))));
        Message c = byId(t, mid("c"));
        assertThat(c.parentId()).isEqualTo(mid("a"));
        assertThat(c.parentLink().confidence()).isLessThan(1.0);
    }

    @Test
    void repliesToOneAbsentMessageShareItsThreadButStayRoots() {
        List<Message> t = Msgs.thread(
                mail("b", "Bob", 5, "Re: Lost", "two").inReplyTo(List.of(mid("lost"))),
                mail("c", "Cy", 9, "Re: Lost", "three").inReplyTo(List.of(mid("lost"))));
        assertThat(byId(t, mid("b")).parentId()).isNull();
        assertThat(byId(t, mid("c")).parentId()).isNull();
        assertThat(byId(t, mid("b")).threadId()).isEqualTo(mid("lost")).isEqualTo(byId(t, mid("c")).threadId());
    }

    @Test
    void headerThreadsAreNotMergedForSharingASubject() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Budget", "first thread"),
                mail("b", "Bob", 5, "Re: Budget", "reply to something else").inReplyTo(List.of(mid("elsewhere"))));
        assertThat(byId(t, mid("b")).parentId()).isNull();
        assertThat(byId(t, mid("b")).threadId()).isNotEqualTo(byId(t, mid("a")).threadId());
    }

    @Test
    void anotherMessagesReferencesPlaceAMessageWithoutHeaders() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("b", "Bob", 5, "Topic", "two, headers lost"),
                mail("c", "Cy", 9, "Re: Topic", "three").references(List.of(mid("a"), mid("b"))));
        Message b = byId(t, mid("b"));
        assertThat(b.parentId()).isEqualTo(mid("a"));
        assertThat(b.parentLink().how()).isEqualTo(LinkMethod.HEADER);
        assertThat(b.parentLink().confidence()).isEqualTo(0.9);
    }

    @Test
    void foldedMessageIdsAreJoined() {
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Topic", "one"),
                mail("b", "Bob", 5, "Re: Topic", "two").inReplyTo(List.of("<a@\n x>")));
        assertThat(byId(t, mid("b")).parentId()).isEqualTo(mid("a"));
    }
}
