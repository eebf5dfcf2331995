package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.index.Msgs;
import org.listscope.index.TestIndex;
import org.listscope.json.Json;
import org.listscope.model.Message;

/**
 * A thread whose root is a message the replies name but the archive lacks (a ghost): its id is the
 * missing Message-ID, which {@code show --thread} and {@code search --threads} must still handle.
 */
class GhostThreadTest {

    private static final String GHOST = "<gone@example.net>";

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void build() throws Exception {
        index = tmp.resolve("index");
        Message later = Msgs.message("<b@example.net>", "Bob", "bob@example.net", "2007-05-13T10:00:00Z",
                "Re: Re: data retention", "Retention of logs again.", null).withThread(GHOST, GHOST, null);
        Message earlier = Msgs.message("<a@example.net>", "Ann", "ann@example.net", "2007-05-12T10:00:00Z",
                "Re: data retention", "Retention of logs is not required.", null).withThread(GHOST, GHOST, null);
        TestIndex.write(index, List.of(later, earlier));
    }

    @Test
    void showThreadOfAGhostRootPrintsItsReplies() {
        Object[] r = SearchCommandTest.run("show", GHOST, "--thread", "--format", "jsonl", "--index", index.toString());
        assertThat(r[0]).isEqualTo(0);
        assertThat(((String) r[1]).lines()).hasSize(2);
        assertThat((String) r[1]).contains("<a@example.net>").contains("<b@example.net>");
    }

    @Test
    void showOfAGhostRootWithoutThreadSaysWhatItIs() {
        Object[] r = SearchCommandTest.run("show", GHOST, "--index", index.toString());
        assertThat(r[0]).isEqualTo(1);
        assertThat((String) r[2]).contains("first message is missing").contains("2 replies").contains("--thread");
    }

    @Test
    void aGhostThreadTakesItsDateAndSubjectFromItsEarliestMessage() throws Exception {
        Object[] r = SearchCommandTest.run("search", "retention", "--threads", "--format", "json",
                "--index", index.toString());
        assertThat(r[0]).isEqualTo(0);
        JsonNode thread = Json.mapper().readTree((String) r[1]).get("threads").get(0);
        assertThat(thread.get("threadId").asText()).isEqualTo(GHOST);
        assertThat(thread.get("date").asText()).isEqualTo("2007-05-12T10:00:00Z");
        assertThat(thread.get("subject").asText()).isEqualTo("Re: data retention");
    }
}
