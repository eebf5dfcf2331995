package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.listscope.model.Message;

class PipermailPageParserTest {

    /** A Mailman 2.1 page (newer generation), as in twisted-python 2005 and 2019. */
    private static String page21(String charset, String author, String link, String date, String irt, String body) {
        String href = "mailto:twisted-python%40twistedmatrix.com?Subject=Re%3A%20%5BTwisted-Python%5D%20Need%20SSH%20help&In-Reply-To=" + irt;
        return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML>\n <HEAD>\n"
                + "   <TITLE> [Twisted-Python] Need SSH help\n   </TITLE>\n"
                + "   <LINK REL=\"Index\" HREF=\"index.html\" >\n"
                + "   <LINK REL=\"made\" HREF=\"" + href + "\">\n"
                + "   <style type=\"text/css\">\n       pre {\n           white-space: pre-wrap;\n           }\n   </style>\n"
                + (charset == null ? "" : "   <META http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset + "\">\n")
                + " </HEAD>\n <BODY BGCOLOR=\"#ffffff\">\n   <H1>[Twisted-Python] Need SSH help</H1>\n"
                + "    <B>" + author + "</B> \n"
                + "    <A HREF=\"" + href + "\"\n       TITLE=\"[Twisted-Python] Need SSH help\">" + link + "\n       </A><BR>\n"
                + "    <I>" + date + "</I>\n    <P><UL>\n"
                + "         <LI> <B>Messages sorted by:</B> \n              <a href=\"date.html#42183\">[ date ]</a>\n"
                + "         </LI>\n       </UL>\n    <HR>  \n<!--beginarticle-->\n<PRE>" + body + "</PRE>\n\n<!--endarticle-->\n"
                + "    <HR>\n<hr>\n<a href=\"http://twistedmatrix.com/cgi-bin/mailman/listinfo/twisted-python\">More information about the Twisted-Python\nmailing list</a><br>\n</body></html>\n";
    }

    private static String page21(String body) {
        return page21("us-ascii", "Paul Swartz", "z3p at twistedmatrix.com", "Wed Mar  2 14:00:32 MST 2005",
                "%3C1109797232.19830.2.camel%40petra%3E", body);
    }

    /** A Mailman 1.x/2.0 page, as in divunal-devel 1999: no charset, no footer, the author's mailto. */
    private static final String PAGE_20 = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2//EN\">\n<HTML>\n <HEAD>\n"
            + "   <TITLE> [Divunal-devel] The Problem with Perspectives</TITLE>\n"
            + "   <LINK REL=\"made\" HREF=\"mailto:glyph%40divunal.com\">\n </HEAD>\n <BODY BGCOLOR=\"#ffffff\">\n"
            + "   <H1>[Divunal-devel] The Problem with Perspectives</H1>\n    <B>Glyph Lefkowitz</B> \n"
            + "    <A HREF=\"mailto:glyph%40divunal.com\"\n       TITLE=\"[Divunal-devel] The Problem with Perspectives\">glyph@divunal.com</A><BR>\n"
            + "    <I>Tue, 20 Jul 1999 10:12:08 -0400 (EDT)</I>\n    <P><UL>\n"
            + "              <a href=\"date.html#40\">[ date ]</a>\n       </UL>\n    <HR>  \n"
            + "<!--beginarticle-->\n<PRE>Interesting!\n\n&gt;<i> How about this:\n</I>\n</pre>\n\n\n<!--endarticle-->\n"
            + "    <HR>\n</body></html>\n";

    private static Message parse(String name, String html) {
        return Collected.read(name, html).only();
    }

    @Test
    void readsTheHeaderOfANewerPage() {
        Message m = parse("twisted-python/2005-March/042183.html", page21("Hello.\n"));
        assertThat(m.subject()).isEqualTo("[Twisted-Python] Need SSH help");
        assertThat(m.from().name()).isEqualTo("Paul Swartz");
        assertThat(m.from().address()).isEqualTo("z3p@twistedmatrix.com");
        assertThat(m.from().shown()).isEqualTo("Paul Swartz z3p at twistedmatrix.com");
        assertThat(m.date()).isEqualTo("2005-03-02T21:00:32Z");
        assertThat(m.dateShown()).isEqualTo("Wed Mar  2 14:00:32 MST 2005");
        assertThat(m.list()).isEqualTo("twisted-python");
        assertThat(m.source().format()).isEqualTo("pipermail-html");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void takesTheOwnMessageIdFromTheReplyLinkAsId() {
        Message m = parse("x/2005-March/042183.html", page21("Hello.\n"));
        assertThat(m.messageId()).isEqualTo("<1109797232.19830.2.camel@petra>");
        assertThat(m.id()).isEqualTo("<1109797232.19830.2.camel@petra>");
        assertThat(m.inReplyTo()).isEmpty();
    }

    @Test
    void withoutMessageIdTheIdComesFromListMonthAndNumber() {
        Message m = parse("mirror/twisted-python/2005-March/042183.html", page21("us-ascii", "Paul Swartz",
                "z3p at twistedmatrix.com", "Wed Mar  2 14:00:32 MST 2005", "", "Hello.\n"));
        assertThat(m.messageId()).isNull();
        assertThat(m.id()).isEqualTo("twisted-python/2005-March/042183");
    }

    @Test
    void urlComesFromTheInputOnly() {
        String url = "http://twistedmatrix.com/pipermail/twisted-python/2005-March/042183.html";
        Collected c = Collected.read(Input.of(url, url, page21("Hi\n").getBytes(StandardCharsets.US_ASCII)));
        assertThat(c.only().url()).isEqualTo(url);
        assertThat(c.only().source().url()).isEqualTo(url);
        assertThat(parse("local/2005-March/042183.html", page21("Hi\n")).url()).isNull();
    }

    @Test
    void bodyHasQuoteMarkupRemovedEntitiesResolvedAndLinksAsText() {
        String body = "&gt;<i> Size of data types is &quot;irrelevant&quot;\n</I>&gt;<i> \n</I>\n"
                + "See <A HREF=\"http://twistedmatrix.com/trac/\">http://twistedmatrix.com/trac/</A> &amp; more.\n\n\n";
        Message m = parse("l/2005-March/000001.html", page21(body));
        assertThat(m.body()).isEqualTo("> Size of data types is \"irrelevant\"\n> \n\nSee http://twistedmatrix.com/trac/ & more.");
    }

    @Test
    void segmentsCoverTheBody() {
        Message m = parse("l/2005-March/000001.html", page21("one\n\ntwo\n"));
        assertThat(m.segments()).isNotEmpty();
        assertThat(m.segments().get(0).start()).isZero();
        assertThat(m.segments().get(m.segments().size() - 1).end()).isEqualTo(m.body().length());
    }

    @Test
    void readsTheOldestGeneration() {
        Message m = parse("divunal-devel/1999-July/000040.html", PAGE_20);
        assertThat(m.subject()).isEqualTo("[Divunal-devel] The Problem with Perspectives");
        assertThat(m.from().name()).isEqualTo("Glyph Lefkowitz");
        assertThat(m.from().address()).isEqualTo("glyph@divunal.com");
        assertThat(m.date()).isEqualTo("1999-07-20T14:12:08Z");
        assertThat(m.body()).isEqualTo("Interesting!\n\n> How about this:");
        assertThat(m.messageId()).isNull();
        assertThat(m.id()).isEqualTo("divunal-devel/1999-July/000040");
    }

    @Test
    void listComesFromTheTitlePrefixWithoutFooter() {
        assertThat(parse("Downloads/page.html", PAGE_20).list()).isEqualTo("divunal-devel");
    }

    @Test
    void authorMailtoIsUsedOnlyWhenItIsNotTheListsReplyLink() {
        String noText = PAGE_20.replace(">glyph@divunal.com</A>", "></A>");
        assertThat(parse("a/1999-July/000040.html", noText).from().address()).isEqualTo("glyph@divunal.com");
        String page = page21("us-ascii", "Someone", "", "Wed Mar  2 14:00:32 MST 2005", "", "x\n");
        Message m = parse("a/2005-March/000001.html", page);
        assertThat(m.from().address()).isNull();
        assertThat(m.warnings()).anyMatch(w -> w.contains("no author address"));
    }

    @Test
    void bareReplyLinkValueOnAnOlderPageIsInReplyTo() {
        String old = page21("us-ascii", "Jeff Silver", "jeff at jamcupboard.co.uk", "Tue Mar  1 12:48:58 EST 2005",
                "E1D5yF6-0004IU-03%40pyramid.twistedmatrix.com", "x\n")
                .replace("white-space: pre-wrap;", "")
                .replace("Subject=Re%3A%20%5BTwisted-Python%5D%20Need", "Subject=%5BTwisted-Python%5D%20Need");
        Message m = parse("t/2005-March/009673.html", old);
        assertThat(m.messageId()).isNull();
        assertThat(m.inReplyTo()).containsExactly("<E1D5yF6-0004IU-03@pyramid.twistedmatrix.com>");
        assertThat(m.id()).isEqualTo("twisted-python/2005-March/009673");
    }

    @Test
    void anAddressShownAsTheNameIsNoName() {
        Message m = parse("a/2005-March/000001.html", page21("utf-8", "glyph at divmod.com", "glyph at divmod.com",
                "Wed Mar  9 23:35:35 MST 2005", "%3Cx%40y%3E", "x\n"));
        assertThat(m.from().name()).isNull();
        assertThat(m.from().address()).isEqualTo("glyph@divmod.com");
        assertThat(m.from().shown()).isEqualTo("glyph at divmod.com");
    }

    @Test
    void anAddressWithoutDomainIsKeptInShownWithWarning() {
        Message m = parse("a/2001-April/000019.html", page21("us-ascii", "Allen Short", "washort at iceman",
                "Sat Apr  7 06:39:06 EDT 2001", "", "x\n"));
        assertThat(m.from().address()).isNull();
        assertThat(m.from().shown()).isEqualTo("Allen Short washort at iceman");
        assertThat(m.warnings()).anyMatch(w -> w.contains("washort at iceman"));
    }

    @Test
    void garbageDateBecomesNullWithWarning() {
        Message m = parse("a/1945-February/002044.html", page21("us-ascii", "Max Schubert", "pythondork at cgi-works.com",
                "Wed Feb  7 20:28:34 EDT 1945", "", "x\n"));
        assertThat(m.date()).isNull();
        assertThat(m.dateShown()).isEqualTo("Wed Feb  7 20:28:34 EDT 1945");
        assertThat(m.warnings()).anyMatch(w -> w.contains("implausible date"));
    }

    @Test
    void usAsciiPageHoldingLatin1IsDecodedWithWarning() {
        String html = page21("us-ascii", "Tim Terleg\u00e5rd", "tim at example.se", "Wed Mar  2 14:00:32 MST 2005",
                "%3Cx%40y%3E", "Hej d\u00e5!\n");
        Message m = Collected.read("a/2005-March/000001.html", html, StandardCharsets.ISO_8859_1).only();
        assertThat(m.from().name()).isEqualTo("Tim Terleg\u00e5rd");
        assertThat(m.body()).isEqualTo("Hej d\u00e5!");
        assertThat(m.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void pageWithoutCharsetHoldingUtf8IsReadAsUtf8() {
        Message m = Collected.read("a/2005-March/000001.html", page21(null, "Manuel Aristar\u00e1n", "m at example.org",
                "Wed Mar  2 14:00:32 MST 2005", "%3Cx%40y%3E", "\u00a1Hola!\n")).only();
        assertThat(m.from().name()).isEqualTo("Manuel Aristar\u00e1n");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void emptyArticleGivesAnEmptyBody() {
        String html = PAGE_20.replaceAll("(?s)<!--beginarticle-->.*<!--endarticle-->", "<!--beginarticle-->\n\n<!--endarticle-->");
        Message m = parse("twisted-python/2001-April/000049.html", html);
        assertThat(m.body()).isEmpty();
        assertThat(m.segments()).isEmpty();
    }

    @Test
    void truncatedPageIsRefusedWithReason() {
        String html = page21("Hello\n");
        String cut = html.substring(0, html.indexOf("Hello") + 3);
        Collected c = Collected.read("a/2005-March/000001.html", cut);
        assertThat(c.messages).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("a/2005-March/000001.html");
            assertThat(p.reason()).contains("truncated").contains("<!--endarticle-->");
        });
    }

    @Test
    void messagePageWithoutArticleMarkersIsRefusedWithReason() {
        String html = page21("Hello\n").replace("<!--beginarticle-->", "").replace("<!--endarticle-->", "");
        Collected c = Collected.read("a/2005-March/000001.html", html);
        assertThat(c.messages).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("<!--beginarticle-->"));
    }

    @Test
    void recognisedByContentNotByName() throws Exception {
        PipermailPageParser p = new PipermailPageParser();
        assertThat(p.accepts(Input.of("saved-page.txt", null, page21("x\n").getBytes(StandardCharsets.US_ASCII)))).isTrue();
        assertThat(p.accepts(Input.of("000001.html", null, "<html><body>hello</body></html>".getBytes(StandardCharsets.US_ASCII)))).isFalse();
    }

    @Test
    void readsTheArchiveNumberFromTheNavigationWhenTheNameHasNone() {
        Message m = parse("saved-page.htm", page21("us-ascii", "Paul Swartz", "z3p at twistedmatrix.com",
                "Wed Mar  2 14:00:32 MST 2005", "", "x\n"));
        assertThat(m.id()).isEqualTo("twisted-python/2005-March/042183");
    }

    @Test
    void refusesPagesOverTheSizeCap() {
        byte[] big = new byte[(int) PipermailPageParser.MAX_BYTES + 10];
        byte[] head = page21("x\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);
        assertThatThrownBy(() -> new PipermailPageParser().parse(Input.of("big.html", null, big), new Collected()))
                .isInstanceOf(ParseException.class).hasMessageContaining("10 MB");
    }

    @Test
    void everyTruncationOrCorruptionGivesAMessageOrAClearProblemNeverACrash() {
        String html = page21("&gt;<i> quoted &amp; linked <A HREF=\"http://x.example/\">http://x.example/</A>\n</I>own\n");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        java.util.Random r = new java.util.Random(5);
        for (int round = 0; round < 400; round++) {
            byte[] b;
            if (round < 200) {
                b = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            } else {
                b = bytes.clone();
                for (int k = 0; k < 5; k++) b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            Collected c = Collected.read(Input.of("l/2005-March/000001.html", null, b));
            assertThat(c.messages.size() + c.problems.size()).as("round %d", round).isEqualTo(1);
            assertThat(c.problems).as("round %d", round).noneMatch(p -> p.reason().startsWith("unreadable ("));
        }
    }
}
