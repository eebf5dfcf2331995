package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Segment;

/** Yahoo! Mail's replies with two attributions on one line, in twisted-python 2005-November (read in place). */
@Tag("shared")
class YahooRepliesSegmentTest {

    @Test
    void theRepliedToMessageBelowIsItsWritersAndWhatItQuotedIsOneLevelDeeper() throws IOException {
        List<String> bodies = TextArchiveBodies.read(SharedCorpus.path("corpus/pipermail/twisted-python/2005-November.txt.gz"));
        String body = bodies.stream().filter(b -> b.contains("wrote:  On Tue, 2005-11-29 at 04:15 -0800, Antony Kummel wrote:"))
                .findFirst().orElseThrow();
        List<Segment> segments = Segmenter.segment(body);
        assertThat(at(body, segments, "Could you add bugs").quotedAuthor()).isEqualTo("Itamar Shtull-Trauring");
        Segment quoted = at(body, segments, "I encountered two problems");
        assertThat(quoted.depth()).isEqualTo(2);
        assertThat(quoted.quotedAuthor()).isEqualTo("Antony Kummel");
        // below the list footer that ended Itamar's message, Antony answers in his own words
        assertThat(at(body, segments, "I did, and I'm using the latest tsr.").depth()).isZero();
    }

    private static Segment at(String body, List<Segment> segments, String words) {
        int offset = body.indexOf(words);
        return segments.stream().filter(s -> s.contains(offset)).findFirst().orElseThrow();
    }
}
