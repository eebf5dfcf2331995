package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.mail;
import static org.listscope.thread.Msgs.mid;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class IndentedQuotesTest {

    /** Perry's message, then Eric's answer passage by passage, each passage indented by three spaces as Emacs yanks it. */
    private static final String PERRY = "I dunno. You don't HAVE to transmit the modulus in the clear.\n"
            + "Its often worthwhile to use D-H for key exchange anyway.\n\nPerry\n";
    private static final String ERIC = "   You don't HAVE to transmit the modulus in the clear.\n\n"
            + "But we were talking about changing moduli and traffic analysis.\n\n"
            + "   Its often worthwhile to use D-H for key exchange anyway.\n\n"
            + "It's called forward secrecy.\n";

    @Test
    void shortIndentedPassagesOfTheParentAreQuotesOfIt() {
        List<Message> t = Msgs.thread(
                mail("p", "Perry", 0, "D-H", PERRY).segments(own(PERRY)),
                mail("e", "Eric", 30, "Re: D-H", ERIC).inReplyTo(List.of(mid("p"))).segments(own(ERIC)));
        List<Segment> segs = byId(t, mid("e")).segments();
        assertThat(segs).extracting(Segment::kind).containsExactly(
                SegmentKind.QUOTE, SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT);
        Segment first = segs.get(0);
        assertThat(ERIC.substring(first.start(), first.end())).isEqualTo("   You don't HAVE to transmit the modulus in the clear.\n");
        assertThat(first.quotedId()).isEqualTo(mid("p"));
        assertThat(first.depth()).isEqualTo(1);
        assertThat(first.copied()).isTrue();
        assertThat(PERRY.substring(first.quotedStart(), first.quotedEnd())).isEqualTo("You don't HAVE to transmit the modulus in the clear");
        assertThat(ERIC.substring(segs.get(2).start(), segs.get(2).end())).startsWith("   Its often");
        assertThat(segs.get(2).quotedId()).isEqualTo(mid("p"));
    }

    @Test
    void aPassageFoundTwoLevelsUpIsAQuoteOfThatMessage() {
        String ann = "Bob asked:\n\n> What about the modulus?\n\nAs above.\n";
        List<Message> t = Msgs.thread(
                mail("p", "Perry", 0, "D-H", PERRY).segments(own(PERRY)),
                mail("a", "Ann", 10, "Re: D-H", ann).inReplyTo(List.of(mid("p"))).segments(own(ann)),
                mail("e", "Eric", 30, "Re: D-H", ERIC).inReplyTo(List.of(mid("a"))).segments(own(ERIC)));
        assertThat(byId(t, mid("e")).segments().get(0).quotedId()).isEqualTo(mid("p"));
    }

    @Test
    void thePostersOwnWordsUpTheTreeStayTheirs() {
        String ann = "My code:\n\n    d = getPage(url)\n    d.addCallback(show)\n\nIt never calls show.\n";
        String bob = "> d.addCallback(show)\n\nWhat does the traceback say?\n";
        String ann2 = "Once more, with the traceback:\n\n    d = getPage(url)\n    d.addCallback(show)\n\nNothing is printed.\n";
        List<Message> t = Msgs.thread(
                mail("a", "Ann", 0, "Fetching", ann).segments(own(ann)),
                mail("b", "Bob", 30, "Re: Fetching", bob).inReplyTo(List.of(mid("a"))).segments(own(bob)),
                mail("c", "Ann", 60, "Re: Fetching", ann2).inReplyTo(List.of(mid("b"))).segments(own(ann2)));
        assertThat(byId(t, mid("c")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    /**
     * Replies whose indented lines stay their poster's text: code not in the parent; an indented
     * line running on into the poster's text; two words alone.
     */
    static Stream<Arguments> noQuotes() {
        return Stream.of(
                Arguments.of("How do I fetch a page and show it when it arrives?\n",
                        "Try this:\n\n    d = getPage(url)\n    d.addCallback(show)\n\nIt works for me.\n"),
                Arguments.of("Keys change daily. Never reuse a modulus.\n",
                        "   Keys change daily.\nSo they said.\n\n   Never reuse\n\nRight.\n"));
    }

    @ParameterizedTest
    @MethodSource("noQuotes")
    void indentedLinesThatAreNoQuoteOfTheParentStayThePostersText(String parent, String reply) {
        List<Message> t = Msgs.thread(
                mail("p", "Perry", 0, "D-H", parent).segments(own(parent)),
                mail("e", "Eric", 30, "Re: D-H", reply).inReplyTo(List.of(mid("p"))).segments(own(reply)));
        assertThat(byId(t, mid("e")).segments()).extracting(Segment::kind).containsExactly(SegmentKind.TEXT);
    }

    @Test
    void runsAreLinesIndentedAlikeBetweenBlankLines() {
        String body = "Intro\n\n   one two\n   three four\n\n  other indent\n    mixed\n\n\tTabbed line\n";
        List<int[]> runs = IndentedQuotes.runs(body, 0, body.length());
        assertThat(runs).extracting(r -> body.substring(r[0], r[1]))
                .containsExactly("   one two\n   three four\n", "\tTabbed line\n");
    }

    @Test
    void threadingItsOwnOutputAgainChangesNothing() {
        List<Message> once = Msgs.thread(
                mail("p", "Perry", 0, "D-H", PERRY).segments(own(PERRY)),
                mail("e", "Eric", 30, "Re: D-H", ERIC).inReplyTo(List.of(mid("p"))).segments(own(ERIC)));
        List<Message> twice = Threader.thread(new Batch(once, List.of(), List.of(), 2, 2, 0), Msgs.NOW);
        assertThat(twice).isEqualTo(once);
    }

    private static List<Segment> own(String body) {
        return List.of(Segment.of(SegmentKind.TEXT, 0, body.length(), 0));
    }
}
