package org.listscope.parse;

import org.jsoup.parser.Parser;

/**
 * The text of a pipermail article from its HTML. Pipermail escapes every {@code <}, {@code >},
 * {@code &} and {@code "} of the message, so any tag left in the article is its own markup: the
 * {@code <i>...</I>} around quoted lines and the {@code <A HREF>} it wraps around URLs. Dropping the
 * tags and resolving the entities (with jsoup's HTML5 rules, so {@code &#146;} becomes a quote
 * mark) gives back the text as it was sent.
 */
final class ArticleText {

    private ArticleText() {
    }

    /** The text of an article's HTML: tags dropped (link text kept), entities resolved. */
    static String of(String html) {
        String text = stripTags(html);
        return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    }

    /** Everything but the tags; an unclosed {@code <} at the end is kept as text. */
    static String stripTags(String html) {
        int lt = html.indexOf('<');
        if (lt < 0) return html;
        StringBuilder sb = new StringBuilder(html.length());
        int pos = 0;
        while (lt >= 0) {
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0 || !isTagStart(html, lt + 1)) {
                // a literal '<' (not markup): keep it and go on after it
                sb.append(html, pos, lt + 1);
                pos = lt + 1;
            } else {
                sb.append(html, pos, lt);
                pos = gt + 1;
            }
            lt = html.indexOf('<', pos);
        }
        sb.append(html, pos, html.length());
        return sb.toString();
    }

    private static boolean isTagStart(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return c == '/' || c == '!' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
