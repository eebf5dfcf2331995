package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.parse.segment.Segmenter;

/** {@code has:forward} finds the messages that forward another whole, and its words only through {@code quoted:}. */
class ForwardSearchTest {

    @TempDir
    Path dir;

    @Test
    void hasForwardFindsForwardsAndTheirWordsAreQuotedText() throws Exception {
        Message reply = Msgs.message("<r@x>", "Ann", "ann@example.org", "1994-08-19T13:52:07Z", "Re: Telephony",
                "I agree with the analysis.", "The bill places requirements on carriers.");
        String body = "Worth reading.\n\n------- Forwarded Message\n\nFrom: mech@eff.org (Stanton McCandlish)\n"
                + "Subject: EFF Analysis\n\nThe wiretap bill places requirements on carriers.\n";
        Message fwd = Msgs.message("<f@x>", "Squeal", "dance@example.org", "1994-08-19T14:00:00Z", "EFF Analysis (fwd)",
                body, null);
        fwd = fwd.withSegments(Segmenter.segment(fwd.body()));
        TestIndex.write(dir, List.of(reply, fwd));
        try (Searcher s = Searcher.open(dir)) {
            assertThat(s.count("has:forward")).isEqualTo(1);
            assertThat(s.count("has:quote")).isEqualTo(2);
            assertThat(s.count("-has:forward")).isEqualTo(1);
            assertThat(s.count("wiretap")).isZero();
            assertThat(s.count("quoted:wiretap AND has:forward")).isEqualTo(1);
        }
    }
}
