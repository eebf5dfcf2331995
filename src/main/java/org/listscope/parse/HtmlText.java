package org.listscope.parse;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Plain text of an HTML mail part: line breaks where blocks and {@code <br>} were, entities resolved. */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "hr", "address", "center", "body");

    private HtmlText() {
    }

    /** The text of an HTML document or fragment. */
    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head").remove();
        return of(doc.body());
    }

    /** The text of an element already parsed, with what it holds. */
    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parentElement();
                    boolean pre = parent != null && parent.closest("pre") != null;
                    if (pre) {
                        out.append(t.getWholeText());
                    } else {
                        // white space at a line's start is the source's layout, not the text's
                        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                        out.append(lineStart ? t.text().stripLeading() : t.text());
                    }
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) out.append('\n');
                    else if (BLOCKS.contains(e.normalName())) newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        });
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
