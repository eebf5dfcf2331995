package org.listscope.export;

import java.io.Writer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
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
 * citations with their links. Each part of the page is built as a jsoup DOM, so every piece of
 * message text is a text node or an attribute value, escaped on output; links are made only from
 * {@code http} and {@code https} URLs. Parts are written out as they are made, so memory stays small
 * however many messages there are.
 */
final class HtmlWriter implements ExportWriter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        List<ThreadOrder.Placed> placed = ThreadOrder.place(messages);
        Map<String, Integer> numbers = new HashMap<>();
        for (ThreadOrder.Placed p : placed) numbers.put(p.message().id(), numbers.size());
        try (Page page = new Page(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            page.raw("<!DOCTYPE html>\n<html lang=\"en\">");
            page.element(head(provenance));
            page.raw("\n<body>\n");
            header(page, placed, provenance);
            legend(page, placed);
            java.util.Optional<Element> timeline = HtmlTimeline.section(messages);
            if (timeline.isPresent()) page.element(timeline.get());
            tree(page, placed, numbers);
            threads(page, placed, numbers);
            citations(page, placed, numbers);
            page.raw("</body>\n</html>\n");
        }
    }

    /**
     * The page being written: elements are built one part at a time (a message, a table row) as
     * jsoup DOM, written out escaped and dropped, so a large export never holds a whole DOM. Raw
     * strings are only the page's own constant tags, never message text.
     */
    private static final class Page implements AutoCloseable {
        private final Writer out;
        private final Document scratch = shell();

        Page(Writer out) {
            this.out = out;
        }

        /** A new element that writes with the page's output settings. */
        Element create(String tag) {
            return scratch.body().appendElement(tag);
        }

        void element(Element e) throws IOException {
            if (e.ownerDocument() != scratch) scratch.body().appendChild(e);
            out.write(e.outerHtml());
            out.write('\n');
            e.remove();
        }

        void raw(String constant) throws IOException {
            out.write(constant);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** An empty document with the page's output settings: no pretty printing (bodies keep their spaces), UTF-8. */
    static Document shell() {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return doc;
    }

    private static Element head(Provenance provenance) {
        Element head = new Element("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "listscope " + provenance.version());
        head.appendElement("title").text("listscope export: " + provenance.selection());
        head.appendElement("style").appendChild(new DataNode(HtmlStyle.css()));
        return head;
    }

    private static void header(Page page, List<ThreadOrder.Placed> placed, Provenance p) throws IOException {
        Element h = page.create("header");
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
        page.element(h);
    }

    private static void item(Element dl, String term, String value) {
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }

    private static void legend(Page page, List<ThreadOrder.Placed> placed) throws IOException {
        Map<String, Integer> claims = new TreeMap<>();
        Map<String, Integer> cites = new TreeMap<>();
        for (ThreadOrder.Placed x : placed) {
            for (Annotation a : x.message().annotations()) {
                (a instanceof Citation ? cites : claims).merge(a.kind(), 1, Integer::sum);
            }
        }
        Element s = page.create("section").addClass("legend").id("legend");
        s.appendElement("h2").text("Legend");
        if (claims.isEmpty() && cites.isEmpty()) {
            s.appendElement("p").text("No claims or citations were found in these messages.");
        } else {
            swatches(s.appendElement("p").appendText("Claims (background): "), "claim", claims);
            swatches(s.appendElement("p").appendText("Citations (underline): "), "citation", cites);
        }
        String topics = topics(placed);
        if (!topics.isEmpty()) s.appendElement("p").text("Topics (messages whose own words discuss each): " + topics + ".");
        page.element(s);
    }

    /** The topics of the messages, each with how many have it, most first: {@code privacy (3), encryption (1)}. */
    static String topics(List<ThreadOrder.Placed> placed) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ThreadOrder.Placed x : placed) {
            for (String t : x.message().topics()) counts.merge(t, 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    }

    private static void swatches(Element p, String type, Map<String, Integer> kinds) {
        if (kinds.isEmpty()) p.appendText("none.");
        kinds.forEach((kind, n) -> {
            Element sw = p.appendElement("span").attr("class", type.equals("claim")
                    ? "sw claim k-" + HtmlStyle.safe(kind) : "sw cite c-" + HtmlStyle.safe(kind));
            sw.text(kind + " (" + n + ")");
        });
    }

    private static void tree(Page page, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) throws IOException {
        page.raw("<nav id=\"threads\"><h2>Threads</h2>\n");
        Element list = null;
        int thread = -1;
        for (ThreadOrder.Placed p : placed) {
            if (p.thread() != thread || list == null) {
                if (list != null) page.element(list);
                list = page.create("ol").attr("class", "thread");
                thread = p.thread();
            }
            Message m = p.message();
            Element li = list.appendElement("li").attr("style", "--d:" + Math.min(p.depth(), 30));
            li.appendElement("a").attr("href", "#m" + numbers.get(m.id())).text(subject(m));
            li.appendText(" ");
            li.appendElement("span").attr("class", "who").text(m.from().label());
            li.appendText(" ");
            li.appendElement("span").attr("class", "when").text(date(m));
        }
        if (list != null) page.element(list);
        page.raw("</nav>\n");
    }

    /** Messages are rendered in batches, each batch on all cores, and written in order. */
    private static final int BATCH = 256;

    private static void threads(Page page, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) throws IOException {
        page.raw("<main>\n");
        Map<String, Message> byId = new HashMap<>();
        Map<Integer, List<ThreadOrder.Placed>> byThread = new HashMap<>();
        for (ThreadOrder.Placed p : placed) {
            byId.put(p.message().id(), p.message());
            byThread.computeIfAbsent(p.thread(), t -> new ArrayList<>()).add(p);
        }
        int thread = -1;
        for (int from = 0; from < placed.size(); from += BATCH) {
            List<ThreadOrder.Placed> batch = placed.subList(from, Math.min(placed.size(), from + BATCH));
            List<String> articles = batch.parallelStream().map(p -> HtmlArticle.render(p, numbers, byId)).toList();
            for (int i = 0; i < batch.size(); i++) {
                ThreadOrder.Placed p = batch.get(i);
                if (p.thread() != thread) {
                    if (thread >= 0) page.raw("</section>\n");
                    page.raw("<section class=\"thread\">");
                    page.element(page.create("h2").text(subject(p.message())));
                    thread = p.thread();
                    String topics = topics(byThread.get(thread));
                    if (!topics.isEmpty()) page.element(page.create("p").attr("class", "meta").text("topics: " + topics));
                }
                page.raw(articles.get(i));
            }
        }
        if (thread >= 0) page.raw("</section>\n");
        page.raw("</main>\n");
    }

    private static void citations(Page page, List<ThreadOrder.Placed> placed, Map<String, Integer> numbers) throws IOException {
        page.raw("<section id=\"citations\"><h2>Citations</h2>\n");
        boolean any = false;
        for (ThreadOrder.Placed p : placed) {
            Message m = p.message();
            int n = numbers.get(m.id());
            List<Annotation> anns = m.annotations();
            for (int i = 0; i < anns.size(); i++) {
                if (!(anns.get(i) instanceof Citation c)) continue;
                if (!any) {
                    page.raw("<table><thead><tr><th>kind</th><th>reference</th><th>as written</th><th>message</th>"
                            + "<th>voice</th></tr></thead>\n<tbody>\n");
                    any = true;
                }
                Element tr = page.create("tr");
                tr.appendElement("td").appendElement("span").attr("class", "sw cite c-" + HtmlStyle.safe(c.kind())).text(c.kind());
                Element ref = tr.appendElement("td");
                String label = c.normalized() != null ? c.normalized() : c.text();
                String link = safeUrl(c.link());
                if (link == null && c.kind().equals("url")) link = safeUrl(c.text().strip());
                if (link != null) ref.appendElement("a").attr("href", link).text(label);
                else ref.text(label);
                tr.appendElement("td").text(c.text());
                Element where = tr.appendElement("td");
                where.appendElement("a").attr("href", "#" + HtmlBody.anchor(n, i)).text(subject(m));
                where.appendText(" (" + m.from().label() + ", " + date(m) + ")");
                tr.appendElement("td").text(c.inQuote() ? "quoting " + (c.speaker() == null ? "?" : c.speaker()) : "own text");
                page.element(tr);
            }
        }
        if (any) page.raw("</tbody></table>\n");
        else page.element(page.create("p").text("No citations were found in these messages."));
        page.raw("</section>\n");
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

    static String subject(Message m) {
        return m.subject().isBlank() ? "(no subject)" : m.subject();
    }

    static String date(Message m) {
        if (m.date() != null) return m.date().toString().replace('T', ' ').replace("Z", " UTC");
        return m.dateShown() != null ? m.dateShown() : "date unknown";
    }

    static String source(Message m) {
        String where = m.source().url() != null ? m.source().url() : m.source().path();
        return m.source().format() + (where == null ? "" : " " + where);
    }
}
