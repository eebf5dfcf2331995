package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

class HypermailPageParserTest {

    /** A W3C Hypermail 2.3 page as public-privacy@w3.org's archive serves it, fields as entities. */
    private static String w3cPage(String irt, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
                + "<meta name=\"generator\" content=\"hypermail 2.3.1, see http://www.hypermail-project.org/\" />\n"
                + "<title>Re: sensor calibration from Nick Doty on 2020-01-30 (public-privacy@w3.org from January to March 2020)</title>\n"
                + "</head>\n<body>\n<h1>Re: sensor calibration</h1>\n"
                + "<!-- received=\"Thu Jan 30 23:47:22 2020\" -->\n<!-- isoreceived=\"20200130234722\" -->\n"
                + "<!-- sent=\"Thu, 30 Jan 2020 18:47:14 -0500\" -->\n<!-- isosent=\"20200130234714\" -->\n"
                + "<!-- name=\"Nick Doty\" -->\n<!-- email=\"npdoty&#x40;&#0105;school.berkeley.edu\" -->\n"
                + "<!-- subject=\"Re: sensor &quot;calibration&quot;\" -->\n<!-- id=\"8BD20A82@ischool.berkeley.edu\" -->\n"
                + "<!-- charset=\"utf-8\" -->\n" + (irt == null ? "" : "<!-- inreplyto=\"" + irt + "\" -->\n")
                + "<!-- expires=\"-1\" -->\n<!-- body=\"start\" -->\n<div class=\"mail\">\n<address class=\"headers\">\n"
                + "<span id=\"from\"><dfn>From</dfn>: Nick Doty</span><br />\n</address>\n"
                + "<pre id=\"body\">\n<a name=\"start\" accesskey=\"j\" id=\"start\"></a>" + body + "</pre>\n"
                + "<span id=\"received\"><dfn>Received on</dfn> Thursday, 30 January 2020 23:47:22 UTC</span>\n</div>\n"
                + "<!-- body=\"end\" -->\n<div class=\"foot\"><a href=\"0004.html\">Next message</a></div>\n</body>\n</html>\n";
    }

    private static Message parse(String name, String html) {
        return Collected.read(name, html).only();
    }

    @Test
    void readsTheFieldsHypermailWritesAsComments() {
        Message m = parse("2020JanMar/0012.html", w3cPage("CABQ&#64;mail.gmail.com", "Hello.\n"));
        assertThat(m.subject()).isEqualTo("Re: sensor \"calibration\"");
        assertThat(m.from().name()).isEqualTo("Nick Doty");
        assertThat(m.from().address()).isEqualTo("npdoty@ischool.berkeley.edu");
        assertThat(m.date()).isEqualTo("2020-01-30T23:47:14Z");
        assertThat(m.dateShown()).isEqualTo("Thu, 30 Jan 2020 18:47:14 -0500");
        assertThat(m.messageId()).isEqualTo("<8BD20A82@ischool.berkeley.edu>");
        assertThat(m.id()).isEqualTo("<8BD20A82@ischool.berkeley.edu>");
        assertThat(m.inReplyTo()).containsExactly("<CABQ@mail.gmail.com>");
        assertThat(m.list()).isEqualTo("public-privacy");
        assertThat(m.source().format()).isEqualTo("hypermail-html");
        assertThat(m.warnings()).isEmpty();
    }

    @Test
    void theBodyIsThePreformattedTextWithItsLinksAsText() {
        Message m = parse("0012.html", w3cPage(null, "See <a href=\"http://dnscookie.com/\">http://dnscookie.com/</a> &amp; more.\n\n"
                + "&gt; On Jan 15, 2020, Paul Jensen wrote:\n&gt; Here's our proposal.\n"));
        assertThat(m.body()).isEqualTo("See http://dnscookie.com/ & more.\n\n> On Jan 15, 2020, Paul Jensen wrote:\n> Here's our proposal.");
        assertThat(m.inReplyTo()).isEmpty();
        assertThat(m.segments()).extracting(Segment::kind).contains(SegmentKind.ATTRIBUTION, SegmentKind.QUOTE);
        assertThat(m.body()).doesNotContain("Received on").doesNotContain("Next message");
    }

    @Test
    void aPageWithoutTheW3csPreIsReadBetweenTheBodyMarkers() {
        String html = "<html><head><meta name=\"generator\" content=\"hypermail 2.1.8\" />"
                + "<title>policy from Ann Lee on 2005-01-03 (lists@example.org from January 2005)</title></head><body>\n"
                + "<!-- sent=\"Mon, 3 Jan 2005 10:00:00 +0000\" -->\n<!-- name=\"Ann Lee\" -->\n<!-- email=\"ann@example.org\" -->\n"
                + "<!-- subject=\"policy\" -->\n<!-- id=\"1@example.org\" -->\n<!-- body=\"start\" -->\n"
                + "<p>\nFirst line<br />\n<em class=\"quotelev1\">&gt; quoted</em><br />\n<p>Last.\n"
                + "<!-- body=\"end\" -->\n<hr /><p>footer</p></body></html>\n";
        Message m = parse("example/0001.html", html);
        assertThat(m.body()).isEqualTo("First line\n> quoted\nLast.");
        assertThat(m.from().address()).isEqualTo("ann@example.org");
        assertThat(m.list()).isEqualTo("lists");
    }

    @Test
    void aSentDateHypermailCouldNotReadFallsBackToIsosentInUtc() {
        String html = w3cPage(null, "x\n").replace("Thu, 30 Jan 2020 18:47:14 -0500", "garbage");
        assertThat(parse("0012.html", html).date()).isEqualTo("2020-01-30T23:47:14Z");
    }

    @Test
    void aPageCutBeforeItsFieldsIsAProblemNamingTheFile() {
        String cut = "<html><head><meta name=\"generator\" content=\"hypermail 2.3.1\" /></head><body>\n<!-- body=\"start\" -->\n<pre id=\"body\">x";
        Collected c = Collected.read("public-privacy/2020AprJun/0007.html", cut);
        assertThat(c.messages).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("public-privacy/2020AprJun/0007.html");
            assertThat(p.reason()).contains("without its message fields");
        });
    }

    @Test
    void recognisesHypermailMessagePagesOnly() throws IOException {
        HypermailPageParser p = new HypermailPageParser();
        assertThat(p.accepts(Input.of("0012.html", null, w3cPage(null, "x\n").getBytes(StandardCharsets.UTF_8)))).isTrue();
        String index = "<html><head><meta name=\"generator\" content=\"hypermail 2.3.1\" /><title>public-privacy@w3.org from"
                + " January to March 2020 by date</title></head><body><ul><li><a href=\"0012.html\">x</a></li></ul></body></html>";
        assertThat(p.accepts(Input.of("index.html", null, index.getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(p.accepts(Input.of("page.html", null, "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }
}
