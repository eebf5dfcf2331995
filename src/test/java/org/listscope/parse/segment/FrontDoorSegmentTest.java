package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.parse.Archives;

/** Segments of real messages as the parsers deliver them (text archive and page renderings). */
@Tag("shared")
class FrontDoorSegmentTest {

    @Test
    void textArchiveMessagesAreCoveredAndMostQuote() {
        Batch batch = Archives.readBatch(List.of(SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz")));
        assertThat(batch.messages()).hasSizeGreaterThan(300);
        long quoting = 0;
        for (Message m : batch.messages()) {
            assertThat(Segments.covers(m.body(), m.segments())).as(m.id()).isTrue();
            if (m.segments().stream().anyMatch(s -> s.kind() == SegmentKind.QUOTE)) quoting++;
        }
        assertThat((double) quoting / batch.messages().size()).isBetween(0.4, 0.95);
    }

    @Test
    void renderingsAreCoveredAndTheirQuotesAreMarkedLines() {
        Batch batch = Archives.readBatch(List.of(SharedCorpus.path("corpus/renderings/twisted-python/2005-March")));
        assertThat(batch.messages()).hasSizeGreaterThan(300);
        long attributed = 0;
        for (Message m : batch.messages()) {
            assertThat(Segments.covers(m.body(), m.segments())).as(m.id()).isTrue();
            boolean outlook = false;
            for (Segment s : m.segments()) {
                if (s.kind() == SegmentKind.ATTRIBUTION) {
                    attributed++;
                    if (s.depth() == 0 && m.text(s).contains("From:")) outlook = true;
                }
                if (s.kind() != SegmentKind.QUOTE || outlook) continue;
                for (String line : m.text(s).split("\n")) {
                    String t = line.stripLeading();
                    assertThat(t.isEmpty() || t.startsWith(">") || t.startsWith("|") || t.startsWith(":")).as(line).isTrue();
                }
            }
        }
        assertThat(attributed).isGreaterThan(100);
    }
}
