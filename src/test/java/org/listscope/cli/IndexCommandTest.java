package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code index} answers a command line it cannot carry out. */
class IndexCommandTest {

    @TempDir
    Path tmp;

    /** Runs {@code args} as {@code bin/listscope} does; returns {exit code, stdout, stderr}. */
    private static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Root.commandLineFor(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @Test
    void anIndexThatIsAFileIsNamedInOneLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("regular-file"), "not an index");
        Files.createDirectories(tmp.resolve("in"));
        Object[] r = run("index", tmp.resolve("in").toString(), "--index", file.toString());
        assertThat(r[0]).isEqualTo(Root.FAILURE);
        assertThat((String) r[2]).isEqualTo("listscope: " + file + " is a file, not an index folder" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("not an index");
    }

    @Test
    void noPathGetsTheUsageAsEveryCommandMissingAnArgumentDoes() {
        for (String command : new String[] {"index", "parse", "show"}) {
            Object[] r = run(command);
            assertThat(r[0]).isEqualTo(Root.USAGE);
            assertThat((String) r[2]).startsWith("listscope: Missing required parameter")
                    .contains("Usage: listscope " + command).doesNotContain("\u001b[");
        }
        Object[] r = run("index", "x", "--no-such-option");
        assertThat((String) r[2]).contains("Try 'listscope index --help'.").doesNotContain("Usage:");
    }

    @Test
    void anIndexAnotherProcessWritesIsNamedInOneLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("one.mbox"), "From a@example.org Mon Jan  1 00:00:00 2007\nFrom: a@example.org\n"
                + "Subject: calea\nMessage-ID: <one@example.org>\nDate: Mon, 1 Jan 2007 00:00:00 +0000\n\nText.\n");
        Path index = tmp.resolve("index");
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            Object[] r = run("index", in.toString(), "--index", index.toString());
            assertThat(r[0]).isEqualTo(Root.FAILURE);
            assertThat((String) r[2]).isEqualTo("listscope: another listscope is writing to the index " + index
                    + " (its write.lock is held); run again when it is done" + System.lineSeparator());
        }
        Object[] after = run("index", in.toString(), "--index", index.toString());
        assertThat(after[0]).isEqualTo(Root.OK);
    }

    @Test
    void aFolderOfOtherFilesIsNoIndexFolder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path folder = Files.createDirectories(tmp.resolve("papers"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Object[] r = run("index", in.toString(), "--index", folder.toString());
        assertThat(r[0]).isEqualTo(Root.FAILURE);
        assertThat((String) r[2]).isEqualTo("listscope: " + folder + " holds other files than an index (notes.txt): "
                + "give an empty or new folder to --index" + System.lineSeparator());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
        // hidden files aside (the project's index/.gitkeep)
        Path kept = Files.createDirectories(tmp.resolve("kept"));
        Files.writeString(kept.resolve(".gitkeep"), "");
        assertThat(run("index", in.toString(), "--index", kept.toString())[0]).isEqualTo(Root.OK);
    }

    @Test
    void anIndexBelowAFileIsNamedWithTheReason() throws Exception {
        Path file = Files.writeString(tmp.resolve("regular-file"), "not an index");
        Files.createDirectories(tmp.resolve("in"));
        Object[] r = run("index", tmp.resolve("in").toString(), "--index", file.resolve("index").toString());
        assertThat(r[0]).isEqualTo(Root.FAILURE);
        assertThat((String) r[2]).startsWith("listscope: cannot make the index folder " + file.resolve("index") + ": ")
                .doesNotContain("Exception").hasLineCount(1);
    }
}
