package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.Source;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcParserTest {

    static final String BASE = "https://twistedmatrix.com/pipermail/twisted-python/";

    /** Writes one response record per (url, bytes) pair, gzip-compressed records when asked. */
    static byte[] warc(boolean gzip, Object... urlAndBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (int i = 0; i < urlAndBytes.length; i += 2) {
                byte[] body = (byte[]) urlAndBytes[i + 1];
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(org.netpreserve.jwarc.MediaType.parse("application/octet-stream"), body).build();
                w.write(new WarcResponse.Builder(URI.create((String) urlAndBytes[i])).date(Instant.EPOCH).body(http).build());
            }
        }
        return out.toByteArray();
    }

    static List<Message> read(Path file, List<Problem> problems) {
        List<Message> out = new ArrayList<>();
        Archives.read(Input.of(file), new Sink() {
            public void message(Message m) { out.add(m); }
            public void problem(Problem p) { problems.add(p); }
        });
        return out;
    }

    @Test
    void recordsAreReadAsTheFilesTheyHold(@TempDir Path dir) throws IOException {
        Path txt = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        Path page = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March/042182.html");
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, warc(true, BASE + "2005-March.txt.gz", Files.readAllBytes(txt),
                BASE + "2005-March/042182.html", Files.readAllBytes(page),
                BASE + "robots.txt", "User-agent: *\n".getBytes(StandardCharsets.US_ASCII),
                BASE + "notes.css", "body { color: red }\n".getBytes(StandardCharsets.US_ASCII)));
        List<Problem> problems = new ArrayList<>();
        List<Message> ms = read(file, problems);
        assertThat(ms).hasSize(674 + 1);
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.source().format()).isEqualTo("warc");
            assertThat(m.source().path()).isEqualTo(file.toString());
        });
        assertThat(ms.get(0).source().url()).isEqualTo(BASE + "2005-March.txt.gz");
        assertThat(ms.get(0).url()).as("a text archive is not one message's page").isNull();
        Message fromPage = ms.get(674);
        assertThat(fromPage.url()).isEqualTo(BASE + "2005-March/042182.html");
        assertThat(fromPage.messageId()).isEqualTo("<200503021458.32250.TheBadBob@gmail.com>");
        // robots.txt is in every crawl and is no archive by design; any other stray file is reported
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file + "#4 " + BASE + "notes.css");
            assertThat(p.reason()).contains("not a recognised archive format");
        });
        // and through readBatch the page and the text archive are one message each
        assertThat(Archives.readBatch(List.of(file)).messages()).hasSize(337);
    }

    @Test
    void responsesOtherThanSuccessAreSkippedWithoutAProblem(@TempDir Path dir) throws IOException {
        String mbox = "From a@b.org Thu Mar  3 11:14:52 2005\nFrom: a@b.org\nSubject: kept\n\nbody\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.NONE)) {
            for (int status : new int[] {404, 304, 503, 200}) {
                HttpResponse http = new HttpResponse.Builder(status, "X")
                        .body(org.netpreserve.jwarc.MediaType.parse("text/plain"),
                                (status == 200 ? mbox : "Not here").getBytes(StandardCharsets.US_ASCII)).build();
                w.write(new WarcResponse.Builder(URI.create("http://h/" + status + ".mbox")).date(Instant.EPOCH).body(http).build());
            }
        }
        Path file = dir.resolve("crawl.warc");
        Files.write(file, out.toByteArray());
        List<Problem> problems = new ArrayList<>();
        List<Message> ms = read(file, problems);
        assertThat(ms).extracting(Message::subject).containsExactly("kept");
        assertThat(problems).isEmpty();
    }

    @Test
    void aTornLastRecordIsAProblemNotGarbage(@TempDir Path dir) throws IOException {
        String mbox = "From a@b.org Thu Mar  3 11:14:52 2005\nFrom: a@b.org\nSubject: first\n\nbody one\n";
        byte[] all = warc(false, "http://h/one.mbox", mbox.getBytes(StandardCharsets.US_ASCII),
                "http://h/two.mbox", mbox.replace("first", "second").repeat(20).getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("torn.warc");
        Files.write(file, Arrays.copyOf(all, all.length - 400));
        List<Problem> problems = new ArrayList<>();
        List<Message> ms = read(file, problems);
        assertThat(ms).extracting(Message::subject).containsExactly("first");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).startsWith(file + "#2");
            assertThat(p.reason()).contains("torn");
        });
    }

    /** A pipermail page in UTF-8, and the month's text archive, where pipermail wrote its "å" as "?". */
    private static final String PAGE = "<HTML>\n <HEAD>\n   <TITLE> [Twisted-Python] Rect over pb\n   </TITLE>\n"
            + "   <META http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n </HEAD>\n <BODY>\n"
            + "   <H1>[Twisted-Python] Rect over pb</H1>\n    <B>Tim Terlegård</B> \n"
            + "    <A HREF=\"mailto:twisted-python%40twistedmatrix.com\" TITLE=\"[Twisted-Python] Rect over pb\">tim at se.linux.org\n"
            + "       </A><BR>\n    <I>Sun Jan 23 14:18:22 MST 2005</I>\n    <P><UL>\n"
            + "       </UL>\n    <HR>  \n<!--beginarticle-->\n<PRE>Hej, this is Tim Terlegård.\nIt works over pb now.\n</PRE>\n\n"
            + "<!--endarticle-->\n    <HR>\n</body></html>\n";
    private static final String TEXT = "From tim at se.linux.org  Sun Jan 23 14:18:22 2005\n"
            + "From: tim at se.linux.org (=?iso-8859-1?Q?Tim_Terleg=E5rd?=)\n"
            + "Date: Sun, 23 Jan 2005 22:18:22 +0100\nSubject: [Twisted-Python] Rect over pb\n"
            + "Message-ID: <20050123.tim@se.linux.org>\n\nHej, this is Tim Terleg?rd.\nIt works over pb now.\n\n";

    @Test
    void aMessageReadFromAWarcKeepsTheBodyOfItsPageAsTheMirrorOfTheSameCrawlDoes(@TempDir Path dir) throws IOException {
        Path month = Files.createDirectories(dir.resolve("twisted-python/2005-January"));
        Files.writeString(month.resolve("041861.html"), PAGE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("twisted-python/2005-January.txt"), TEXT, StandardCharsets.US_ASCII);
        List<Message> mirrored = Archives.readBatch(List.of(dir.resolve("twisted-python"))).messages();
        assertThat(mirrored).singleElement().satisfies(m -> assertThat(m.body()).contains("Tim Terlegård."));
        byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] text = TEXT.getBytes(StandardCharsets.US_ASCII);
        for (boolean pageFirst : List.of(true, false)) {
            Path file = dir.resolve("crawl-" + pageFirst + ".warc.gz");
            Files.write(file, pageFirst
                    ? warc(true, BASE + "2005-January/041861.html", page, BASE + "2005-January.txt", text)
                    : warc(true, BASE + "2005-January.txt", text, BASE + "2005-January/041861.html", page));
            List<Message> captured = Archives.readBatch(List.of(file)).messages();
            assertThat(captured).as("page first: " + pageFirst).singleElement().satisfies(m -> {
                assertThat(m.body()).isEqualTo(mirrored.get(0).body());
                assertThat(m.segments()).isEqualTo(mirrored.get(0).segments());
                assertThat(m.source().url()).isEqualTo(BASE + "2005-January/041861.html");
            });
        }
    }

    @Test
    void aCopyReadFromAWarcRanksAsTheFileItsTargetNames() {
        assertThat(WarcParser.heldFormat(new Source("c.warc.gz", BASE + "2005-January/041861.html", "warc"))).isEqualTo("pipermail-html");
        assertThat(WarcParser.heldFormat(new Source("c.warc.gz", BASE + "2005-January.txt.gz", "warc"))).isEqualTo("pipermail-txt");
        assertThat(WarcParser.heldFormat(new Source("c.warc.gz", "http://h/a/cypherpunks-1993.mbox.gz?x=1", "warc"))).isEqualTo("mbox");
        assertThat(WarcParser.heldFormat(new Source("c.warc.gz", "http://h/a/notes", "warc"))).isEqualTo("warc");
        assertThat(WarcParser.heldFormat(new Source("a/2005-January.txt", null, "pipermail-txt"))).isEqualTo("pipermail-txt");
    }
}
