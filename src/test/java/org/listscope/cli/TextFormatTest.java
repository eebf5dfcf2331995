package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.listscope.index.Msgs;
import org.listscope.model.Message;

class TextFormatTest {

    private static final Message MESSAGE = Msgs.message("<a@example.net>", "Timothy C. May", "tcmay@netcom.com",
            "1994-06-05T01:07:39Z", "Wiretapping", "Own words.", "Quoted words.");

    @Test
    void headerLinesThenSegmentsLabelledByKind() {
        String text = TextFormat.message(MESSAGE);
        assertThat(text).startsWith("id:      <a@example.net>\nsubject: Wiretapping\nfrom:    ")
                .contains("\ndate:    1994-06-05T01:07:39Z\nlist:    nanog\n\n");
        assertThat(text).contains("quote 1       | > Quoted words.").contains("text          | Own words.").endsWith("----\n");
    }

    @Test
    void aForwardedMessagesLinesSayFwdAndItsSender() {
        Message m = MESSAGE.withSegments(MESSAGE.segments().stream()
                .map(s -> s.depth() > 0 ? s.withQuoted("Ann Lee", null).asForwarded() : s).toList());
        assertThat(TextFormat.message(m)).contains("quote 1 fwd (Ann Lee)| > Quoted words.");
    }

    @Test
    void aMessageWithoutListOrUrlHasNoSuchLines() {
        String text = TextFormat.message(MESSAGE.toBuilder().list(null).build());
        assertThat(text).doesNotContain("list:").doesNotContain("url:").doesNotContain("null");
    }
}
