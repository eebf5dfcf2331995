package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

/** The schema version in every commit: an index of another version is not added to, and --rebuild brings it up to date. */
class SchemaTest {

    @TempDir
    Path tmp;

    private Path month(String name, String prefix, int n) throws IOException {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Msgs.message("<" + prefix + i + "@x>", "Person " + (i % 3), "p" + (i % 3) + "@example.org",
                    "2007-05-1" + (i % 10) + "T10:00:00Z", "subject " + prefix + " " + i, "own words " + i + " about calea", null));
        }
        return TestIndex.jsonLines(tmp.resolve(name), out);
    }

    private static Indexer indexer(Path index) {
        return new Indexer(index, 2).source(TestIndex::readJsonLines);
    }

    private static long generation(Path index) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getGeneration();
        }
    }

    @Test
    void everyCommitRecordsTheVersion() throws IOException {
        Path index = tmp.resolve("index");
        indexer(index).index(List.of(month("a.jsonl", "a", 5)), Progress.NONE);
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.schema()).isEqualTo(Schema.VERSION);
        }
        TestIndex.pretendVersion(index, -1);
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.schema()).as("an index from before versions were recorded").isZero();
        }
    }

    @Test
    void anOlderIndexIsLeftUntouchedAndNamesTheWayOut() throws IOException {
        Path index = tmp.resolve("index");
        Path a = month("a.jsonl", "a", 5);
        indexer(index).index(List.of(a), Progress.NONE);
        TestIndex.pretendVersion(index, -1);
        Map<String, String> before = IndexerTest.documents(index);
        long generation = generation(index);

        Path b = month("b.jsonl", "b", 4);
        assertThatThrownBy(() -> indexer(index).index(List.of(a, b), Progress.NONE))
                .isInstanceOf(StaleIndexException.class)
                .hasMessageContaining(index.toString())
                .hasMessageContaining("older listscope (index schema 0, now " + Schema.VERSION + ")")
                .hasMessageContaining("index --rebuild")
                .hasMessageEndingWith("; it holds 1 input under " + tmp.toAbsolutePath().normalize());
        assertThat(generation(index)).isEqualTo(generation);
        assertThat(IndexerTest.documents(index)).isEqualTo(before);
    }

    @Test
    void aNewerIndexIsRefusedToo() throws IOException {
        Path index = tmp.resolve("index");
        Path a = month("a.jsonl", "a", 3);
        indexer(index).index(List.of(a), Progress.NONE);
        TestIndex.pretendVersion(index, Schema.VERSION + 1);
        assertThatThrownBy(() -> indexer(index).index(List.of(a), Progress.NONE))
                .isInstanceOf(StaleIndexException.class)
                .hasMessageContaining("newer listscope (index schema " + (Schema.VERSION + 1));
    }

    @Test
    void aRebuildGivesExactlyAFreshIndexOfItsInputs() throws IOException {
        Path a = month("a.jsonl", "a", 6);
        Path b = month("b.jsonl", "b", 4);
        Path fresh = tmp.resolve("fresh");
        indexer(fresh).index(List.of(a), Progress.NONE);

        Path index = tmp.resolve("index");
        indexer(index).index(List.of(a, b), Progress.NONE);
        TestIndex.pretendVersion(index, -1);
        var report = indexer(index).rebuild(true).index(List.of(a), Progress.NONE);

        assertThat(report.added()).isEqualTo(6);
        assertThat(IndexerTest.documents(index)).isEqualTo(IndexerTest.documents(fresh));
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.schema()).isEqualTo(Schema.VERSION);
            assertThat(s.inputs()).containsExactly(a.toAbsolutePath().normalize().toString());
        }
        // and it is an ordinary index again: the same run adds nothing
        var again = indexer(index).index(List.of(a), Progress.NONE);
        assertThat(again.added() + again.updated()).isZero();
    }

    @Test
    void theRecordedInputsAreSummedUpByTheFolderTheyShare() {
        assertThat(Indexer.builtFrom(List.of("/data/list/2007-May.txt.gz", "/data/list/2007-June.txt.gz", "/data/other/a.mbox")))
                .isEqualTo("; it holds 3 inputs under /data");
        assertThat(Indexer.builtFrom(List.of("/data/list/2007-May.txt.gz"))).isEqualTo("; it holds 1 input under /data/list");
        assertThat(Indexer.builtFrom(List.of())).isEmpty();
    }
}
