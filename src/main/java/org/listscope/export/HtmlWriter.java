package org.listscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code html}: one self-contained page that opens offline (inline CSS, no script, no external
 * resource): the provenance, a legend of the annotation kinds present, the thread tree, every
 * message with its quotes folded and its claims and citations highlighted, and a table of the
 * citations with their links. The page is built as a jsoup DOM, so every piece of message text is a
 * text node or an attribute value, escaped on output; links are made only from {@code http} and
 * {@code https} URLs.
 */
final class HtmlWriter implements ExportWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        Document doc = page(messages, provenance);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            doc.html(w);
            w.write('\n');
        }
    }

    /** The whole page as a DOM. */
    static Document page(List<Message> messages, Provenance provenance) {
        List<ThreadOrder.Placed> placed = ThreadOrder.place(messages);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (ThreadOrder.Placed p : placed) numbers.put(p.message().id(), numbers.size());

        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "listscope " + provenance.version());
        head.appendElement("title").text("listscope export: " + provenance.selection());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(HtmlStyle.css()));

        Element body = doc.body();
        header(body, placed, provenance);
        legend(body, placed);
        tree(body, placed, numbers);
        threads(body, placed, numbers);
        citations(body, placed, numbers);
        return doc;
    }

    private static void header(Element body, List<ThreadOrder.Placed> placed, Provenance p) {
        Element h = body.appendElement("header");
        h.appendElement("h1").text("listscope export");
        int citations = 0;
        int claims = 0;
        for (ThreadOrder.Placed x : placed) {
            for (Annotation a : x.message().annotations()) {
                if (a instanceof Citation) citations++;
                else claims++;
            }
        }
        long threads = placed.stream().mapToInt(ThreadOrder.Placed::thread).distinct().count();
        h.appendElement("p").text(placed.size() + (placed.size() == 1 ? " message" : " messages") + " in " + threads
                + (threads == 1 ? " thread" : " threads") + ", " + citations + " citations, " + claims + " claims.");
        Element dl = h.appendElement("dl").addClass("prov");
        item(dl, "selection", p.selection());
        if (p.query() != null) item(dl, "query", p.query());
        if (p.threadId() != null) item(dl, "thread", p.threadId());
        if (p.index() != null) item(dl, "index", p.index());
        if (!p.inputs().isEmpty()) item(dl, "inputs", String.join(", ", p.inputs()));
        item(dl, "exported", p.exportedAt().toString());
        item(dl, "by", "listscope " + p.version());
    }

    private static void item(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }

    private static void legend(Element body, List<ThreadOrder.Placed> placed) {
        Map<String, Integer> claims = new TreeMap<>();
        Map<String, Integer> cites = new TreeMap<>();
        for (ThreadOrder.Placed x : placed) {
            for (Annotation a : x.message().annotations()) {
                (a instanceof Citation ? cites : claims).merge(a.kind(), 1, Integer::sum);
            }
        }
        Element s = body.appendElement("section").addClass("legend").id("legend");
        s.appendElement("h2").text("Legend");
        if (claims.isEmpty() && cites.isEmpty()) {
            s.appendElement("p").text("No claims or citations were found in these messages.");
            return;
        }
        swatches(s.appendElement("p").appendText("Claims (background): "), "claim", claims);
        swatches(s.appendElement("p").appendText("Citations (underline): "), "citation", cites);
    }

    private static void swatches(Element p, String type, Map<String, Integer> kinds) {
        if (kinds.isEmpty()) p.appendText("none.");
        kinds.forEach((kind, n) -> {
            Element sw = p.appendElement("span").addClass("sw")
                    .addClass((type.equals("claim") ? "k-" : "c-") + HtmlStyle.safe(kind));
            sw.text(kind + " (" + n + ")");
        });
    }

    private static void tree(Element body, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) {
        Element nav = body.appendElement("nav").id("threads");
        nav.appendElement("h2").text("Threads");
        Element list = null;
        int thread = -1;
        for (ThreadOrder.Placed p : placed) {
            if (p.thread() != thread || list == null) {
                list = nav.appendElement("ol").addClass("thread");
                thread = p.thread();
            }
            Message m = p.message();
            Element li = list.appendElement("li").attr("style", "--d:" + Math.min(p.depth(), 30));
            li.appendElement("a").attr("href", "#m" + numbers.get(m.id())).text(subject(m));
            li.appendText(" ");
            li.appendElement("span").addClass("who").text(author(m));
            li.appendText(" ");
            li.appendElement("span").addClass("when").text(date(m));
        }
    }

    private static void threads(Element body, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) {
        Element main = body.appendElement("main");
        Element section = null;
        int thread = -1;
        for (ThreadOrder.Placed p : placed) {
            Message m = p.message();
            if (p.thread() != thread || section == null) {
                section = main.appendElement("section").addClass("thread");
                section.appendElement("h2").text(subject(m));
                thread = p.thread();
            }
            int n = numbers.get(m.id());
            Element art = section.appendElement("article").id("m" + n).attr("style", "--d:" + Math.min(p.depth(), 12));
            art.appendElement("h3").text(subject(m));
            Element meta = art.appendElement("div").addClass("meta");
            meta.appendText(author(m) + " · " + date(m) + " · ");
            String url = safeUrl(m.url());
            if (url != null) meta.appendElement("a").attr("href", url).text("archive");
            else meta.appendText(m.url() != null ? m.url() : source(m));
            if (m.parentId() != null) {
                Integer parent = numbers.get(m.parentId());
                meta.appendText(" · reply to ");
                if (parent != null) meta.appendElement("a").attr("href", "#m" + parent).text("parent");
                else meta.appendText(m.parentId());
                if (m.parentLink() != null) {
                    meta.appendText(String.format(Locale.ROOT, " (by %s, %.2f)", m.parentLink().how().label(),
                            m.parentLink().confidence()));
                }
            }
            Element idLine = art.appendElement("div").addClass("meta");
            idLine.appendText("id " + m.id() + " · source " + source(m));
            for (String w : m.warnings()) art.appendElement("div").addClass("meta").addClass("warn").text("warning: " + w);
            HtmlBody.render(m, n, art.appendElement("div").addClass("body"));
        }
    }

    private static void citations(Element body, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) {
        Element s = body.appendElement("section").id("citations");
        s.appendElement("h2").text("Citations");
        List<Element> rows = new ArrayList<>();
        for (ThreadOrder.Placed p : placed) {
            Message m = p.message();
            int n = numbers.get(m.id());
            List<Annotation> anns = m.annotations();
            for (int i = 0; i < anns.size(); i++) {
                if (!(anns.get(i) instanceof Citation c)) continue;
                Element tr = new Element("tr");
                tr.appendElement("td").appendElement("span").addClass("sw").addClass("c-" + HtmlStyle.safe(c.kind())).text(c.kind());
                Element ref = tr.appendElement("td");
                String label = c.normalized() != null ? c.normalized() : c.text();
                String link = safeUrl(c.link());
                if (link == null && c.kind().equals("url")) link = safeUrl(c.text().strip());
                if (link != null) ref.appendElement("a").attr("href", link).text(label);
                else ref.text(label);
                tr.appendElement("td").text(c.text());
                Element where = tr.appendElement("td");
                where.appendElement("a").attr("href", "#" + HtmlBody.anchor(n, i)).text(subject(m));
                where.appendText(" (" + author(m) + ", " + date(m) + ")");
                tr.appendElement("td").text(c.inQuote() ? "quoting " + (c.speaker() == null ? "?" : c.speaker()) : "own text");
                rows.add(tr);
            }
        }
        if (rows.isEmpty()) {
            s.appendElement("p").text("No citations were found in these messages.");
            return;
        }
        Element table = s.appendElement("table");
        Element hr = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("kind", "reference", "as written", "message", "said in")) hr.appendElement("th").text(h);
        Element tbody = table.appendElement("tbody");
        rows.forEach(tbody::appendChild);
    }

    /** The URL when it is an absolute {@code http} or {@code https} URL, else {@code null}. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) return null;
            scheme = scheme.toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? uri.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String subject(Message m) {
        return m.subject().isBlank() ? "(no subject)" : m.subject();
    }

    private static String author(Message m) {
        if (m.from().name() != null && !m.from().name().isBlank()) return m.from().name();
        if (m.from().address() != null) return m.from().address();
        return m.from().shown().isBlank() ? m.from().key() : m.from().shown();
    }

    private static String date(Message m) {
        if (m.date() != null) return m.date().toString().replace('T', ' ').replace("Z", " UTC");
        return m.dateShown() != null ? m.dateShown() : "date unknown";
    }

    private static String source(Message m) {
        String where = m.source().url() != null ? m.source().url() : m.source().path();
        return m.source().format() + (where == null ? "" : " " + where);
    }
}
