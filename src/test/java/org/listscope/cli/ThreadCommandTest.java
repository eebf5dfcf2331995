package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Author;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ParentLink;
import org.listscope.model.Source;
import picocli.CommandLine;

class ThreadCommandTest {

    private static Message msg(String id, String parent, String thread, String subject, int minutes, ParentLink link) {
        return Message.builder().id(id).subject(subject).from(Author.of("Ann " + id, null, "ann"))
                .date(Instant.parse("2005-03-01T12:00:00Z").plusSeconds(60L * minutes))
                .source(new Source(null, null, "mbox")).parentId(parent).threadId(thread).parentLink(link).build();
    }

    @Test
    void textShowsEachThreadAsAnIndentedTree() {
        List<Message> ms = List.of(
                msg("b", "a", "a", "Re: One", 5, new ParentLink(LinkMethod.HEADER, 1)),
                msg("a", null, "a", "One", 0, null),
                msg("x", null, "x", "Two", 1, null),
                msg("c", "b", "a", "Re: One", 9, new ParentLink(LinkMethod.QUOTE, 0.7)));
        StringWriter sw = new StringWriter();
        TreeFormat.print(ms, new PrintWriter(sw));
        List<String> lines = sw.toString().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("One  -- Ann a, 2005-03-01T12:00:00Z");
        assertThat(lines.get(1)).startsWith("  Re: One  -- Ann b");
        assertThat(lines.get(2)).startsWith("    Re: One  -- Ann c").endsWith("[quote 0.70]");
        assertThat(lines.get(3)).startsWith("Two  -- Ann x");
    }

    @Test
    void repliesToAnAbsentMessageAreGroupedUnderIt() {
        List<Message> ms = List.of(
                msg("b", null, "<gone@x>", "Re: Lost", 5, null),
                msg("c", null, "<gone@x>", "Re: Lost", 6, null));
        StringWriter sw = new StringWriter();
        TreeFormat.print(ms, new PrintWriter(sw));
        assertThat(sw.toString()).startsWith("(not in the input: <gone@x>)\n  Re: Lost");
    }

    @Test
    void missingInputIsAProblemAndExitOne(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("thread", dir.resolve("absent").toString());
        assertThat(code).isEqualTo(Root.FAILURE);
        assertThat(err.toString()).contains("no such file or folder");
    }

    @Test
    void badFormatIsAUsageError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.txt"), "x");
        StringWriter err = new StringWriter();
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("thread", "--format", "xml", dir.toString())).isEqualTo(Root.USAGE);
    }

    @Test
    void aThreadIndexAloneIsReadWithoutProblems(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("thread.html");
        Files.writeString(index, "<title>The Test March 2005 Archive by thread</title>\n"
                + "<!--0 01109775512.1- -->\n<LI><A HREF=\"000001.html\">One</A><I>Ann</I>\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("thread", "--format", "jsonl", index.toString());
        assertThat(code).isEqualTo(Root.OK);
        assertThat(err.toString()).contains("1 inputs read");
    }
}
