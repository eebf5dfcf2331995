package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.model.Annotation;
import org.listscope.model.Message;
import org.listscope.model.SegmentKind;

class HtmlWriterTest {

    /** Every element the report itself makes; anything else came from message text. */
    private static final Set<String> TAGS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "header",
            "h1", "h2", "h3", "p", "dl", "dt", "dd", "section", "span", "nav", "ol", "li", "a", "main", "article", "div",
            "details", "summary", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class", "id", "href",
            "title", "style", "data-depth");

    @TempDir
    Path dir;

    private Document export(List<Message> messages) throws Exception {
        Path out = dir.resolve("report.html");
        Exporters.export(new HtmlWriter(), messages, Fixtures.provenance(), out);
        return Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void messageTextNeverBecomesMarkup() throws Exception {
        Document doc = export(List.of(Fixtures.hostile()));
        assertOnlyOwnMarkup(doc);
        assertThat(doc.select("script, img, iframe, svg, b, i, u, em, blink")).isEmpty();
        String text = doc.body().text();
        assertThat(text).contains("<script>alert('body')</script>", "<img src=x onerror=alert(1)>",
                "<script>alert('subject')</script>", "<b onclick=alert(9)>Mallory</b>", "<blink>warning</blink>",
                "<iframe src=\"javascript:alert(2)\"></iframe>");
        assertThat(doc.select("a[href^=javascript]")).isEmpty();
    }

    @Test
    void realArchivesFullOfCodeAndMarkupStayText() throws Exception {
        // twisted-python posts hold Python, HTML templates and tracebacks
        Path in = SharedCorpus.path("corpus/pipermail/twisted-python/2005-March.txt.gz");
        List<Message> messages = org.listscope.parse.Archives.readBatch(List.of(in)).messages();
        Document doc = export(messages);
        assertOnlyOwnMarkup(doc);
        List<Message> ordered = ThreadOrder.messages(messages);
        assertThat(doc.select("article")).hasSize(ordered.size());
        for (int i = 0; i < ordered.size(); i += 17) {
            StringBuilder shown = new StringBuilder();
            for (Element seg : doc.getElementById("m" + i).select("div.seg")) shown.append(seg.wholeText());
            assertThat(shown.toString()).isEqualTo(ordered.get(i).body());
        }
    }

    private static void assertOnlyOwnMarkup(Document doc) {
        for (Element e : doc.getAllElements()) {
            assertThat(TAGS).as("element <%s>", e.tagName()).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(ATTRIBUTES).as("attribute %s on <%s>", a.getKey(), e.tagName()).contains(a.getKey());
            }
            if (e.hasAttr("href")) {
                assertThat(e.attr("href")).matches("#m\\d+(-a\\d+)?|https?://.*");
            }
            if (e.hasAttr("class")) {
                assertThat(e.attr("class")).matches("[a-z0-9 -]+");
            }
            if (e.hasAttr("style")) {
                assertThat(e.attr("style")).matches("--d:\\d+");
            }
            if (e.hasAttr("id")) {
                assertThat(e.id()).matches("m\\d+(-a\\d+)?|legend|threads|citations");
            }
        }
    }

    @Test
    void showsTheBodyExactlyOnceWithQuotesFolded() throws Exception {
        Document doc = export(Fixtures.calea());
        List<Message> ordered = ThreadOrder.messages(Fixtures.calea());
        for (int i = 0; i < ordered.size(); i++) {
            Element body = doc.getElementById("m" + i).selectFirst("div.body");
            StringBuilder shown = new StringBuilder();
            for (Element seg : body.select("div.seg")) shown.append(seg.wholeText());
            assertThat(shown.toString()).isEqualTo(ordered.get(i).body());
        }
        Element quote = doc.getElementById("m1").selectFirst("details.fold");
        assertThat(quote).isNotNull();
        assertThat(quote.hasAttr("open")).isFalse();
        assertThat(quote.selectFirst("summary").text()).isEqualTo("quoted from Todd Glassey, 1 line, 1 annotation");
        assertThat(quote.selectFirst("div.seg-quote").wholeText()).isEqualTo("> providers must be able to intercept.\n");
    }

    @Test
    void aForwardedMessageIsFoldedAsForwarded() throws Exception {
        List<Message> thread = Fixtures.calea().stream().map(m -> m.withSegments(m.segments().stream()
                .map(s -> s.kind() == SegmentKind.QUOTE ? s.asForwarded() : s).toList())).toList();
        Element fold = export(thread).getElementById("m1").selectFirst("details.fold");
        assertThat(fold.selectFirst("summary").text()).isEqualTo("forwarded from Todd Glassey, 1 line, 1 annotation");
    }

    @Test
    void linesFoundToRepeatAnEarlierMessageAreFoldedAsCopied() throws Exception {
        List<Message> thread = Fixtures.calea().stream().map(m -> m.withSegments(m.segments().stream()
                .map(s -> s.kind() == SegmentKind.QUOTE ? s.withQuoted(null, null).asCopied() : s).toList())).toList();
        Element fold = export(thread).getElementById("m1").selectFirst("details.fold");
        assertThat(fold.selectFirst("summary").text()).isEqualTo("copied from an earlier message, 1 line, 1 annotation");
    }

    @Test
    void anUnnamedQuoteNamesTheAuthorOfTheMessageItWasFoundInAndLinksIt() throws Exception {
        List<Message> thread = Fixtures.calea().stream().map(m -> m.withSegments(m.segments().stream()
                .map(s -> s.kind() == SegmentKind.QUOTE ? s.withQuoted(null, null).withSource("<root@example.net>", 72, 109) : s)
                .toList())).toList();
        Element summary = export(thread).getElementById("m1").selectFirst("details.fold summary");
        assertThat(summary.text()).isEqualTo("quoted from Todd Glassey, 1 line, 1 annotation · source");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo("#m0");
        List<Message> copied = thread.stream().map(m -> m.withSegments(m.segments().stream()
                .map(s -> s.kind() == SegmentKind.QUOTE ? s.asCopied() : s).toList())).toList();
        assertThat(export(copied).getElementById("m1").selectFirst("details.fold summary").text())
                .isEqualTo("copied from Todd Glassey, 1 line, 1 annotation · source");
    }

    @Test
    void highlightsEveryAnnotationAtItsOffsetsByKind() throws Exception {
        Document doc = export(Fixtures.calea());
        List<Message> ordered = ThreadOrder.messages(Fixtures.calea());
        for (int i = 0; i < ordered.size(); i++) {
            List<Annotation> anns = ordered.get(i).annotations();
            for (int j = 0; j < anns.size(); j++) {
                Annotation a = anns.get(j);
                String cls = (a.type().equals("claim") ? "k-" : "c-") + a.kind();
                StringBuilder covered = new StringBuilder();
                for (Element span : doc.getElementById("m" + i).select("span.ann." + cls)) covered.append(span.wholeText());
                assertThat(covered.toString()).as(a.toString()).contains(a.text());
                assertThat(doc.getElementById(HtmlBody.anchor(i, j))).as("anchor of " + a.text()).isNotNull();
            }
        }
        assertThat(doc.select("section.legend span.sw").eachText())
                .contains("obligation (2)", "legal-fact (2)", "usc (1)", "rfc (1)", "eu-law (1)");
        assertThat(doc.selectFirst("style").data()).contains(".claim.k-obligation").contains(".cite.c-usc");
    }

    @Test
    void listsCitationsWithLinksAndTheThreadTree() throws Exception {
        Document doc = export(Fixtures.calea());
        List<String> refs = new ArrayList<>();
        for (Element row : doc.select("#citations tbody tr")) refs.add(row.select("td").get(1).text());
        assertThat(refs).containsExactly("47 U.S.C. § 1001", "RFC 2119", "Directive 2006/24/EC");
        assertThat(doc.select("#citations a[href]").eachAttr("href"))
                .contains("https://www.rfc-editor.org/rfc/rfc2119", "#m0-a0", "#m2-a0");
        assertThat(doc.select("nav li").eachAttr("style")).containsExactly("--d:0", "--d:1", "--d:2");
        assertThat(doc.select("nav li a").eachAttr("href")).containsExactly("#m0", "#m1", "#m2");
        assertThat(doc.select("header dd").eachText()).contains("calea AND topic:lawful-intercept", "/tmp/index",
                "2026-01-02T03:04:05Z", "listscope test");
        assertThat(doc.getElementById("m0").select("div.meta").eachText()).contains("topics: lawful-intercept");
        assertThat(doc.select("section.legend p").eachText()).contains("Topics (messages whose own words discuss each): lawful-intercept (1).");
        assertThat(doc.select("section.thread > p.meta").eachText()).containsExactly("topics: lawful-intercept (1)");
        assertThat(doc.getElementById("m1").select("div.meta").eachText()).noneMatch(t -> t.startsWith("topics:"));
        assertThat(doc.getElementById("m2").text()).contains("garbage date +50579034")
                .contains("https://mailman.nanog.org/pipermail/nanog/2007-May/000003.html");
    }

    @Test
    void opensOfflineWithoutAnyExternalResource() throws Exception {
        Document doc = export(Fixtures.calea());
        assertThat(doc.select("link, script, img, iframe, object, embed, [src]")).isEmpty();
        assertThat(doc.selectFirst("style").data()).doesNotContain("url(", "@import");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }
}
