package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.listscope.index.Schema;
import org.listscope.index.Searcher;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write the index. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index/ in LISTSCOPE_HOME, else here).")
    Path index;

    /** The index folder: the option, else {@code index/} under LISTSCOPE_HOME. */
    Path dir() {
        return IndexDirs.index(index);
    }

    /**
     * Warns on {@code err} when the index was written by another listscope version: a search still
     * runs, but its answers may lack or contradict what this version derives.
     */
    static void warnIfStale(Searcher s, Path dir, PrintWriter err) throws IOException {
        String why = Schema.mismatch(dir, s.schema());
        if (why != null) {
            err.println("listscope: warning: " + why);
            err.flush();
        }
    }

    /** The one line for a command that found no index at {@code dir}. */
    static String missing(Path dir) {
        return "listscope: no index at " + dir + " (build one with: listscope index PATH... --index " + dir + ")";
    }
}
