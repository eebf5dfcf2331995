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
        return text.indexOf('&') >= 0 ? unescape(text) : text;
    }

    /**
     * Entities resolved. The ones pipermail writes ({@code &lt; &gt; &amp; &quot;} and decimal
     * references outside the windows-1252 range) are done here; a string holding any other is
     * handed whole to jsoup's {@link Parser#unescapeEntities}, which knows every HTML5 rule.
     */
    static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        int amp = text.indexOf('&');
        while (amp >= 0) {
            sb.append(text, pos, amp);
            int semi = text.indexOf(';', amp + 1);
            if (semi < 0 || semi - amp > 10) return Parser.unescapeEntities(text, false);
            String name = text.substring(amp + 1, semi);
            int cp = simpleEntity(name);
            if (cp < 0) return Parser.unescapeEntities(text, false);
            sb.appendCodePoint(cp);
            pos = semi + 1;
            amp = text.indexOf('&', pos);
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** The code point of a plain entity, or -1 where jsoup's rules are needed. */
    private static int simpleEntity(String name) {
        switch (name) {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "quot": return '"';
            default: break;
        }
        if (name.length() < 2 || name.length() > 8 || name.charAt(0) != '#') return -1;
        int cp = 0;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') return -1;
            cp = cp * 10 + (c - '0');
        }
        // 0, C1 controls (windows-1252 in practice), surrogates and beyond Unicode: jsoup decides
        boolean special = cp == 0 || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff;
        return special ? -1 : cp;
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
