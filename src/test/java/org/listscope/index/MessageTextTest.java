package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class MessageTextTest {

    @Test
    void quotedTextLosesItsMarksAndNameTags() {
        String quote = "> > Use a Deferred.\n>\nglyph> Reactors never block.\n D.>2. Conspiracy.\n";
        String own = "Thanks.\n";
        Message m = Msgs.message("<a@x>", "Ann", "ann@example.org", "2005-03-01T00:00:00Z", "s", own, null).toBuilder()
                .body(quote + own)
                .segments(List.of(Segment.of(SegmentKind.QUOTE, 0, quote.length(), 1),
                        Segment.of(SegmentKind.TEXT, quote.length(), quote.length() + own.length(), 0)))
                .build();
        assertThat(MessageText.quoted(m)).isEqualTo("Use a Deferred.\n\nReactors never block.\n2. Conspiracy.\n");
        assertThat(MessageText.own(m)).isEqualTo("Thanks.\n");
    }

    @Test
    void anArrowInQuotedTextIsNoTag() {
        String quote = "> messages sent\n> client->hub->zone take seconds\n";
        Message m = Msgs.message("<b@x>", "Ann", "ann@example.org", "2005-03-01T00:00:00Z", "s", "", null).toBuilder()
                .body(quote)
                .segments(List.of(Segment.of(SegmentKind.QUOTE, 0, quote.length(), 1)))
                .build();
        assertThat(MessageText.quoted(m)).isEqualTo("messages sent\nclient->hub->zone take seconds\n");
    }
}
