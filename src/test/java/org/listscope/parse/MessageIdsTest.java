package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void aMessageIdLongerThanAHeaderLineIsKept() { // as in ietf-mailarchive's mail_long_messageid.1
        String id = "<" + "0".repeat(1000) + "@amsl.com>";
        assertThat(MessageIds.canonical(" " + id + " ")).isEqualTo(id);
    }

    @Test
    void oneLongerThanAnIndexTermIsBrokenAndNamesNoMessage() {
        String fits = "<" + "a".repeat(32_766 - "<@x.org>".length()) + "@x.org>"; // 32,766 bytes
        assertThat(MessageIds.canonical(fits)).isEqualTo(fits);
        assertThat(MessageIds.canonical("<" + "ü".repeat(16_380) + "@x.org>")).as("32,768 bytes").isNull();
        String local = "a".repeat(40_000);
        assertThat(MessageIds.canonical("<" + local + "@x.org>")).isNull();
        assertThat(HeaderValues.messageIds("<ok@x.org> <" + local + "@x.org>")).isEqualTo(List.of("<ok@x.org>"));
    }
}
