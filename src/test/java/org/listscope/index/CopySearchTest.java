package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** {@code has:copy} finds messages whose own text repeats an earlier message; those words are quoted text. */
class CopySearchTest {

    @TempDir
    Path dir;

    @Test
    void hasCopyFindsRepostsAndTheirWordsAreQuotedText() throws Exception {
        Message first = Msgs.message("<a@x>", "Ann", "ann@example.org", "1993-04-16T16:38:00Z", "Clipper",
                "The initiative will involve the creation of new products.", null);
        String body = "Press release:\nThe initiative will involve the creation of new products.\nWatch this.\n";
        int copy = body.indexOf("The initiative");
        int after = body.indexOf("Watch");
        Message repost = Msgs.message("<b@x>", "Gil", "gil@example.org", "1993-04-16T19:24:00Z", "Press release", body, null)
                .withSegments(List.of(Segment.of(SegmentKind.TEXT, 0, copy, 0),
                        Segment.of(SegmentKind.QUOTE, copy, after, 1).withSource("<a@x>", 0, 57).asCopied(),
                        Segment.of(SegmentKind.TEXT, after, body.length(), 0)));
        TestIndex.write(dir, List.of(first, repost));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("has:copy")).isEqualTo(1);
            assertThat(s.count("initiative")).isEqualTo(1); // Ann's own words only
            assertThat(s.count("quoted:initiative AND has:copy")).isEqualTo(1);
            assertThat(s.count("watch AND has:copy")).isEqualTo(1);
        }
    }
}
