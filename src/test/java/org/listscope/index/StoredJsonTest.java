package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.json.Json;
import org.listscope.model.Message;

class StoredJsonTest {

    /** Bodies and subjects that could confuse a search for the body's place or its end. */
    private static final List<String> TRICKY = List.of(
            "",
            "plain words",
            "she wrote \"body\":\"x\" and left",
            "ends in a backslash \\",
            "two backslashes, then a quote: \\\\\" and three: \\\\\\\"",
            "\\\\\\\\",
            "\\\"body\\\":\\\"",
            "tabs\tand\r\nbreaks\u0001\u001f and \u00e9t\u00e9 \u00a7 1001 \ud83d\ude00",
            "{\"id\":\"<x@y>\",\"body\":\"\"}");

    @Test
    void theBodyTakenOutAndPutBackGivesTheSameJson() throws Exception {
        for (String subject : TRICKY) {
            for (String body : TRICKY) {
                Message m = Msgs.message("<m@example.net>", "Jane \"body\":\" Roe", "jane@example.net",
                        "2007-05-12T08:00:00Z", subject, body, null);
                String json = Json.line(m);
                String stored = StoredJson.withoutBody(json);
                JsonNode tree = Json.mapper().readTree(stored);
                assertThat(tree.get("body").asText()).as(body).isEmpty();
                assertThat(tree.get("subject").asText()).isEqualTo(m.subject());
                assertThat(stored.length()).isLessThanOrEqualTo(json.length());
                assertThat(StoredJson.withBody(stored, m.body())).as(body).isEqualTo(json);
            }
        }
    }

    @Test
    void jsonWithoutABodyIsRefused() {
        assertThatThrownBy(() -> StoredJson.withoutBody("{\"id\":\"x\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a body");
        assertThatThrownBy(() -> StoredJson.withoutBody("{\"id\":\"x\",\"body\":\"no end\\\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not end");
        assertThatThrownBy(() -> StoredJson.withBody("{\"id\":\"x\",\"body\":\"kept\"}", "new"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without an empty body");
    }
}
