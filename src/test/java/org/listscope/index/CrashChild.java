package org.listscope.index;

import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: indexes the archives of a folder in small chunks (many
 * commits), to be killed with SIGKILL at a random moment. Prints a line per chunk read, so the parent
 * can aim its kill into the middle of the work. Args: index folder, input folder, chunk bytes, and {@code rebuild} for a rebuild.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        new Indexer(Path.of(args[0]), 2).chunkBytes(Long.parseLong(args[2]))
                .rebuild(args.length > 3 && args[3].equals("rebuild"))
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
