package org.listscope.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a pipermail message page, found by string search rather than a full HTML parse:
 * every generation of pipermail (Mailman 1.x to 2.1) writes the same skeleton,
 *
 * <pre>
 * &lt;TITLE&gt; [List] Subject &lt;/TITLE&gt; ... &lt;H1&gt;[List] Subject&lt;/H1&gt;
 * &lt;B&gt;Author Name&lt;/B&gt; &lt;A HREF="mailto:..."&gt;user at host&lt;/A&gt;&lt;BR&gt; &lt;I&gt;date&lt;/I&gt;
 * ... &lt;!--beginarticle--&gt; &lt;PRE&gt;body&lt;/PRE&gt; &lt;!--endarticle--&gt; ...
 * More information about the List mailing list
 * </pre>
 *
 * and reading only those parts is several times faster than building a DOM. Text values are
 * returned with entities resolved and white space collapsed; {@code dateShown} keeps its spacing.
 *
 * @param title      the {@code <TITLE>} text, or {@code null}
 * @param subject    the {@code <H1>} text (the title where there is none), or {@code null}
 * @param authorName the {@code <B>} text after the heading, or {@code null}
 * @param authorLink the text of the author's link ({@code jeff at jamcupboard.co.uk}), or {@code null}
 * @param authorHref the {@code href} of that link, entities unresolved, or {@code null}
 * @param madeHref   the {@code href} of {@code <LINK REL="made">}, or {@code null}
 * @param dateShown  the {@code <I>} date as written, or {@code null}
 * @param anchor     the article number from the {@code date.html#N} links, or {@code null}
 * @param footerList the list name in "More information about the X mailing list", or {@code null}
 * @param articleHtml the article's HTML (the {@code <PRE>} content where there is one)
 * @param hasPre     whether the article was in a {@code <PRE>}
 * @param newer      whether the page has the newer Mailman 2.1 markup (a {@code white-space: pre-wrap}
 *                   style for the article), which changes what the reply link holds (see {@link ReplyLink})
 */
record PipermailPage(String title, String subject, String authorName, String authorLink, String authorHref,
                     String madeHref, String dateShown, String anchor, String footerList, String articleHtml,
                     boolean hasPre, boolean newer) {

    static final String BEGIN = "<!--beginarticle-->";
    static final String END = "<!--endarticle-->";

    private static final Pattern FOOTER = Pattern.compile("More information about the\\s+(\\S+)\\s+mailing list");
    private static final int FOOTER_WINDOW = 200;

    /**
     * Finds the parts of a page.
     *
     * @throws ParseException when the article markers are missing (not a message page, or cut short)
     */
    static PipermailPage read(String html) throws ParseException {
        int begin = html.indexOf(BEGIN);
        if (begin < 0) {
            throw new ParseException("pipermail page without the " + BEGIN + " marker: cut short, or not a message page");
        }
        int end = html.indexOf(END, begin);
        if (end < 0) {
            throw new ParseException("truncated pipermail page: " + BEGIN + " without " + END);
        }
        String title = text(html, Markup.element(html, "<title>", "</title>", 0, begin));
        int[] h1 = Markup.element(html, "<h1>", "</h1>", 0, begin);
        String subject = h1 == null ? title : text(html, h1);
        int after = h1 == null ? 0 : h1[2];
        // the author block ends where the navigation list starts ("Messages sorted by")
        int limit = Markup.find(html, "<ul", after, begin);
        if (limit < 0) limit = begin;

        int[] b = Markup.element(html, "<b>", "</b>", after, limit);
        String authorName = text(html, b);
        if (b != null) after = b[2];

        String authorHref = null;
        String authorLink = null;
        int a = Markup.find(html, "<a href=\"", after, limit);
        if (a >= 0) {
            int hrefStart = a + 9;
            int hrefEnd = html.indexOf('"', hrefStart);
            int textStart = hrefEnd < 0 ? -1 : html.indexOf('>', hrefEnd);
            int textEnd = textStart < 0 ? -1 : Markup.find(html, "</a>", textStart, limit);
            if (textEnd > 0 && html.regionMatches(true, hrefStart, "mailto:", 0, 7)) {
                authorHref = html.substring(hrefStart, hrefEnd);
                authorLink = text(html, new int[] {textStart + 1, textEnd});
                after = textEnd + 4;
            }
        }
        int[] i = Markup.element(html, "<i>", "</i>", after, limit);
        String dateShown = null;
        if (i != null) {
            String d = html.substring(i[0], i[1]).strip();
            dateShown = d.indexOf('&') >= 0 ? ArticleText.unescape(d) : d;
        }
        return new PipermailPage(title, subject, authorName, authorLink, authorHref, made(html, begin),
                dateShown, anchor(html, begin), footer(html, end), article(html, begin + BEGIN.length(), end),
                Markup.find(html, "<pre", begin, end) >= 0, html.lastIndexOf("pre-wrap", begin) >= 0);
    }

    private static String article(String html, int from, int to) {
        int open = Markup.find(html, "<pre", from, to);
        if (open < 0) return html.substring(from, to);
        int start = html.indexOf('>', open);
        if (start < 0 || start >= to) return html.substring(from, to);
        start++;
        int close = Markup.findLast(html, "</pre>", start, to);
        if (close < 0) close = to;
        // HTML drops a newline directly after <PRE>
        if (html.startsWith("\r\n", start)) start += 2;
        else if (html.startsWith("\n", start)) start++;
        return html.substring(Math.min(start, close), close);
    }

    private static String made(String html, int to) {
        String needle = "<link rel=\"made\" href=\"";
        int at = Markup.find(html, needle, 0, to);
        if (at < 0) return null;
        int start = at + needle.length();
        int stop = html.indexOf('"', start);
        return stop < 0 || stop > to ? null : html.substring(start, stop);
    }

    private static String anchor(String html, int to) {
        int at = Markup.find(html, "href=\"date.html#", 0, to);
        if (at < 0) return null;
        int start = at + 16;
        int stop = start;
        while (stop < to && Character.isDigit(html.charAt(stop))) stop++;
        return stop == start ? null : html.substring(start, stop);
    }

    private static String footer(String html, int from) {
        int at = html.indexOf("More information about the", from);
        if (at < 0) return null;
        Matcher f = FOOTER.matcher(html).region(at, Math.min(html.length(), at + FOOTER_WINDOW));
        return f.lookingAt() ? text(f.group(1)) : null;
    }

    /** The text of {@code html[span[0], span[1])}: markup dropped, entities resolved, white space collapsed. */
    private static String text(String html, int[] span) {
        return span == null ? null : text(html.substring(span[0], span[1]));
    }

    private static String text(String html) {
        return html == null ? null : Markup.collapse(ArticleText.of(html));
    }
}
