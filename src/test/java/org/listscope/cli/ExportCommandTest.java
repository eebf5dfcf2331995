package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.json.Json;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Source;
import picocli.CommandLine;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static Message msg(String id, String thread, String parent, String body) {
        int s = body.indexOf("RFC 2119");
        List<org.listscope.model.Annotation> anns = s < 0 ? List.of()
                : List.of(new Citation("rfc", s, s + 8, "RFC 2119", "RFC 2119", "https://www.rfc-editor.org/rfc/rfc2119",
                        null, List.of(), 0.99, List.of(), false, "A"));
        return Message.builder().id(id).messageId(id).subject("s " + id).from(Author.of("A", "a@x.org", "A"))
                .date(Instant.parse("2007-05-11T00:00:00Z")).source(new Source("in.txt", null, "pipermail-txt"))
                .url("https://lists.example.org/" + id.replaceAll("\\W", "")).body(body).threadId(thread).parentId(parent)
                .inReplyTo(parent == null ? List.of() : List.of(parent)).annotations(anns).build();
    }

    /** Two threads as listscope's JSON Lines, which parse reads back. */
    private Path input() throws Exception {
        List<Message> ms = List.of(msg("<a@x>", "<a@x>", null, "root, see RFC 2119\n"),
                msg("<b@x>", "<a@x>", "<a@x>", "reply\n"), msg("<c@x>", "<c@x>", null, "other thread\n"));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, ms.stream().map(Json::line).toList());
        return in;
    }

    @Test
    void exportsEverythingReadFromInputsWithProvenance() throws Exception {
        Path in = input();
        Path csv = dir.resolve("out/a.csv");
        assertThat(run("export", "--input", in.toString(), "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(2).element(1).asString().contains("RFC 2119");
        assertThat(err.toString()).contains("wrote 3 messages in 2 threads as csv");
        JsonNode p = Json.mapper().readTree(dir.resolve("out/a.csv.provenance.json").toFile());
        assertThat(p.get("inputs").get(0).asText()).isEqualTo(in.toString());
        assertThat(p.get("index").isNull()).isTrue();
        assertThat(p.get("messages")).hasSize(3);
    }

    @Test
    void exportsOneThreadByItsIdOrByAMessageInIt() throws Exception {
        Path in = input();
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path c = dir.resolve("c.jsonl");
        assertThat(run("export", "--input", in.toString(), "--thread", "<a@x>", "--format", "jsonl", "--out", a.toString())).isZero();
        assertThat(run("export", "--input", in.toString(), "--thread", "<b@x>", "--format", "jsonl", "--out", b.toString())).isZero();
        assertThat(run("export", "--input", in.toString(), "--thread", "<b@x>", "--messages", "--format", "jsonl",
                "--out", c.toString())).isZero();
        assertThat(Files.readAllLines(a)).extracting(l -> Json.readMessage(l).id()).containsExactly("<a@x>", "<b@x>");
        assertThat(Files.readAllLines(b)).isEqualTo(Files.readAllLines(a));
        assertThat(Files.readAllLines(c)).extracting(l -> Json.readMessage(l).id()).containsExactly("<b@x>");
        assertThat(err.toString()).contains("wrote 2 messages in 1 thread as jsonl").contains("wrote 1 message in 1 thread as jsonl");
    }

    @Test
    void exportsTheWholeThreadsOfQueryMatchesFromTheIndex() throws Exception {
        Path in = input();
        Path index = dir.resolve("index");
        assertThat(run("index", in.toString(), "--index", index.toString())).isZero();
        Path threads = dir.resolve("threads.jsonl");
        Path matches = dir.resolve("matches.jsonl");
        Path byThread = dir.resolve("thread.jsonl");
        assertThat(run("export", "root", "--index", index.toString(), "--format", "jsonl", "--out", threads.toString())).isZero();
        assertThat(run("export", "root", "--messages", "--index", index.toString(), "--format", "jsonl",
                "--out", matches.toString())).isZero();
        assertThat(run("export", "--thread", "<b@x>", "--index", index.toString(), "--format", "jsonl",
                "--out", byThread.toString())).isZero();
        assertThat(Files.readAllLines(threads)).extracting(l -> Json.readMessage(l).id()).containsExactly("<a@x>", "<b@x>");
        assertThat(Files.readAllLines(matches)).extracting(l -> Json.readMessage(l).id()).containsExactly("<a@x>");
        assertThat(Files.readAllLines(byThread)).extracting(l -> Json.readMessage(l).id()).containsExactly("<a@x>", "<b@x>");
        JsonNode p = Json.mapper().readTree(dir.resolve("threads.jsonl.provenance.json").toFile());
        assertThat(p.get("query").asText()).isEqualTo("root");
        assertThat(p.get("index").asText()).isEqualTo(index.toAbsolutePath().normalize().toString());
        assertThat(p.get("scope").asText()).isEqualTo("threads");
    }

    /**
     * An mbox export indexed again is the same messages: the list (which a {@code list:} search
     * needs), ids and archive URLs come back from the export's {@code X-Listscope-*} headers, also
     * for a message without a Message-ID, and the threads from its headers.
     */
    @Test
    void anMboxExportIndexedAgainKeepsListsIdsAndThreads() throws Exception {
        List<Message> ms = List.of(msg("<a@x>", "<a@x>", null, "root, see RFC 2119\n"),
                msg("<b@x>", "<a@x>", "<a@x>", "reply\n"));
        Message pageOnly = msg("nanog/2007-May/000003", "<a@x>", "<b@x>", "a reply read from its page\n").toBuilder()
                .messageId(null).inReplyTo(List.of()).source(new Source("000003.html", null, "pipermail-html")).build();
        Path in = dir.resolve("in.jsonl");
        Files.write(in, java.util.stream.Stream.concat(ms.stream(), java.util.stream.Stream.of(pageOnly))
                .map(m -> Json.line(m.toBuilder().list("nanog").build())).toList());
        Path index = dir.resolve("index");
        Path again = dir.resolve("again");
        Path mbox = dir.resolve("out/export.mbox");
        assertThat(run("index", in.toString(), "--index", index.toString())).isZero();
        assertThat(run("export", "list:nanog", "--index", index.toString(), "--format", "mbox", "--out", mbox.toString())).isZero();
        assertThat(Files.readString(mbox)).contains("X-Listscope-List: nanog\n");
        assertThat(run("index", mbox.toString(), "--index", again.toString())).isZero();

        Path before = dir.resolve("before.jsonl");
        Path after = dir.resolve("after.jsonl");
        assertThat(run("export", "list:nanog", "--index", index.toString(), "--format", "jsonl", "--out", before.toString())).isZero();
        assertThat(run("export", "list:nanog", "--index", again.toString(), "--format", "jsonl", "--out", after.toString())).isZero();
        List<Message> a = Files.readAllLines(before).stream().map(Json::readMessage).toList();
        List<Message> b = Files.readAllLines(after).stream().map(Json::readMessage).toList();
        assertThat(b).as("list:nanog in the index of the export").hasSize(3);
        assertThat(b).extracting(Message::id).containsExactlyElementsOf(a.stream().map(Message::id).toList())
                .contains("nanog/2007-May/000003");
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).list()).isEqualTo("nanog");
            assertThat(b.get(i).url()).isEqualTo(a.get(i).url()).isNotNull();
            assertThat(b.get(i).threadId()).isEqualTo(a.get(i).threadId());
            assertThat(b.get(i).parentId()).isEqualTo(a.get(i).parentId());
            assertThat(b.get(i).source().path()).isEqualTo(mbox.toString());
        }
    }

    @Test
    void aQueryMayStartWithADashButAMistypedOptionIsAUsageError() throws Exception {
        Path in = input();
        Path index = dir.resolve("index");
        assertThat(run("index", in.toString(), "--index", index.toString())).isZero();
        Path out = dir.resolve("not-reply.jsonl");
        assertThat(run("export", "-reply", "--messages", "--index", index.toString(), "--format", "jsonl",
                "--out", out.toString())).isZero();
        assertThat(Files.readAllLines(out)).extracting(l -> Json.readMessage(l).id()).containsExactly("<a@x>", "<c@x>");
        Path words = dir.resolve("words.jsonl");
        assertThat(run("export", "--messages", "-reply", "AND", "-reply", "--index", index.toString(), "--format", "jsonl",
                "--out", words.toString())).isZero();
        assertThat(Files.readAllLines(words)).isEqualTo(Files.readAllLines(out));
        assertThat(run("export", "--messages", "--index", index.toString(), "--formt", "jsonl",
                "--out", dir.resolve("x.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--formt'");
    }

    @Test
    void indexProblemsAreOneLine() throws Exception {
        Path in = input();
        Path index = dir.resolve("index");
        assertThat(run("export", "x", "--index", dir.resolve("none").toString(), "--format", "csv",
                "--out", dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no index at");
        assertThat(run("index", in.toString(), "--index", index.toString())).isZero();
        assertThat(run("export", "nothingmatchesthis", "--index", index.toString(), "--format", "csv",
                "--out", dir.resolve("y.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no message matches nothingmatchesthis");
        assertThat(run("export", "date:[2007 TO", "--index", index.toString(), "--format", "csv",
                "--out", dir.resolve("z.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("bad query").doesNotContain("\tat ");
        assertThat(run("export", "--index", index.toString(), "--format", "csv", "--out", "x")).isEqualTo(2);
    }

    @Test
    void wrongUsageExitsWithTwoAndOneClearLine() throws Exception {
        Path in = input();
        assertThat(run("export", "--input", in.toString(), "--format", "docx", "--out", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'docx'; use one of jsonl, csv, message-csv, html, mbox, maildir, graphml, csl-json");
        assertThat(run("export", "--input", in.toString(), "--format", "csv")).isEqualTo(2);
        assertThat(run("export", "q", "--thread", "t", "--format", "csv", "--out", "x")).isEqualTo(2);
    }

    @Test
    void anUnknownThreadOrAnUnreadableInputFailsWithoutAStackTrace() throws Exception {
        Path in = input();
        Path bad = Files.writeString(dir.resolve("bad.bin"), "\u0001\u0002\u0003\u0004 not an archive");
        assertThat(run("export", "--input", in.toString(), "--thread", "<nope@x>", "--format", "html",
                "--out", dir.resolve("x.html").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no thread <nope@x>");
        assertThat(run("export", "--input", in.toString(), bad.toString(), "--format", "html",
                "--out", dir.resolve("y.html").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.bin").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("y.html")).exists();
    }
}
