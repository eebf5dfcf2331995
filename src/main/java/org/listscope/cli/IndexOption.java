package org.listscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.listscope.index.Schema;
import org.listscope.index.Searchable;
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
     * Opens the index for reading, and warns on {@code err} when another listscope version wrote it:
     * a search still runs, but its answers may lack or contradict what this version derives.
     * {@link java.nio.file.NoSuchFileException} when there is none ({@link #missing}).
     */
    Searcher open(PrintWriter err) throws IOException {
        Path dir = dir();
        Searcher s = Searcher.open(dir);
        try {
            String why = Schema.mismatch(dir, s.schema());
            if (why != null) {
                err.println("listscope: warning: " + why);
                err.flush();
            }
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * The collection where {@code solr} names one (refusing {@code --index} beside it), else the index
     * as {@link #open(PrintWriter)} opens it.
     */
    Searchable open(SolrOptions solr, PrintWriter err) throws IOException {
        return solr != null ? solr.open(this) : open(err);
    }

    /** The one line for a command that found no index at {@code dir}. */
    static String missing(Path dir) {
        return "listscope: no index at " + dir + " (build one with: listscope index PATH... --index " + dir + ")";
    }
}
