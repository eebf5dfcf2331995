package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.SharedCorpus;
import org.listscope.model.Batch;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.parse.Archives;

/**
 * Threads of real twisted-python archives against the truth files: header parents of the 2005
 * months, and header-less parents of the 660 renderings.
 */
@Tag("shared")
class RealThreadsTest {

    private static final Pattern PAGE = Pattern.compile("(\\d{6})\\.(?:html|txt)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"2005-March", "2005-October"})
    void headerParentsAgreeWithTheTruth(String month) throws IOException {
        Path dir = SharedCorpus.path("corpus/pipermail/twisted-python/" + month);
        Path truth = SharedCorpus.path("corpus/pipermail/twisted-python/" + month + ".truth.jsonl");
        Batch batch = Archives.readBatch(List.of(dir));
        assumeTrue(batch.duplicatesMerged() > 0, "skipped: duplicate merging is not on this branch yet (each "
                + "2005 page exists twice; one copy carries the Message-ID, the other the In-Reply-To)");
        List<Message> threaded = Threader.thread(batch);
        Map<String, Message> byId = new HashMap<>();
        Map<String, Message> byMessageId = new HashMap<>();
        Map<String, Message> byPage = new HashMap<>();
        for (Message m : threaded) {
            byId.put(m.id(), m);
            if (m.messageId() != null) byMessageId.put(m.messageId(), m);
            Matcher p = PAGE.matcher(String.valueOf(m.source().path()));
            if (p.find()) byPage.put(p.group(1), m);
        }
        Map<String, String> midByNumber = new HashMap<>();
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(truth)) {
            JsonNode t = JSON.readTree(line);
            rows.add(t);
            midByNumber.put(t.get("number").asText(), t.get("messageId").asText());
        }
        int agree = 0;
        int total = 0;
        for (JsonNode t : rows) {
            if (t.get("headerParent").isNull()) continue;
            Message m = byMessageId.get(t.get("messageId").asText());
            assertThat(m).as("message %s", t.get("messageId")).isNotNull();
            String hp = t.get("headerParent").asText();
            Message want = midByNumber.containsKey(hp) ? byMessageId.get(midByNumber.get(hp)) : byPage.get(hp);
            assertThat(want).as("header parent page %s", hp).isNotNull();
            total++;
            if (want.id().equals(m.parentId())) agree++;
        }
        assertThat(total).isGreaterThan(200);
        assertThat((double) agree / total).as("%d of %d header parents agree", agree, total).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void renderingParentsAgreeWithTheArchiveIndexPerStyle() throws IOException {
        Path dir = SharedCorpus.path("corpus/renderings/twisted-python");
        Batch batch = Archives.readBatch(List.of(dir.resolve("2005-March"), dir.resolve("2005-October")));
        assumeTrue(batch.messages().size() > 600, "skipped: no rendering parser on this branch yet");
        List<Message> threaded = Threader.thread(batch);
        Map<String, Message> byFile = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        for (Message m : threaded) {
            String p = m.source().path().replace('\\', '/');
            String file = p.substring(p.lastIndexOf('/', p.lastIndexOf('/') - 1) + 1);
            byFile.put(file, m);
            fileById.put(m.id(), file);
        }
        Map<String, int[]> byStyle = new TreeMap<>();
        int inferred = 0;
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
            JsonNode t = JSON.readTree(line);
            Message m = byFile.get(t.get("file").asText());
            assertThat(m).as("rendering %s", t.get("file")).isNotNull();
            String want = t.get("parent").isNull() ? null : t.get("parent").asText();
            String got = m.parentId() == null ? null : fileById.get(m.parentId());
            int[] s = byStyle.computeIfAbsent(t.get("style").asText(), k -> new int[2]);
            if (java.util.Objects.equals(want, got)) s[0]++;
            s[1]++;
            if (m.parentLink() != null) {
                assertThat(m.parentLink().how()).isIn(LinkMethod.ATTRIBUTION, LinkMethod.QUOTE, LinkMethod.SUBJECT);
                inferred++;
            }
        }
        assertThat(byStyle.keySet()).containsExactly("kept", "stripped");
        for (Map.Entry<String, int[]> e : byStyle.entrySet()) {
            double share = (double) e.getValue()[0] / e.getValue()[1];
            System.out.printf("renderings %s: %d of %d parents agree (%.1f%%)%n", e.getKey(), e.getValue()[0], e.getValue()[1], 100 * share);
            assertThat(share).as("style %s", e.getKey()).isGreaterThanOrEqualTo(0.90);
        }
        assertThat(inferred).isGreaterThan(400);
    }
}
