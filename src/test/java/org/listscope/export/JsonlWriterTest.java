package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.parse.Archives;

class JsonlWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyLineIsAContractMessageInThreadOrder() throws Exception {
        List<Message> in = new ArrayList<>(Fixtures.calea());
        java.util.Collections.reverse(in);
        Path out = dir.resolve("x.jsonl");
        Exporters.export(new JsonlWriter(), in, Fixtures.provenance(), out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines).extracting(l -> Json.readMessage(l).id())
                .containsExactly("<root@example.net>", "<reply@example.org>", "nanog/2007-May/000003");
        JsonNode first = Json.mapper().readTree(lines.get(0));
        assertThat(first.get("annotations")).hasSize(3);
        assertThat(first.get("topics").toString()).isEqualTo("[\"lawful-intercept\"]");
        assertThat(first.get("threadId").asText()).isEqualTo("<root@example.net>");
    }

    @Test
    void roundTripsThroughParse() throws Exception {
        Path out = dir.resolve("thread.jsonl");
        Exporters.export(new JsonlWriter(), Fixtures.calea(), Fixtures.provenance(), out);
        Batch back = Archives.readBatch(List.of(out));
        assertThat(back.problems()).isEmpty();
        assertThat(back.messages()).containsExactlyElementsOf(Fixtures.calea());
    }

    @Test
    void realMessagesRoundTripThroughParse() throws Exception {
        Path in = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        List<Message> original = Archives.readBatch(List.of(in)).messages();
        Path out = dir.resolve("march.jsonl");
        List<Message> written = Exporters.export(new JsonlWriter(), original, Fixtures.provenance(), out);
        assertThat(written).hasSizeGreaterThan(300);
        Batch back = Archives.readBatch(List.of(out));
        assertThat(back.problems()).isEmpty();
        assertThat(back.messages()).containsExactlyElementsOf(written);
    }

    @Test
    void writesProvenanceBesideTheExport() throws Exception {
        Path out = dir.resolve("thread.jsonl");
        Exporters.export(new JsonlWriter(), Fixtures.calea(), Fixtures.provenance(), out);
        JsonNode p = Json.mapper().readTree(dir.resolve("thread.jsonl.provenance.json").toFile());
        assertThat(p.get("listscope").asText()).isEqualTo("test");
        assertThat(p.get("format").asText()).isEqualTo("jsonl");
        assertThat(p.get("query").asText()).isEqualTo("calea AND topic:lawful-intercept");
        assertThat(p.get("index").asText()).isEqualTo("/tmp/index");
        assertThat(p.get("exportedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(p.get("messageCount").asInt()).isEqualTo(3);
        assertThat(p.get("messages").get(1).get("url").asText())
                .isEqualTo("https://mailman.nanog.org/pipermail/nanog/2007-May/000002.html");
        assertThat(p.get("messages").get(2).get("source").get("url").asText())
                .isEqualTo("https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html");
    }

    @Test
    void parseReportsABadLineAndReadsTheRest() throws Exception {
        Path out = dir.resolve("broken.jsonl");
        Exporters.export(new JsonlWriter(), Fixtures.calea(), Fixtures.provenance(), out);
        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        lines.add(1, "{\"id\": \"x\", \"body\": \"no author or source\"}");
        Files.write(out, lines);
        Batch back = Archives.readBatch(List.of(out));
        assertThat(back.messages()).hasSize(3);
        assertThat(back.problems()).singleElement().satisfies(p -> assertThat(p.source()).endsWith("broken.jsonl:2"));
    }
}
