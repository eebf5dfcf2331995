package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.SharedCorpus;
import org.listscope.model.IndexKey;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;

/** pipermail's thread.html of twisted-python against the truth files written from the same keys. */
@Tag("shared")
class ThreadIndexRealDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"2005-March", "2005-October"})
    void everyEntryAndParentAgreesWithTheTruth(String month) throws Exception {
        Path dir = SharedCorpus.path("corpus/pipermail/twisted-python/" + month);
        Path truth = SharedCorpus.path("corpus/pipermail/twisted-python/" + month + ".truth.jsonl");
        List<ThreadIndex> got = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        assertThat(Archives.read(Input.of(dir.resolve("thread.html")), new Sink() {
            @Override public void message(Message message) { }
            @Override public void threadIndex(ThreadIndex index) { got.add(index); }
            @Override public void problem(Problem problem) { problems.add(problem); }
        })).isTrue();
        assertThat(problems).isEmpty();
        ThreadIndex ix = got.get(0);
        assertThat(ix.list()).isEqualTo("twisted-python");
        Map<String, ThreadIndex.Entry> byNumber = new HashMap<>();
        for (ThreadIndex.Entry e : ix.entries()) byNumber.put(number(e.url()), e);
        ObjectMapper om = new ObjectMapper();
        int rows = 0;
        int checked = 0;
        for (String line : Files.readAllLines(truth)) {
            JsonNode t = om.readTree(line);
            rows++;
            ThreadIndex.Entry e = byNumber.get(t.get("number").asText());
            assertThat(e).as("entry %s", t.get("number")).isNotNull();
            assertThat(e.author()).isEqualTo(t.get("author").asText());
            IndexKey key = IndexKey.parse(e.key());
            if (key.parent() != null && key.parent().messageId() != null) {
                // the truth leaves parents named by Message-ID unresolved; ours is the page or a mid: URL
                assertThat(e.parentUrl()).isNotNull();
                continue;
            }
            String want = t.get("parent").isNull() ? null : t.get("parent").asText();
            assertThat(e.parentUrl() == null ? null : number(e.parentUrl())).as("parent of %s", t.get("number")).isEqualTo(want);
            checked++;
        }
        assertThat(ix.entries()).hasSize(rows);
        assertThat(checked).isGreaterThan(rows * 9 / 10);
    }

    private static String number(String url) {
        String f = url.substring(url.lastIndexOf('/') + 1);
        return f.endsWith(".html") ? f.substring(0, f.length() - 5) : f;
    }
}
