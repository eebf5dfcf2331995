package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.page;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;

/**
 * Text a reply pasted without quote marks finds its parent as a quote would ({@link PastedPrints}):
 * only a run of 20 words or more, in a reply whose subject says {@code Re:}, from a message of its
 * subject by someone else, or from a message of another subject whose author a line above the
 * words names.
 */
class PastedQuotesTest {

    private static final Instant T = Instant.parse("1993-11-22T19:19:00Z");
    private static final String GPL = "If, as a consequence of a court judgment or allegation of patent infringement,"
            + " conditions are imposed on you that contradict the conditions of this License, they do not excuse you"
            + " from the conditions of this License.";
    private static final String ANSWER = "Um, keep reading: section 8 lets the copyright holder add a geographical limit.\n";

    /**
     * Marc's aborted reply, then the whole one ("sorry, ignore that last message"), both pasting
     * Nathan's words without marks: the subject gives the whole one its poster's own latest message
     * of the day, whose words are Nathan's too; the pasted words give Nathan's.
     */
    private static List<Message> thread(String replySubject, String nathansSubject, String pasted) {
        return Msgs.thread(
                page("kim", "Kim", T, "Secure Drive", "Is copyleft valid on code that cannot leave the country?\n"),
                page("nathan", "Nathan Loofbourrow", T.plusSeconds(3600), nathansSubject, GPL + "\n"),
                page("marc1", "Marc Horowitz", T.plusSeconds(7200), "Re: Secure Drive", pasted + "\n"),
                page("marc2", "Marc Horowitz", T.plusSeconds(7800), replySubject,
                        "(sorry, ignore that last message)\n\n" + pasted + "\n\n" + ANSWER));
    }

    @Test
    void aReplyPastingAnotherAuthorsWordsWithoutMarksAnswersTheirMessage() {
        List<Message> t = thread("Re: Secure Drive", "Re: Secure Drive", GPL);
        Message reply = byId(t, "marc2");
        assertThat(reply.parentId()).isEqualTo("nathan");
        assertThat(reply.parentLink().how()).isEqualTo(LinkMethod.QUOTE);
        assertThat(byId(t, "marc1").parentId()).as("the poster's own words are no source").isEqualTo("nathan");
    }

    @Test
    void wordsPastedFromAMessageOfAnotherSubjectAreADocumentCitedNotTheMessageAnswered() {
        List<Message> t = thread("Re: Secure Drive", "The GNU General Public License", GPL);
        assertThat(byId(t, "marc2").parentId()).isEqualTo("marc1");
        assertThat(byId(t, "marc2").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
    }

    @Test
    void aSubjectWithoutReOrFewerThanTwentyWordsPastedIsNoSign() {
        List<Message> noRe = thread("Secure Drive", "Re: Secure Drive", GPL);
        assertThat(byId(noRe, "marc2").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
        String short19 = "If, as a consequence of a court judgment or allegation of patent infringement, conditions are"
                + " imposed on you that";
        assertThat(short19.split("\\W+")).hasSize(19);
        List<Message> shorter = thread("Re: Secure Drive", "Re: Secure Drive", short19);
        assertThat(byId(shorter, "marc2").parentId()).isEqualTo("marc1");
        assertThat(byId(shorter, "marc2").parentLink().how()).isEqualTo(LinkMethod.SUBJECT);
    }

    /**
     * A reply under a subject of its own that pastes what it answers below a line naming its author
     * (Sandy Sandfort's "POISON PILL :-)" and "DIGITAL BARTER" in cypherpunks 1993-94): that
     * author's message, not the subject's latest.
     */
    @Test
    void wordsPastedBelowTheirAuthorsNameAnswerThatAuthorsMessage() {
        List<Message> t = Msgs.thread(
                page("nathan", "Nathan Loofbourrow", T, "The GNU General Public License", GPL + "\n"),
                page("sandy", "Sandy Sandfort", T.plusSeconds(3600), "LICENSE CONDITIONS",
                        "Nathan Loofbourrow writes:\n\n" + GPL + "\n\n" + ANSWER));
        assertThat(byId(t, "sandy").parentId()).isEqualTo("nathan");
        assertThat(byId(t, "sandy").parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        // another's name above them, or the source weeks older: no sign of what it answers
        List<Message> other = Msgs.thread(
                page("nathan", "Nathan Loofbourrow", T, "The GNU General Public License", GPL + "\n"),
                page("sandy", "Sandy Sandfort", T.plusSeconds(3600), "LICENSE CONDITIONS", "Tim May writes:\n\n" + GPL + "\n\n" + ANSWER));
        assertThat(byId(other, "sandy").parentId()).isNull();
        List<Message> old = Msgs.thread(
                page("nathan", "Nathan Loofbourrow", T, "The GNU General Public License", GPL + "\n"),
                page("sandy", "Sandy Sandfort", T.plusSeconds(30L * 86_400), "LICENSE CONDITIONS",
                        "Nathan Loofbourrow writes:\n\n" + GPL + "\n\n" + ANSWER));
        assertThat(byId(old, "sandy").parentId()).isNull();
    }

    /** The real thread the first test is drawn from (cypherpunks 1993, no In-Reply-To on either message). */
    @Test
    @Tag("shared")
    void marcHorowitzAnswersNathanLoofbourrowsPastedWords() throws Exception {
        Path year = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz");
        Map<String, Message> byId = Msgs.threadedById(List.of(year));
        Message reply = byId.get("<9311240041.AA10436@dun-dun-noodles.aktis.com>");
        assertThat(reply.parentId()).isEqualTo("<9311221919.AA15082@styracosaur.cis.ohio-state.edu>");
        assertThat(reply.parentLink().how()).isEqualTo(LinkMethod.QUOTE);
    }
}
