package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** Copies of earlier messages found in the own text of real cypherpunks replies. */
@Tag("shared")
class RealCopiesTest {

    @Test
    void ericHughesQuotesTimMayByIndentingThreeSpaces() throws Exception {
        Path year = SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1994.mbox.gz");
        Map<String, Message> byId = Msgs.threadedById(List.of(year));
        Message reply = byId.get("<199411191540.HAA02336@largo.admate.com>");
        Segment copy = reply.segments().stream().filter(Segment::copied).findFirst().orElseThrow();
        assertThat(reply.text(copy)).startsWith("   My point? Much wheel-spinning.").contains("There's got to be a better way.");
        assertThat(copy.kind()).isEqualTo(SegmentKind.QUOTE);
        assertThat(byId.get(copy.quotedId()).from().address()).isEqualTo("tcmay@netcom.com");
        // Eric Hughes' answer below stays his
        Segment answer = reply.segments().stream()
                .filter(s -> s.kind() == SegmentKind.TEXT && reply.text(s).contains("Tim's rant is one of the best"))
                .findFirst().orElseThrow();
        assertThat(answer.start()).isGreaterThanOrEqualTo(copy.end());
        long copies = byId.values().stream().flatMap(m -> m.segments().stream()).filter(Segment::copied).count();
        assertThat(copies).as("copied passages in the year").isBetween(500L, 2000L);
    }
}
