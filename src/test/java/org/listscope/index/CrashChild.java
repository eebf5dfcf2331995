package org.listscope.index;

import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: indexes JSON-lines inputs with one commit per input,
 * to be killed with SIGKILL at a random moment. Prints a line per input read, so the parent can aim
 * its kill into the middle of the work. Args: index folder, input folder.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        new Indexer(Path.of(args[0]), 2).source(TestIndex::readJsonLines).chunkBytes(1)
                .index(List.of(Path.of(args[1])), new Progress() {
                    @Override
                    public void chunkRead(int inputs, long bytes, int records) {
                        System.out.println("read " + inputs);
                        System.out.flush();
                    }
                });
        System.out.println("done");
    }
}
