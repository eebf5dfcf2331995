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
                assertThat(e.attr("style")).matches("--[dw]:\\d+");
            }
            if (e.hasAttr("id")) {
                assertThat(e.id()).matches("m\\d+(-a\\d+)?|legend|timeline|threads|citations");
            }
        }
    }

    /** The calea fixture's messages at these dates (null: no date), each under its own id. */
    private static List<Message> dated(String... dates) {
        List<Message> out = new java.util.ArrayList<>();
        Message m = Fixtures.calea().get(0);
        for (int i = 0; i < dates.length; i++) {
            out.add(m.toBuilder().id("<t" + i + "@example.net>").messageId("<t" + i + "@example.net>").threadId("<t" + i + "@example.net>")
                    .date(dates[i] == null ? null : java.time.Instant.parse(dates[i])).build());
        }
        return out;
    }

    private static List<String> rows(Document doc) {
        return doc.select("#timeline tr").stream().map(tr -> tr.child(0).text() + " " + tr.child(2).text() + " "
                + tr.child(1).child(0).attr("style")).toList();
    }

    @Test
    void aTimelineShowsTheMessagesPerIntervalEmptyOnesToo() throws Exception {
        Document months = export(dated("1994-02-27T10:00:00Z", "1994-02-28T23:59:59Z", "1994-05-01T00:00:00Z",
                "1993-12-31T23:00:00Z", null, "1995-03-15T12:00:00Z"));
        assertOnlyOwnMarkup(months);
        // 1993-12-31 to 1995-03-15 is over 60 weeks: one row a month, the empty ones with no bar
        List<String> monthly = rows(months);
        assertThat(monthly).hasSize(16).startsWith("1993-12 1 --w:50", "1994-01 0 --w:0", "1994-02 2 --w:100", "1994-03 0 --w:0",
                "1994-04 0 --w:0", "1994-05 1 --w:50", "1994-06 0 --w:0").endsWith("1995-02 0 --w:0", "1995-03 1 --w:50");
        assertThat(months.select("#timeline p").text()).isEqualTo("Messages per month (UTC), 1993-12 to 1995-03; 1 without a date.");
        // within 60 weeks, a row a week: a Sunday and the Monday after it are two
        List<String> weekly = rows(export(dated("1994-02-27T10:00:00Z", "1994-02-28T23:59:59Z", "1994-05-01T00:00:00Z")));
        assertThat(weekly).hasSize(10).startsWith("1994-W08 1 --w:100", "1994-W09 1 --w:100", "1994-W10 0 --w:0").endsWith("1994-W17 1 --w:100");
        Document days = export(dated("2007-05-11T20:00:00Z", "2007-05-13T08:00:00Z", "2007-05-11T21:00:00Z"));
        assertThat(rows(days)).containsExactly("2007-05-11 2 --w:100", "2007-05-12 0 --w:0", "2007-05-13 1 --w:50");
        assertThat(export(dated("2007-05-11T20:00:00Z", null)).select("#timeline")).as("one dated message").isEmpty();
        assertThat(HtmlTimeline.interval(0, 59)).isEqualTo(org.listscope.model.SearchRequest.Interval.DAY);
        assertThat(HtmlTimeline.interval(0, 60)).isEqualTo(org.listscope.model.SearchRequest.Interval.WEEK);
        assertThat(HtmlTimeline.interval(0, 3650)).isEqualTo(org.listscope.model.SearchRequest.Interval.YEAR);
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
