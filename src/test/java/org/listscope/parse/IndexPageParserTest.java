package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndexPageParserTest {

    private static boolean accepts(String text) throws Exception {
        return new IndexPageParser().accepts(Input.of("x.html", null, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsMonthIndexesOfBothGenerations() throws Exception {
        assertThat(accepts("<HTML>\n  <HEAD>\n     <title>The Twisted-Python March 2005 Archive by date</title>")).isTrue();
        assertThat(accepts("<HTML><HEAD><title>The Divunal-devel 1999-July Archive by Thread</title>")).isTrue();
        assertThat(accepts("<HTML><HEAD><title>The Twisted-Python April 2001 Archive by author</title>")).isTrue();
    }

    @Test
    void acceptsTheListIndex() throws Exception {
        assertThat(accepts("<HTML><HEAD><title>The Divunal-devel Archives</title></HEAD>")).isTrue();
    }

    @Test
    void acceptsASymlinkTurnedIntoAFile() throws Exception {
        assertThat(accepts("thread.html")).isTrue();
        assertThat(accepts("thread.html\n")).isTrue();
        assertThat(accepts("thread.html is where the threads are")).isFalse();
    }

    @Test
    void acceptsHypermailIndexesButNotItsMessagePages() throws Exception {
        String head = "<html><head><meta name=\"generator\" content=\"hypermail 2.4.0, see http://www.hypermail-project.org/\" />\n";
        assertThat(accepts(head + "<title>public-privacy@w3.org from April to June 2020: by date</title></head>")).isTrue();
        assertThat(accepts("<html><head><title>public-privacy@w3.org Mail Archives</title>")).isTrue();
        assertThat(accepts(head + "<title>x</title></head><body>\n<!-- isosent=\"20200130234714\" -->\n<!-- body=\"start\" -->")).isFalse();
    }

    @Test
    void refusesMessagePages() throws Exception {
        assertThat(accepts("<TITLE> The Archives by date</TITLE>\n<!--beginarticle-->\n<PRE>x</PRE>")).isFalse();
        assertThat(accepts("<TITLE> [Twisted-Python] Need SSH help</TITLE>")).isFalse();
    }

    @Test
    void indexPagesYieldNoMessageAndNoProblem() {
        Collected c = Collected.read("l/2005-March/date.html",
                "<HTML><HEAD><title>The L March 2005 Archive by date</title></HEAD><BODY><ul><LI><A HREF=\"000001.html\">x</A></ul>");
        assertThat(c.messages).isEmpty();
        assertThat(c.problems).isEmpty();
    }
}
