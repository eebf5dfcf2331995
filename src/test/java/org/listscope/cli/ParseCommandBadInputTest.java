package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through {@code listscope parse}: each bad file gets one line on stderr naming it and the
 * reason, the good files of the same call are still printed, the exit status is 1, and no stack trace
 * is shown.
 */
class ParseCommandBadInputTest {

    private static final String HEAD = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML>\n <HEAD>\n"
            + "   <TITLE> [Policy-Talk] CALEA and VoIP\n   </TITLE>\n"
            + "   <META http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n </HEAD>\n"
            + " <BODY BGCOLOR=\"#ffffff\">\n   <H1>[Policy-Talk] CALEA and VoIP</H1>\n    <B>Alice Example</B> \n"
            + "    <A HREF=\"mailto:policy-talk%40lists.example.org?Subject=Re%3A%20%5BPolicy-Talk%5D%20CALEA%20and%20VoIP"
            + "&In-Reply-To=%3Cabc%40example.org%3E\"\n       TITLE=\"[Policy-Talk] CALEA and VoIP\">alice at example.org\n"
            + "       </A><BR>\n    <I>Tue Mar  1 10:48:58 MST 2005</I>\n    <P><UL>\n"
            + "              <a href=\"date.html#1\">[ date ]</a>\n       </UL>\n    <HR>  \n";
    private static final String ARTICLE = "<!--beginarticle-->\n<PRE>Providers must assist with lawful intercept.\n</PRE>\n"
            + "<!--endarticle-->\n<hr>\n<a href=\"x\">More information about the Policy-Talk\nmailing list</a><br>\n</body></html>\n";
    private static final String RENDERING = "Data retention\n\nBob Example bob at\nFri May 11 21:05:20 UTC 2007\n\n"
            + "Logs can be subpoenaed.\n\nMore information about the Policy-Talk mailing list\n";

    @TempDir
    Path dir;

    @Test
    void badFilesAreReportedOneLineEachAndGoodFilesStillPrinted() throws IOException {
        write("policy-talk/2005-March/000001.html", HEAD + ARTICLE);
        write("renderings/good.txt", RENDERING);
        Path empty = write("bad/empty.html", "");
        Path junk = dir.resolve("bad/junk.bin");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        Files.write(junk, random);
        Path truncated = write("bad/000002.html", (HEAD + ARTICLE).substring(0, HEAD.length() + 40));
        Path noMarkers = write("bad/000003.html", HEAD + ARTICLE.replace("<!--beginarticle-->", "").replace("<!--endarticle-->", ""));
        Path huge = hugePage(dir.resolve("bad/000004.html"), 50L << 20);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Root.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute("parse", dir.toString());

        assertThat(status).isEqualTo(Root.FAILURE);
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).hasSize(2);
        assertThat(printed).anyMatch(l -> l.contains("\"subject\":\"[Policy-Talk] CALEA and VoIP\""));
        assertThat(printed).anyMatch(l -> l.contains("\"subject\":\"Data retention\""));

        String stderr = err.toString();
        assertThat(stderr).doesNotContain("Exception", "\tat ", "at org.");
        assertThat(lineAbout(stderr, empty)).contains("empty file");
        assertThat(lineAbout(stderr, junk)).contains("binary");
        assertThat(lineAbout(stderr, truncated)).contains("truncated");
        assertThat(lineAbout(stderr, noMarkers)).contains("<!--beginarticle-->");
        assertThat(lineAbout(stderr, huge)).contains("10 MB limit");
        assertThat(stderr.lines().filter(l -> l.contains(dir.toString()))).hasSize(5);
    }

    /** The one line of stderr that names the file. */
    private static String lineAbout(String stderr, Path file) {
        List<String> lines = stderr.lines().filter(l -> l.contains(file.toString())).toList();
        assertThat(lines).as("lines naming %s in:%n%s", file, stderr).hasSize(1);
        return lines.get(0);
    }

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** A well-formed page whose article is padded to {@code size} bytes, written without holding it in memory. */
    private static Path hugePage(Path p, long size) throws IOException {
        Files.createDirectories(p.getParent());
        byte[] line = new byte[1024];
        Arrays.fill(line, (byte) 'x');
        line[line.length - 1] = '\n';
        try (OutputStream o = Files.newOutputStream(p)) {
            o.write((HEAD + "<!--beginarticle-->\n<PRE>").getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < size; n += line.length) o.write(line);
            o.write(ARTICLE.substring(ARTICLE.indexOf("</PRE>")).getBytes(StandardCharsets.US_ASCII));
        }
        return p;
    }
}
