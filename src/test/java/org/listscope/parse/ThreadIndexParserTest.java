package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;

class ThreadIndexParserTest {

    static final String PAGE = """
            <HTML><HEAD><title>The Twisted-Python March 2005 Archive by thread</title></HEAD><BODY>
            <ul>
            <!--0 01109775512.42182- -->
            <LI><A HREF="042182.html">[Twisted-Python] Need SSH help
            </A><A NAME="42182">&nbsp;</A>
            <I>Bad_Bob
            </I>
            <UL>
            <!--1 01109775512.42182-01109797232.42183- -->
            <LI><A HREF="042183.html">[Twisted-Python] Need SSH help
            </A><A NAME="42183">&nbsp;</A><I>Paul Swartz</I>
            <UL>
            <!--2 01109775512.42182-01109797232.42183-01109780504.42184- -->
            <LI><A HREF="042184.html">Re: SSH &amp; keys</A><A NAME="42184">&nbsp;</A><I>Bad_Bob</I>
            <UL>
            <!--3 01109775512.42182-01109797232.42183-01109780504.42184-01109800017.42185- -->
            <LI><A HREF="042185.html">x</A><A NAME="42185">&nbsp;</A><I>Paul Swartz</I>
            <!--3 01109775512.42182-01109797232.42183-01109780504.42184-01109800017.42185-01109800099.42186- -->
            <LI><A HREF="042186.html">deeper than drawn</A><A NAME="42186">&nbsp;</A><I>Bad_Bob</I>
            </UL></UL></UL>
            <!--0 01128385184/4341CAA0.6000600@kenkinder.com- -->
            <LI><A HREF="011562.html">Unicode</A><A NAME="11562">&nbsp;</A><I>Ken Kinder</I>
            <UL>
            <!--1 01128385184/4341CAA0.6000600@kenkinder.com-01128386614.44071- -->
            <LI><A HREF="044071.html">Unicode</A><A NAME="44071">&nbsp;</A><I>Antoine Pitrou</I>
            </UL>
            <!--0 01128000000/lost-parent@example.org-01128386999.44080- -->
            <LI><A HREF="044080.html">Elsewhere</A><A NAME="44080">&nbsp;</A><I>Someone</I>
            </ul></BODY></HTML>
            """;

    private static ThreadIndex read(String url) throws Exception {
        Input in = Input.of("thread.html", url, PAGE.getBytes(StandardCharsets.UTF_8));
        ThreadIndexParser p = new ThreadIndexParser();
        assertThat(p.accepts(in)).isTrue();
        List<ThreadIndex> got = new ArrayList<>();
        p.parse(in, new Sink() {
            @Override public void message(Message message) { }
            @Override public void threadIndex(ThreadIndex index) { got.add(index); }
            @Override public void problem(Problem problem) { }
        });
        assertThat(got).hasSize(1);
        return got.get(0);
    }

    @Test
    void readsEntriesWithResolvedUrls() throws Exception {
        ThreadIndex ix = read("https://example.org/pipermail/twisted-python/2005-March/thread.html");
        assertThat(ix.list()).isEqualTo("twisted-python");
        assertThat(ix.entries()).hasSize(8);
        ThreadIndex.Entry first = ix.entries().get(0);
        assertThat(first.url()).isEqualTo("https://example.org/pipermail/twisted-python/2005-March/042182.html");
        assertThat(first.parentUrl()).isNull();
        assertThat(first.subject()).isEqualTo("[Twisted-Python] Need SSH help");
        assertThat(first.author()).isEqualTo("Bad_Bob");
        assertThat(ix.entries().get(2).subject()).isEqualTo("Re: SSH & keys");
    }

    @Test
    void parentComesFromTheKeyNotTheIndentation() throws Exception {
        ThreadIndex ix = read("https://example.org/a/2005-March/thread.html");
        ThreadIndex.Entry deep = ix.entries().get(4);
        assertThat(deep.url()).endsWith("/042186.html");
        assertThat(deep.parentUrl()).endsWith("/042185.html");
        assertThat(ix.entries().get(3).parentUrl()).endsWith("/042184.html");
    }

    @Test
    void parentsKnownByMessageIdAreResolvedOrGivenAsMidUrls() throws Exception {
        ThreadIndex ix = read("https://example.org/a/2005-October/thread.html");
        assertThat(ix.entries().get(6).parentUrl()).endsWith("/011562.html");
        assertThat(ix.entries().get(7).parentUrl()).isEqualTo("mid:lost-parent@example.org");
    }

    @Test
    void localFilesResolveAgainstTheirFolder() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tix");
        java.nio.file.Path f = dir.resolve("thread.html");
        java.nio.file.Files.writeString(f, PAGE);
        List<ThreadIndex> got = new ArrayList<>();
        boolean read = Archives.read(Input.of(f), new Sink() {
            @Override public void message(Message message) { }
            @Override public void threadIndex(ThreadIndex index) { got.add(index); }
            @Override public void problem(Problem problem) { }
        });
        assertThat(read).isTrue();
        assertThat(got.get(0).entries().get(0).url()).isEqualTo(dir.resolve("042182.html").toString());
    }

    @Test
    void otherPipermailIndexesAreNotTaken() throws Exception {
        String date = PAGE.replace("Archive by thread", "Archive by date").replaceAll("<!--\\d+ [^>]*-->", "");
        Input in = Input.of("date.html", null, date.getBytes(StandardCharsets.UTF_8));
        assertThat(new ThreadIndexParser().accepts(in)).isFalse();
    }
}
