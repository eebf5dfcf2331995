package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.index.Schema;
import org.listscope.index.Searcher;
import org.listscope.index.TestIndex;

/** An index written by an older listscope: index refuses to add to it, search warns, --rebuild mends it. */
class StaleIndexTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;

    /** A pipermail month of two messages about CALEA. */
    private Path archive() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("2007-May.txt"), """
                From ann at example.net  Sat May 12 10:00:00 2007
                From: ann at example.net (Ann Example)
                Date: Sat, 12 May 2007 10:00:00 +0000
                Subject: [policy] CALEA and subpoenas
                Message-ID: <a1@example.net>

                Does CALEA apply to us, or only a subpoena?

                From bob at example.net  Sat May 12 11:00:00 2007
                From: bob at example.net (Bob Example)
                Date: Sat, 12 May 2007 11:00:00 +0000
                Subject: [policy] Re: CALEA and subpoenas
                Message-ID: <b1@example.net>
                In-Reply-To: <a1@example.net>

                CALEA applies to facilities-based broadband providers.
                """, StandardCharsets.UTF_8);
        return in;
    }

    @Test
    void indexRefusesSearchWarnsAndRebuildMends() throws Exception {
        Path in = archive();
        String index = tmp.resolve("index").toString();
        assertThat(SearchCommandTest.run("index", in.toString(), "--index", index)[0]).isEqualTo(Root.OK);
        TestIndex.pretendVersion(Path.of(index), -1);

        Object[] refused = SearchCommandTest.run("index", in.toString(), "--index", index);
        assertThat(refused[0]).isEqualTo(Root.FAILURE);
        assertThat((String) refused[2]).isEqualTo("listscope: " + index + " was written by an older listscope (index schema 0, now "
                + Schema.VERSION + "), whose documents lack what this version derives from the messages: rebuild it with "
                + "listscope index --rebuild PATH... (the archives it was built from); it holds 1 input under " + in + NL);

        Object[] warned = SearchCommandTest.run("search", "calea", "--index", index, "--format", "json");
        assertThat(warned[0]).isEqualTo(Root.OK);
        assertThat((String) warned[1]).contains("\"total\":2");
        assertThat((String) warned[2]).startsWith("listscope: warning: " + index + " was written by an older listscope").hasLineCount(1);
        Object[] shown = SearchCommandTest.run("show", "<a1@example.net>", "--index", index);
        assertThat((String) shown[2]).startsWith("listscope: warning: ");

        Object[] rebuilt = SearchCommandTest.run("index", in.toString(), "--index", index, "--rebuild");
        assertThat(rebuilt[0]).isEqualTo(Root.OK);
        assertThat((String) rebuilt[2]).contains("2 added");
        Object[] quiet = SearchCommandTest.run("search", "calea", "--index", index, "--format", "json");
        assertThat((String) quiet[1]).contains("\"total\":2");
        assertThat((String) quiet[2]).isEmpty();
        try (Searcher s = Searcher.open(Path.of(index))) {
            assertThat(s.schema()).isEqualTo(Schema.VERSION);
            assertThat(s.size()).isEqualTo(2);
        }
    }

    /** The quick start's own index (of the bundled corpus only) is built afresh when it is stale; another is left alone. */
    @Test
    void theQuickStartRebuildsItsOwnStaleIndexOnly() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Files.copy(archive().resolve("2007-May.txt"), corpus.resolve("2007-May.txt"));
        Path index = home.resolve("index");
        assertThat(quickStartSearch(home)[0]).isEqualTo("0");
        TestIndex.pretendVersion(index, -1);

        String[] again = quickStartSearch(home);
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[2]).contains("was written by an older listscope; building it afresh").doesNotContain("warning");
        assertThat(again[1]).contains("\"total\":2");
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.schema()).isEqualTo(Schema.VERSION);
        }

        // an index that also holds other archives is the user's: warned about, never rebuilt from corpus/ alone
        assertThat(SearchCommandTest.run("index", archive().toString(), "--index", index.toString())[0]).isEqualTo(Root.OK);
        TestIndex.pretendVersion(index, -1);
        String[] user = quickStartSearch(home);
        assertThat(user[0]).isEqualTo("0");
        assertThat(user[2]).contains("listscope: warning: ").doesNotContain("building it afresh");
        try (Searcher s = Searcher.open(index)) {
            assertThat(s.inputs()).hasSize(2);
        }
    }

    /** {exit code, stdout, stderr} of {@code search calea --format json} in a JVM whose LISTSCOPE_HOME is {@code home}. */
    private static String[] quickStartSearch(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "search", "calea", "--format", "json"));
        pb.environment().put("LISTSCOPE_HOME", home.toString());
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String[] r = {Integer.toString(p.exitValue()), Files.readString(out), Files.readString(err)};
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
