package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Batch;
import org.listscope.model.Message;

/** The seed document, a rendering of one NANOG post of May 2007, read through the front door. */
class SeedTest {

    private static Message seed() {
        Batch b = Archives.readBatch(List.of(SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt")));
        assertThat(b.problems()).isEmpty();
        assertThat(b.messages()).hasSize(1);
        return b.messages().get(0);
    }

    @Test
    void headerFields() {
        Message m = seed();
        assertThat(m.source().format()).isEqualTo("rendering");
        assertThat(m.subject()).isEqualTo("ISP CALEA compliance");
        assertThat(m.from().name()).isEqualTo("Steven M. Bellovin");
        assertThat(m.from().address()).isNull();
        assertThat(m.from().shown()).endsWith("smb at");
        assertThat(m.date()).isEqualTo("2007-05-11T21:05:20Z");
        assertThat(m.list()).isEqualTo("nanog");
        assertThat(m.messageId()).isNull();
        assertThat(m.id()).startsWith("h:");
    }

    @Test
    void warnsAboutTheCutShortAddress() {
        assertThat(seed().warnings()).singleElement().asString().contains("cut short").contains("smb at");
    }

    @Test
    void bodyIsBellovinsTextWithoutHeaderOrFooter() {
        Message m = seed();
        assertThat(m.body()).startsWith("On Fri, 11 May 2007 12:47:56 -0700 (GMT-07:00)");
        assertThat(m.body()).contains("We're getting off-topic here, but I'll respond.");
        assertThat(m.body()).endsWith("--Steve Bellovin,");
        assertThat(m.body()).doesNotContain("More information about", "ISP CALEA compliance");
    }
}
