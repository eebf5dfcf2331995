package org.listscope.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

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

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", FLAGS);
    private static final Pattern H1 = Pattern.compile("<h1>(.*?)</h1>", FLAGS);
    private static final Pattern BOLD = Pattern.compile("<b>(.*?)</b>", FLAGS);
    private static final Pattern LINK = Pattern.compile("<a\\s+href=\"([^\"]*)\"[^>]*>(.*?)</a>", FLAGS);
    private static final Pattern ITALIC = Pattern.compile("<i>(.*?)</i>", FLAGS);
    private static final Pattern MADE = Pattern.compile("<link\\s+rel=\"made\"\\s+href=\"([^\"]*)\"", FLAGS);
    private static final Pattern ANCHOR = Pattern.compile("href=\"date\\.html#(\\d+)\"", FLAGS);
    private static final Pattern FOOTER = Pattern.compile("More information about the\\s+(\\S+)\\s+mailing list", FLAGS);
    private static final Pattern PRE_OPEN = Pattern.compile("<pre[^>]*>", FLAGS);

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
        String head = html.substring(0, begin);
        String title = text(group(TITLE, head));
        Matcher h1 = H1.matcher(head);
        int after = 0;
        String subject = title;
        if (h1.find()) {
            subject = text(h1.group(1));
            after = h1.end();
        }
        // the author block ends where the navigation list starts ("Messages sorted by")
        int limit = Decoding.indexOfIgnoreCase(head, "<ul", after);
        if (limit < 0) limit = head.length();
        String authorName = null;
        Matcher b = BOLD.matcher(head).region(after, limit);
        if (b.find()) {
            authorName = text(b.group(1));
            after = b.end();
        }
        String authorLink = null;
        String authorHref = null;
        Matcher a = LINK.matcher(head).region(after, limit);
        if (a.find() && a.group(1).regionMatches(true, 0, "mailto:", 0, 7)) {
            authorHref = a.group(1);
            authorLink = text(a.group(2));
            after = a.end();
        }
        String dateShown = null;
        Matcher i = ITALIC.matcher(head).region(after, limit);
        if (i.find()) {
            String d = i.group(1).strip();
            dateShown = d.indexOf('&') >= 0 ? Parser.unescapeEntities(d, false) : d;
        }
        String tail = html.substring(end);
        return new PipermailPage(title, subject, authorName, authorLink, authorHref, group(MADE, head),
                dateShown, group(ANCHOR, head), firstFooter(tail), article(html, begin + BEGIN.length(), end),
                hasPre(html, begin, end), head.contains("pre-wrap"));
    }

    private static String article(String html, int from, int to) {
        String region = html.substring(from, to);
        Matcher open = PRE_OPEN.matcher(region);
        if (!open.find()) return region;
        int start = open.end();
        int close = lastIndexOfIgnoreCase(region, "</pre>");
        String pre = region.substring(start, close > start ? close : region.length());
        // HTML drops a newline directly after <PRE>
        if (pre.startsWith("\r\n")) return pre.substring(2);
        return pre.startsWith("\n") ? pre.substring(1) : pre;
    }

    private static boolean hasPre(String html, int from, int to) {
        return PRE_OPEN.matcher(html).region(from, to).find();
    }

    private static String firstFooter(String tail) {
        Matcher f = FOOTER.matcher(tail);
        return f.find() ? text(f.group(1)) : null;
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** Markup dropped, entities resolved, white space collapsed; {@code null} when blank. */
    private static String text(String html) {
        if (html == null) return null;
        String t = ArticleText.of(html).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static int lastIndexOfIgnoreCase(String s, String needle) {
        for (int i = s.length() - needle.length(); i >= 0; i--) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }
}
