package org.listscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the commands that read or write the index. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index/ in LISTSCOPE_HOME, else here).")
    Path index;

    /** The index folder: the option, else {@code index/} under LISTSCOPE_HOME. */
    Path dir() {
        return IndexDirs.index(index);
    }

    /** The one line for a command that found no index at {@code dir}. */
    static String missing(Path dir) {
        return "listscope: no index at " + dir + " (build one with: listscope index PATH... --index " + dir + ")";
    }
}
