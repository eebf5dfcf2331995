package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Author;
import org.listscope.model.IndexReport;
import org.listscope.model.Message;
import org.listscope.model.Source;

class MergeTest {

    @TempDir
    Path tmp;

    private static final String MONTH = """
            From al at example.org  Wed Mar  2 14:00:00 2005
            From: al at example.org (Al Jones)
            Date: Wed, 02 Mar 2005 14:00:00 +0000
            Subject: [Twisted-Python] Patch for the reactor
            Message-ID: <m0@example.org>

            Here is the patch for the reactor.

            From jo at example.org  Wed Mar  2 14:58:32 2005
            From: jo at example.org (Jo Smith)
            Date: Wed, 02 Mar 2005 14:58:32 +0000
            Subject: [Twisted-Python] Re: Patch for the reactor
            In-Reply-To: <m0@example.org>
            Message-ID: <m1@example.org>

            Please review it once more.
            Add the tests before merging, and run them twice.
            """;

    private static final String LAST_LINE = "Add the tests before merging, and run them twice.";

    private static Message copy(String path, String format, String body) {
        return Message.builder().id("<m1@x>").messageId("<m1@x>").list("twisted-python").subject("[Twisted-Python] Re: Patch")
                .from(Author.of("Jo Smith", "jo@example.org", "jo at example.org (Jo Smith)"))
                .source(new Source(path, null, format)).body(body).build();
    }

    @Test
    void copiesFromTwoInputsMergeAlikeInEitherOrder() {
        Message cut = copy("a.txt", "pipermail-txt", "Please review it once more.\nAdd");
        Message full = copy("b.txt", "pipermail-txt", "Please review it once more.\n" + LAST_LINE);
        assertThat(Merge.of(cut, full)).isEqualTo(Merge.of(full, cut));
        assertThat(Merge.of(cut, full).body()).endsWith(LAST_LINE);
        assertThat(Merge.of(Merge.of(cut, full), cut)).as("the poorer copy read again").isEqualTo(Merge.of(cut, full));
    }

    @Test
    void theInputOfTheKeptBodyReadAgainReplacesIt() {
        Message held = copy("a.txt", "pipermail-txt", "Please review it once more.\n" + LAST_LINE).withUrl("http://h/1.html");
        Message cut = copy("a.txt", "pipermail-txt", "Please review it once more.");
        Message m = Merge.of(held, cut);
        assertThat(m.body()).isEqualTo("Please review it once more.");
        assertThat(m.url()).isEqualTo("http://h/1.html");
    }

    private String body(Path index, String id) throws IOException {
        try (Searcher s = Searcher.open(index)) {
            return s.message(id).orElseThrow().body();
        }
    }

    private IndexReport index(Path in, Path index) throws IOException {
        return new Indexer(index, 1).index(List.of(in), Progress.NONE);
    }

    /** The reviewer's case: a month cut mid-line, then restored, then edited; each reading takes effect. */
    @Test
    void aRestoredOrEditedMonthTakesEffectAndAnIdenticalReadChangesNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("twisted-python"));
        Path month = in.resolve("2005-March.txt");
        Path index = tmp.resolve("index");
        String cut = MONTH.substring(0, MONTH.indexOf(LAST_LINE) + 3); // "... \nAdd"
        Files.writeString(month, cut, StandardCharsets.UTF_8);
        assertThat(index(in, index).added()).isEqualTo(2);
        assertThat(body(index, "<m1@example.org>")).endsWith("\nAdd");

        Files.writeString(month, MONTH, StandardCharsets.UTF_8);
        IndexReport restored = index(in, index);
        assertThat(restored.updated()).isEqualTo(1);
        assertThat(body(index, "<m1@example.org>")).endsWith(LAST_LINE);

        Files.writeString(month, MONTH.replace(LAST_LINE, LAST_LINE + " quokkaword"), StandardCharsets.UTF_8);
        assertThat(index(in, index).updated()).isEqualTo(1);
        assertThat(body(index, "<m1@example.org>")).endsWith(" quokkaword");

        Files.writeString(month, MONTH.replace(LAST_LINE, "Zdd" + LAST_LINE.substring(3)), StandardCharsets.UTF_8);
        assertThat(index(in, index).updated()).isEqualTo(1);
        assertThat(body(index, "<m1@example.org>")).endsWith("Zdd the tests before merging, and run them twice.");

        Files.writeString(month, MONTH, StandardCharsets.UTF_8);
        assertThat(index(in, index).updated()).as("a shorter edit too").isEqualTo(1);
        assertThat(body(index, "<m1@example.org>")).endsWith(LAST_LINE);

        var before = IndexerTest.documents(index);
        Files.writeString(month, MONTH + "\n", StandardCharsets.UTF_8); // read again, same messages
        IndexReport again = index(in, index);
        assertThat(again.inputsRead()).isEqualTo(1);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(IndexerTest.documents(index)).isEqualTo(before);
    }

    /** A cut copy and a whole copy in two inputs: the whole body is kept whichever is indexed first. */
    @Test
    void twoInputsGiveOneIndexWhicheverIsIndexedFirst() throws Exception {
        Path cutDir = Files.createDirectories(tmp.resolve("cut/twisted-python"));
        Path fullDir = Files.createDirectories(tmp.resolve("full/twisted-python"));
        Files.writeString(cutDir.resolve("2005-March.txt"), MONTH.substring(0, MONTH.indexOf(LAST_LINE) + 3));
        Files.writeString(fullDir.resolve("2005-March.txt"), MONTH);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        index(cutDir, one);
        index(fullDir, one);
        index(fullDir, two);
        index(cutDir, two);
        assertThat(body(one, "<m1@example.org>")).endsWith(LAST_LINE);
        assertThat(IndexerTest.documents(one)).isEqualTo(IndexerTest.documents(two));
    }
}
