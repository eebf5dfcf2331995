package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Quote sources and parents across two real lists twelve years apart (twisted-python 2005 and
 * cypherpunks 1993), threaded together: no quote can have come from the other list, and no reply
 * can answer it, so every such link was made from a few words in common.
 */
@Tag("shared")
class RealQuoteSourcesTest {

    @Test
    void noQuoteOrParentCrossesFromOneListToTheOther() throws IOException {
        Path twisted = SharedCorpus.path("corpus/pipermail/twisted-python");
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> months = Files.list(twisted)) {
            months.filter(p -> p.getFileName().toString().matches("2005-\\w+\\.txt\\.gz")).sorted().forEach(inputs::add);
        }
        inputs.add(SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz"));
        Map<String, Message> byId = Msgs.threadedById(inputs);
        assertThat(byId.values().stream().map(Message::list).distinct()).hasSize(2);

        List<String> crossQuotes = new ArrayList<>();
        List<String> crossParents = new ArrayList<>();
        long traced = 0;
        for (Message m : byId.values()) {
            Message parent = byId.get(m.parentId());
            if (parent != null && !parent.list().equals(m.list())) crossParents.add(m.id() + " -> " + parent.id());
            for (Segment s : m.segments()) {
                Message source = byId.get(s.quotedId());
                if (source == null) continue;
                traced++;
                if (!source.list().equals(m.list())) crossQuotes.add(m.id() + " " + m.text(s).strip() + " <- " + source.id());
            }
        }
        assertThat(traced).as("quotes traced to their source").isGreaterThan(10_000);
        assertThat(crossQuotes).as("quotes traced to the other list").isEmpty();
        assertThat(crossParents).as("parents in the other list").isEmpty();
    }

    @Test
    void aReplyWhoseReferencesListTheRepliedMessageFirstHangsUnderItAndQuotesIt() throws IOException {
        // Moshe Zadka's mailer of May 2001 lists References newest first: the last one is his own
        // earlier message, In-Reply-To the one he quotes (Chris Armstrong's, Glyph's)
        Path month = SharedCorpus.path("corpus/pipermail/twisted-python/2001-May.txt.gz");
        Map<String, Message> byId = Msgs.threadedById(List.of(month));
        assertQuotes(byId, "<E14vMHZ-0006jb-00@darjeeling>", "You don't need to write a gloop-to-web gateway", "Chris Armstrong");
        assertQuotes(byId, "<E14yoTc-0008QP-00@darjeeling>", "IMHO, people *should* inherit from it", "Glyph Lefkowitz");
    }

    @Test
    void aQuoteOfTwoMessagesArchivedAtOneLevelIsSplitBetweenThem() throws IOException {
        // Jean-Paul Calderone quotes Glyph's reply, which quoted him: one level of marks for both
        Path month = SharedCorpus.path("corpus/pipermail/twisted-python/2016-December.txt.gz");
        Map<String, Message> byId = Msgs.threadedById(List.of(month));
        Message reply = byId.get("<CAEeXt4PrJb4a4orRhh1XJngCZwo1-WToAtO7iM=khHPcaYWzRA@mail.gmail.com>");
        Segment his = quoteHolding(reply, "a bunch of spurious");
        Segment glyphs = quoteHolding(reply, "This is, unfortunately, going to keep happening");
        assertThat(his).isNotEqualTo(glyphs);
        assertThat(byId.get(his.quotedId()).from().name()).isEqualTo("Jean-Paul Calderone");
        assertThat(his.quotedAuthor()).isEqualTo("Jean-Paul Calderone");
        assertThat(byId.get(glyphs.quotedId()).from().name()).isEqualTo("Glyph Lefkowitz");
        assertThat(glyphs.quotedAuthor()).as("the attribution above names Jean-Paul").isNull();
    }

    @Test
    void aReplyQuotingInColonStyleQuotesItsSourceAndHangsUnderIt() throws IOException {
        // Graham Toal answers Black Unicorn passage by passage, each behind a colon, below ": From: Black Unicorn <...>"
        Map<String, Message> byId = cypherpunks1994();
        Message reply = byId.get("<199405051140.MAA22082@an-teallach.com>");
        List<Segment> quotes = reply.segments().stream().filter(s -> s.kind() == SegmentKind.QUOTE).toList();
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(5);
        for (Segment q : quotes) {
            assertThat(byId.get(q.quotedId()).from().name()).isEqualTo("Black Unicorn");
            assertThat(q.quotedAuthor()).as("named by the ': From:' line above the first").isEqualTo("Black Unicorn");
        }
        assertThat(quoteHolding(reply, "I ask users of PGP not to add future keys").kind()).isEqualTo(SegmentKind.QUOTE);
        assertThat(quoteHolding(reply, "Now you're just talking crap.").kind()).isEqualTo(SegmentKind.TEXT);
        assertThat(byId.get(reply.parentId()).from().name()).isEqualTo("Black Unicorn");
    }

    @Test
    void shortPassagesIndentedAsEmacsYanksThemAreQuotesOfTheMessageReplied() throws IOException {
        // Eric Hughes answers Perry Metzger and Robert Hettinga line by line, each line indented by three spaces
        Map<String, Message> byId = cypherpunks1994();
        assertIndentedQuote(byId, "<9405201756.AA11259@ah.com>", "You don't HAVE to transmit the modulus in the clear.",
                "Perry E. Metzger", "But we were talking about changing moduli");
        assertIndentedQuote(byId, "<9408271816.AA26464@ah.com>", "Is there one?",
                "Robert Hettinga", "I don't think there is any digital money system");
    }

    /** In reply {@code id}, the line holding {@code quoted} is a quote of {@code author}'s message; {@code answer} stays text. */
    private static void assertIndentedQuote(Map<String, Message> byId, String id, String quoted, String author, String answer) {
        Message reply = byId.get(id);
        Segment quote = quoteHolding(reply, quoted);
        assertThat(quote.kind()).isEqualTo(SegmentKind.QUOTE);
        assertThat(byId.get(quote.quotedId()).from().name()).isEqualTo(author);
        assertThat(quoteHolding(reply, answer).kind()).isEqualTo(SegmentKind.TEXT);
    }

    @Test
    void aReplyWhoseOldMailerNamedTheWrongParentHangsUnderTheMessageItNamesAndQuotes() throws IOException {
        // Daniel Carosone's "Aron Freed writes:" and Mike McNally's "Ian Farquhar writes:" carry the
        // In-Reply-To of the message Aron and Ian answered (Tim May's, Bruce Schneier's)
        Map<String, Message> byId = cypherpunks1994();
        Message daniel = byId.get("<199408021436.AAA09246@anarres>");
        assertThat(daniel.inReplyTo()).containsExactly("<199407281915.MAA13890@netcom10.netcom.com>");
        assertThat(byId.get(daniel.parentId()).from().name()).isEqualTo("Aron Freed");
        assertThat(daniel.parentLink().how()).isEqualTo(LinkMethod.ATTRIBUTION);
        Message mike = byId.get("<9412121325.AA02896@vail.tivoli.com>");
        assertThat(byId.get(mike.parentId()).from().name()).isEqualTo("Ian Farquhar");
        assertThat(mike.threadId()).isEqualTo("<m0rGxeO-0002NMC@chinet.chinet.com>");
    }

    private static Map<String, Message> cypherpunks1994;

    /** cypherpunks 1994 read and threaded once, for the tests that look into it. */
    private static synchronized Map<String, Message> cypherpunks1994() throws IOException {
        if (cypherpunks1994 == null) {
            cypherpunks1994 = Msgs.threadedById(List.of(SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz")));
        }
        return cypherpunks1994;
    }

    private static Segment quoteHolding(Message m, String words) {
        return m.segments().stream().filter(s -> m.text(s).contains(words)).findFirst().orElseThrow();
    }

    private static void assertQuotes(Map<String, Message> byId, String id, String words, String author) {
        Message reply = byId.get(id);
        Segment quote = reply.segments().stream().filter(s -> reply.text(s).contains(words)).findFirst().orElseThrow();
        assertThat(quote.quotedAuthor()).isEqualTo(author);
        assertThat(byId.get(reply.parentId()).from().name()).isEqualTo(author);
        assertThat(quote.quotedId()).isEqualTo(reply.parentId());
        assertThat(byId.get(quote.quotedId()).body()).contains(words);
    }
}
