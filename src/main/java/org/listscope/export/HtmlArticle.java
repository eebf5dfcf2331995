package org.listscope.export;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.listscope.model.Message;

/**
 * One message of the HTML report as an {@code <article id="mN">}: subject, author, date, archive
 * link, parent and how it was found, id and source, the author's topics, warnings, and the body (see {@link HtmlBody}).
 * Built in a document of its own, so that messages can be rendered in parallel.
 */
final class HtmlArticle {

    private HtmlArticle() {
    }

    /**
     * The article's HTML, ending in a line end. {@code numbers} and {@code messages} give the report's
     * messages' numbers and the messages by id.
     */
    static String render(ThreadOrder.Placed p, Map<String, Integer> numbers, Map<String, Message> messages) {
        Message m = p.message();
        int n = numbers.get(m.id());
        Document doc = HtmlWriter.shell();
        Element art = doc.body().appendElement("article").id("m" + n).attr("style", "--d:" + Math.min(p.depth(), 12));
        art.appendElement("h3").text(HtmlWriter.subject(m));
        Element meta = art.appendElement("div").attr("class", "meta");
        meta.appendText(m.from().label() + " · " + HtmlWriter.date(m));
        String url = HtmlWriter.safeUrl(m.url());
        if (url != null) meta.appendText(" · ").appendElement("a").attr("href", url).text("archive");
        else if (m.url() != null) meta.appendText(" · " + m.url());
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
        art.appendElement("div").attr("class", "meta").text("id " + m.id() + " · source " + HtmlWriter.source(m));
        if (!m.topics().isEmpty()) art.appendElement("div").attr("class", "meta").text("topics: " + String.join(", ", m.topics()));
        for (String w : m.warnings()) art.appendElement("div").attr("class", "meta warn").text("warning: " + w);
        HtmlBody.render(m, n, art.appendElement("div").attr("class", "body"), numbers, messages);
        return art.outerHtml() + "\n";
    }
}
