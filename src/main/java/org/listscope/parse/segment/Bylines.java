package org.listscope.parse.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * The byline of a news article pasted whole into a message ({@code By John Markoff} on a line of
 * its own below a headline, then the article): the text below it is a forward of that author, not
 * the poster's own words. A byline counts with a line above it within a few lines (the headline or
 * the paper's name), a paragraph of article text right below it, all at the byline's quote depth,
 * and a name that is not the writer's (the poster's in own text; in a forwarded or quoted message,
 * its sender's). Unprefixed, outside any quote, the article ends where a forward of nobody named does:
 * at an end line, else at the poster's last {@code -- } or a rule with a few lines of theirs below it;
 * inside a forward or a quote, where that does.
 */
final class Bylines {

    /** A word of a name: capitalised, all capitals (no hyphen: "BY FIDO-PROTOCOL FREQ" is a heading), an initial, or a particle. */
    private static final String NAME_WORD = "(?:[A-Z][a-z'\u2019-]+(?:[A-Z][a-z'\u2019-]+)?|[A-Z]{2,}[A-Z'\u2019]*|[A-Z]\\.|"
            + "de|van|von|da|di|du|la|le|del|der)";
    /** A name: a capitalised or all-capitals first word, then one to three words of a name. */
    private static final String NAME = "(?:[A-Z][a-z'\u2019-]+|[A-Z]{2,}[A-Z'\u2019]*)(?:[ \\t]" + NAME_WORD + "){1,3}";
    /**
     * {@code By John Markoff}, {@code by Peter D. Kennedy}, {@code BY JAMES RUSK}, {@code by John
     * Mintz and John Schwartz}: the name or names are group 1.
     */
    private static final Pattern BYLINE = Pattern.compile("[ \\t]*(?:[Bb]y|BY)[ \\t]{1,3}(" + NAME + "(?:[ \\t]+(?:and|AND|&)[ \\t]+"
            + NAME + ")?)[ \\t]*");
    /** A book's details below its author ("published by", "ISBN", "276 pages, Paperback"): a reading list, not an article. */
    private static final Pattern BOOK = Pattern.compile("(?i)\\bpublished\\s+by\\b|\\bISBN\\b|\\bpages,|\\bpaperback\\b|\\bhardcover\\b");
    /** How many lines below the byline are read for a book's details. */
    private static final int BOOK_LINES = 4;
    /** How many lines above the byline its headline may be. */
    private static final int HEADLINE_REACH = 8;
    /** Of the lines below the byline, how many are read, and how many must hold text: an article, not a list. */
    private static final int ARTICLE_LINES = 20;
    private static final int ARTICLE_TEXT_LINES = 8;

    private Bylines() {
    }

    /** Cheap test before the pattern: the line starts with "by " after its quote marks and blanks. */
    static boolean mayBe(String body, Line l) {
        int c = l.firstVisible(body);
        return c + 3 < l.textEnd() && (body.charAt(c) == 'b' || body.charAt(c) == 'B') && (body.charAt(c + 1) == 'y' || body.charAt(c + 1) == 'Y')
                && (body.charAt(c + 2) == ' ' || body.charAt(c + 2) == '\t');
    }

    /**
     * The forward that the byline at line {@code i} opens (its author the byline's name, as written
     * or, if in capitals, in title case), or {@code null} where the line is no byline of an article
     * pasted by someone other than {@code writer} (the poster, or the sender of the forward or quote
     * the line stands in).
     */
    static Attribution detect(String body, List<Line> lines, int i, Author writer) {
        Matcher m = BYLINE.matcher(lines.get(i).content(body));
        if (!m.matches()) return null;
        String name = titleCase(m.group(1));
        if (Posters.same(name, writer) || sharesSurname(name, writer)) return null;
        if (!headlineAbove(body, lines, i) || !articleBelow(body, lines, i)) return null;
        return new Attribution(name, null, 1, true, true, true);
    }

    /**
     * A headline: a line with text within {@link #HEADLINE_REACH} lines above, at the byline's depth,
     * whose paragraph does not follow a sentence that leads into it (a reference: "For some good
     * information on primality testing, see", then a book's title and "by Henri Cohen").
     */
    private static boolean headlineAbove(String body, List<Line> lines, int i) {
        int d = lines.get(i).depth();
        int k = i - 1;
        while (k >= 0 && k >= i - HEADLINE_REACH && lines.get(k).depth() == d && lines.get(k).blankContent(body)) k--;
        if (k < 0 || k < i - HEADLINE_REACH || lines.get(k).depth() != d) return false;
        while (k >= 0 && lines.get(k).depth() == d && !lines.get(k).blankContent(body)) k--; // the headline's paragraph
        while (k >= 0 && lines.get(k).depth() == d && lines.get(k).blankContent(body)) k--;
        return k < 0 || lines.get(k).depth() != d || !leadsIn(lines.get(k).content(body).strip());
    }

    /**
     * A sentence broken off before what it introduces: a long line whose last word is in lower case
     * ("..., see"); a headline's last word is capitalised ("... Hints of Big Brother", "..., NSA Contends").
     */
    private static boolean leadsIn(String line) {
        int w = line.length();
        while (w > 0 && !Character.isWhitespace(line.charAt(w - 1))) w--;
        return line.length() > 30 && w < line.length() && Character.isLowerCase(line.charAt(w))
                && Character.isLetter(line.charAt(line.length() - 1));
    }

    /**
     * Article text below: the first line with text within three lines, at least
     * {@link #ARTICLE_TEXT_LINES} lines with text at the byline's depth among the next {@link #ARTICLE_LINES}
     * (up to a line of another depth),
     * and no second byline among them nor a book's details right below (a list of books and their authors).
     */
    private static boolean articleBelow(String body, List<Line> lines, int i) {
        int d = lines.get(i).depth();
        int text = 0;
        int first = -1;
        for (int k = i + 1; k < lines.size() && k <= i + ARTICLE_LINES; k++) {
            Line l = lines.get(k);
            if (l.depth() != d) break; // the quote or forward ends: what it held decides
            if (l.blankContent(body)) continue;
            if (first < 0) first = k;
            if (BYLINE.matcher(l.content(body)).matches() || k <= i + BOOK_LINES && BOOK.matcher(l.content(body)).find()) return false;
            text++;
        }
        return first >= 0 && first <= i + 3 && text >= ARTICLE_TEXT_LINES;
    }

    /** Whether the poster's name holds the byline name's last word ("John Markoff" and "markoff@nytimes (Markoff)"). */
    private static boolean sharesSurname(String name, Author poster) {
        if (poster == null || poster.name() == null) return false;
        String[] words = name.split("\\s+");
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (String w : poster.name().toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (w.equals(surname)) return true;
        }
        return false;
    }

    /** {@code JOHN MARKOFF} as {@code John Markoff} ({@code AND} as {@code and}); a name in mixed case as written. */
    private static String titleCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) return name.strip().replaceAll("[ \\t]+", " ");
        StringBuilder out = new StringBuilder();
        for (String w : name.strip().split("[ \\t]+")) {
            if (out.length() > 0) out.append(' ');
            if (w.equals("AND")) out.append("and");
            else out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
