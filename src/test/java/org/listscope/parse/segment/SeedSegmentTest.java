package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.parse.Archives;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** The seed document's body (the lines after its four header lines and the blank, up to the footer). */
@Tag("shared")
class SeedSegmentTest {

    private static String seedBody() throws IOException {
        Path seed = SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt");
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder();
        for (String line : lines.subList(5, lines.size())) {
            if (line.startsWith("More information about the NANOG mailing list")) break;
            body.append(line).append('\n');
        }
        return body.toString();
    }

    @Test
    void attributionNamesToddGlasseyWithHisDate() throws IOException {
        Segment a = Segments.first(seedBody(), SegmentKind.ATTRIBUTION);
        assertThat(a.quotedAuthor()).isEqualTo("Todd Glassey");
        assertThat(a.quotedDate()).isEqualTo(Instant.parse("2007-05-11T19:47:56Z"));
    }

    @Test
    void depthOneQuoteHoldsGeeSteven() throws IOException {
        String body = seedBody();
        Segment q = Segments.first(body, SegmentKind.QUOTE);
        assertThat(q.depth()).isEqualTo(1);
        assertThat(body.substring(q.start(), q.end())).startsWith("> Gee Steven, that's what everyone thought");
        assertThat(q.quotedAuthor()).isEqualTo("Todd Glassey");
    }

    @Test
    void signatureIsTheSteveBellovinSignOff() throws IOException {
        assertThat(Segments.text(seedBody(), SegmentKind.SIGNATURE).strip()).isEqualTo("--Steve Bellovin,");
    }

    @Test
    void theRestIsOwnText() throws IOException {
        String body = seedBody();
        List<Segment> segs = Segmenter.segment(body);
        assertThat(segs).extracting(Segment::kind).containsExactly(
                SegmentKind.ATTRIBUTION, SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT, SegmentKind.SIGNATURE);
        assertThat(Segments.covers(body, segs)).isTrue();
        Segment own = segs.get(3);
        assertThat(body.substring(own.start(), own.end())).contains("What doesn't exist can't be subpoenaed");
    }

    @Test
    void throughTheFrontDoorTheSeedHasTheSameSegments() throws IOException {
        Batch batch = Archives.readBatch(List.of(SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt")));
        Message m = batch.messages().get(0);
        List<Segment> segs = m.segments();
        assertThat(Segments.covers(m.body(), segs)).isTrue();
        assertThat(segs).extracting(Segment::kind).containsExactly(
                SegmentKind.ATTRIBUTION, SegmentKind.TEXT, SegmentKind.QUOTE, SegmentKind.TEXT, SegmentKind.SIGNATURE);
        Segment quote = segs.get(2);
        assertThat(m.text(quote)).startsWith("> Gee Steven,");
        assertThat(quote.quotedAuthor()).isEqualTo("Todd Glassey");
        assertThat(quote.quotedDate()).isEqualTo(Instant.parse("2007-05-11T19:47:56Z"));
        assertThat(m.text(segs.get(4)).strip()).isEqualTo("--Steve Bellovin,");
    }
}
