package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/** The segmenter over every body of twisted-python 2005-March (the month's .txt.gz, split crudely). */
@Tag("shared")
class RealBodiesSegmentTest {

    private static List<String> bodies;

    @BeforeAll
    static void read() throws IOException {
        bodies = TextArchiveBodies.read(SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz"));
    }

    @Test
    void theMonthHoldsAllItsRecords() {
        assertThat(bodies).hasSizeGreaterThan(600);
    }

    @Test
    void everyBodyIsCoveredInOrderWithoutGapsOrOverlaps() {
        for (String body : bodies) {
            assertThat(Segments.covers(body, Segmenter.segment(body))).as(body).isTrue();
        }
    }

    @Test
    void quotesLieOnMarkedLinesOrAfterAnOutlookBlock() {
        for (String body : bodies) {
            boolean outlook = false;
            for (Segment s : Segmenter.segment(body)) {
                if (s.kind() == SegmentKind.ATTRIBUTION && s.depth() == 0 && body.substring(s.start(), s.end()).contains("From:")) {
                    outlook = true;
                }
                if (s.kind() != SegmentKind.QUOTE || outlook) continue;
                for (String line : body.substring(s.start(), s.end()).split("\n")) {
                    String t = line.stripLeading();
                    assertThat(t.isEmpty() || t.startsWith(">") || t.startsWith("|") || t.startsWith(":"))
                            .as("quoted line %s in%n%s", line, body).isTrue();
                }
            }
        }
    }

    @Test
    void aReasonableShareOfMessagesQuote() {
        long quoting = bodies.stream().filter(b -> Segmenter.segment(b).stream().anyMatch(s -> s.kind() == SegmentKind.QUOTE)).count();
        assertThat((double) quoting / bodies.size()).isBetween(0.4, 0.95);
    }

    @Test
    void mostQuotesKnowTheirAuthor() {
        long quotes = 0;
        long named = 0;
        for (String body : bodies) {
            for (Segment s : Segmenter.segment(body)) {
                if (s.kind() != SegmentKind.QUOTE || s.depth() != 1) continue;
                quotes++;
                if (s.quotedAuthor() != null) named++;
            }
        }
        assertThat((double) named / quotes).isGreaterThan(0.6);
    }

    @Test
    void everyUnquotedListFooterIsAFooter() {
        String footer = "_______________________________________________\nTwisted-Python mailing list\n";
        int found = 0;
        for (String body : bodies) {
            for (int at = body.indexOf(footer); at >= 0; at = body.indexOf(footer, at + 1)) {
                if (at > 0 && body.charAt(at - 1) != '\n') continue;
                found++;
                int line = at + footer.length() - 2;
                List<Segment> segs = Segmenter.segment(body);
                assertThat(segs.stream().filter(s -> s.contains(line)).findFirst().orElseThrow().kind())
                        .as(body).isEqualTo(SegmentKind.FOOTER);
            }
        }
        assertThat(found).isPositive();
    }

    @Test
    void signaturesAreFoundInAFairShareButNotEverywhere() {
        long signed = bodies.stream().filter(b -> Segmenter.segment(b).stream().anyMatch(s -> s.kind() == SegmentKind.SIGNATURE)).count();
        assertThat((double) signed / bodies.size()).isBetween(0.2, 0.9);
    }
}
