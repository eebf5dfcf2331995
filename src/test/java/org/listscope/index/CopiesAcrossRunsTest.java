package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;

/**
 * A message read in one run from a source without its Message-ID (a page's rendering, an id derived
 * from the archive) and in a later run from one with it (the month's text archive) is one document,
 * as one run over both inputs makes it.
 */
class CopiesAcrossRunsTest {

    @TempDir
    Path tmp;

    private static Message copy(String id) {
        return Msgs.message(id, "Sam Okafor", "sokafor@example.net", "2007-05-04T10:00:00Z",
                "[nanog] ISP CALEA compliance", "CALEA is about real-time interception, not subpoenas.", null);
    }

    private IndexReport index(Path index, Path input) throws Exception {
        return new Indexer(index, 2).source(TestIndex::readJsonLines).index(List.of(input), Progress.NONE);
    }

    @Test
    void aCopyWithItsMessageIdReplacesTheArchiveDerivedOne() throws Exception {
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123")));
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path index = tmp.resolve("index");
        assertThat(index(index, rendering).added()).isEqualTo(1);
        IndexReport second = index(index, text);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        assertThat(IndexerTest.documents(index)).containsOnlyKeys("<463B30E2.1000602@example.net>");
    }

    @Test
    void aCopyWithoutItsMessageIdJoinsTheOneThatHasIt() throws Exception {
        Path text = TestIndex.jsonLines(tmp.resolve("month.jsonl"), List.of(copy("<463B30E2.1000602@example.net>")));
        Path rendering = TestIndex.jsonLines(tmp.resolve("rendering.jsonl"), List.of(copy("nanog/2007-May/000123")));
        Path index = tmp.resolve("index");
        index(index, text);
        IndexReport second = index(index, rendering);
        assertThat(second.added()).isZero();
        assertThat(IndexerTest.documents(index)).containsOnlyKeys("<463B30E2.1000602@example.net>");
    }

    @Test
    void twistedPythonRenderingsThenTheirTextArchiveAndBackAreOneMessageEach() throws Exception {
        Path renderings = SharedCorpus.path("corpus/renderings/twisted-python/2005-March");
        Path text = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        Path once = tmp.resolve("once");
        new Indexer(once).index(List.of(renderings, text), Progress.NONE);
        Map<String, String> single = IndexerTest.documents(once);
        assertThat(single).hasSizeGreaterThan(300);

        Path textFirst = tmp.resolve("text-first");
        new Indexer(textFirst).index(List.of(text), Progress.NONE);
        IndexReport after = new Indexer(textFirst).index(List.of(renderings), Progress.NONE);
        assertThat(after.added()).isZero();
        assertThat(IndexerTest.documents(textFirst)).isEqualTo(single);

        Path renderingsFirst = tmp.resolve("renderings-first");
        new Indexer(renderingsFirst).index(List.of(renderings), Progress.NONE);
        new Indexer(renderingsFirst).index(List.of(text), Progress.NONE);
        // a person keyed by name on the pages, which show no address, is keyed by the address the
        // text archive shows, as in one run
        assertThat(IndexerTest.documents(renderingsFirst)).isEqualTo(single);
    }
}
