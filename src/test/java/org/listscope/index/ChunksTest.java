package org.listscope.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.parse.Input;

class ChunksTest {

    private static Indexer.Planned planned(String path, long size) {
        return new Indexer.Planned(Input.of(Path.of(path)), new InputFingerprint(path, size, 0, null));
    }

    private static List<Integer> sizes(List<List<Indexer.Planned>> chunks) {
        List<Integer> out = new ArrayList<>();
        for (List<Indexer.Planned> c : chunks) out.add(c.size());
        return out;
    }

    @Test
    void theFirstChunkTakesAnEighthOfTheBudgetAndTheRestTheWholeBudget() {
        List<Indexer.Planned> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) inputs.add(planned("/a/m" + i + ".mbox", 100));
        // budget 800: the first chunk holds 100 bytes, then 8 inputs per chunk
        List<List<Indexer.Planned>> chunks = Chunks.of(inputs, 800);
        assertEquals(List.of(1, 8, 8, 8, 8, 7), sizes(chunks));
        assertEquals(inputs, chunks.stream().flatMap(List::stream).toList(), "every input once, in order");
    }

    @Test
    void gzipCountsFourTimesItsSize() {
        List<Indexer.Planned> inputs = List.of(planned("/a/1.txt.gz", 100), planned("/a/2.txt.gz", 100),
                planned("/a/3.txt.gz", 100), planned("/a/4.txt.gz", 100));
        // weights 400 each; first budget 1000 / 8 = 125, then 1000
        assertEquals(List.of(1, 2, 1), sizes(Chunks.of(inputs, 1000)));
    }

    @Test
    void aPipermailFolderWithItsThreadIndexStaysInOneChunk() {
        List<Indexer.Planned> inputs = new ArrayList<>();
        inputs.add(planned("/list/2005-March/thread.html", 50));
        for (int i = 0; i < 10; i++) inputs.add(planned("/list/2005-March/00" + i + ".html", 50));
        inputs.add(planned("/list/2005-April.txt", 50));
        List<List<Indexer.Planned>> chunks = Chunks.of(inputs, 80);
        assertEquals(11, chunks.get(0).size(), "the month's pages and its thread.html together");
        assertEquals(List.of(11, 1), sizes(chunks));
    }
}
