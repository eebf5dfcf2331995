package org.listscope.parse.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.SegmentKind;

/**
 * Recognises a message yanked into a reply indented instead of prefixed, as Emacs' mail mode does:
 * the quoted message's header lines ({@code From:} among them, with {@code Date:}, {@code Subject:},
 * {@code Sender:} or any other), indented alike by two to eight spaces or a tab (one space leads a
 * diff's context lines), then a blank line, then its text indented the same way, with the
 * replier's answers at the left margin in between:
 *
 * <pre>
 *    From: Adam Shostack &lt;adam@bwh.harvard.edu&gt;
 *    Date: Wed, 5 Oct 94 15:35:06 EDT
 *
 *    "Perl.  The only language that looks the same before and after RSA encryption."
 *
 * This must have come from someone unfamiliar with TECO . . . .
 * </pre>
 *
 * <p>The header block, with the blank lines below it, is an attribution naming the quoted sender;
 * the indented lines below it, up to the poster's {@code -- } line, are reread one level deeper
 * ({@code   > x} among them two levels), and so is a line led by a tab right below one of them
 * (Emacs' tab for eight columns of indent). A block whose text does not follow indented, a body with
 * no line at the left margin below the block (a whole message indented, which {@link QuotedHeaders}
 * reads as a forward), and text whose margin lines mostly continue an indented line with no blank
 * line between (a forward whose paragraphs are indented on their first line) are no such quote.
 */
final class YankedQuotes {

    /** The first line of an indented header block: the indent, the header's name, its value. */
    private static final Pattern FIRST = Pattern.compile("( {2,8}|\t)(From|Date|Subject|To|Cc|Sender|Reply-To"
            + "|Message-I[Dd]|Organi[sz]ation|Newsgroups|Return-Path|Received)\\s*:\\s*(\\S.*)");
    /** A header line of any name below it, after the indent. */
    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9-]{0,30})\\s*:\\s*(.*)");
    /** The most lines a yanked header block holds (Emacs keeps a few of the original's; a forward, a Received: trail). */
    private static final int MAX_HEADERS = 30;
    /** A replier's sign-off below a yanked message: at most this many lines, ... */
    private static final int SIGN_OFF_LINES = 3;
    /** ... indented at least this many columns past the quote's indent. */
    private static final int SIGN_OFF_INDENT = 8;

    private YankedQuotes() {
    }

    /**
     * The attribution of the yanked message whose header block starts at line {@code i}, with the
     * lines below it that hold its text reread one level deeper; else {@code null}, with nothing
     * changed. Only for a line at depth 0. Lines already marked in {@code kinds} (PGP armour, the
     * list's footer) end the yanked message's reach.
     */
    static Attribution detect(String body, List<Line> lines, int i, SegmentKind[] kinds) {
        Line first = lines.get(i);
        if (first.depth() != 0 || first.textEnd() - first.start() < 8) return null;
        char lead = body.charAt(first.start());
        if (lead != '\t' && !body.startsWith("  ", first.start())) return null;
        int c = first.firstVisible(body);
        if (c - first.start() > 8 || c == first.textEnd() || !Character.isUpperCase(body.charAt(c))) return null;
        Matcher m = FIRST.matcher(first.text(body));
        if (!m.matches()) return null;
        String indent = m.group(1);
        String from = null;
        String date = null;
        int headers = 0;
        int end = i;
        for (; end < lines.size() && end < i + MAX_HEADERS; end++) {
            String t = lines.get(end).text(body);
            if (!t.startsWith(indent) || t.isBlank()) break;
            String rest = t.substring(indent.length());
            if (Character.isWhitespace(rest.charAt(0)) && end > i) continue; // a header wrapped onto the next line
            Matcher h = HEADER.matcher(rest);
            if (!h.matches()) break;
            headers++;
            switch (h.group(1).toLowerCase(Locale.ROOT)) {
                case "from" -> from = from == null ? h.group(2) : from;
                case "date" -> date = date == null ? h.group(2) : date;
                default -> { }
            }
        }
        if (from == null || from.isBlank() || headers < 2 || end >= lines.size() || !lines.get(end).blank(body)) return null;
        int text = end;
        while (text < lines.size() && lines.get(text).blank(body)) text++;
        if (text == lines.size() || !indented(body, lines.get(text), indent)) return null;
        int[] skip = yankedLines(body, lines, kinds, text, indent);
        if (skip == null) return null;
        for (int k = text; k < skip.length; k++) {
            if (skip[k] > 0) lines.set(k, deeper(body, lines.get(k), skip[k]));
        }
        return new Attribution(AttributionDetector.author(from), date == null ? null : AttributionDates.parse(date),
                text - i, true);
    }

    /**
     * For each line from {@code text} on, before the poster's {@code -- } line or a marked one, how
     * many chars of indent lead it as a line of the yanked message (0 for the replier's lines). It is
     * {@code null} where no line with text at the left margin comes between (the whole rest is
     * indented), and where half the answers or more, two at least, stand right below a yanked line
     * with no blank line between (paragraphs indented on their first line only, as a reflowed
     * forward has them). A last few lines indented far deeper than the quote, with no answer below
     * them, are the replier's sign-off ({@code                    later, Brian}).
     */
    private static int[] yankedLines(String body, List<Line> lines, SegmentKind[] kinds, int text, String indent) {
        int[] skip = new int[lines.size()];
        int answers = 0;
        int glued = 0; // answers right below a yanked line, with no blank line between
        int lastRun = -1; // the first yanked line after the last answer
        for (int k = text; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (kinds[k] != null || SignatureDetector.isDelimiter(body, l)) break;
            if (l.blank(body)) continue;
            if (indented(body, l, indent)) {
                skip[k] = indent.length();
            } else if (l.depth() == 0 && l.ledByTab(body) && !l.blankContent(body) && skip[k - 1] > 0) {
                // Emacs writes a yanked line indented past eight columns with a tab
                skip[k] = 1;
            } else if (!Character.isWhitespace(body.charAt(l.start()))) {
                if (lastRun >= 0) answers++;
                if (skip[k - 1] > 0) glued++;
                lastRun = -1;
                continue;
            }
            if (skip[k] > 0 && lastRun < 0) lastRun = k;
        }
        // no answers, or paragraphs indented on their first line only (a forward reflowed): no yanked message
        if (answers == 0 || glued >= 2 && glued * 2 >= answers) return null;
        if (lastRun >= 0 && signOff(body, lines, skip, lastRun, indent)) {
            for (int k = lastRun; k < skip.length; k++) skip[k] = 0;
        }
        return skip;
    }

    /** Whether the yanked lines from {@code from} on are at most {@value #SIGN_OFF_LINES}, each indented far past the quote's indent. */
    private static boolean signOff(String body, List<Line> lines, int[] skip, int from, String indent) {
        int count = 0;
        int least = columns(indent, indent.length()) + SIGN_OFF_INDENT;
        for (int k = from; k < skip.length; k++) {
            if (skip[k] == 0) continue;
            Line l = lines.get(k);
            if (++count > SIGN_OFF_LINES || columns(body.substring(l.start(), l.textEnd()), l.firstVisible(body) - l.start()) < least) {
                return false;
            }
        }
        return count > 0;
    }

    /** The columns the first {@code n} chars of {@code s} take, a tab reaching the next multiple of eight. */
    private static int columns(String s, int n) {
        int col = 0;
        for (int k = 0; k < n; k++) col = s.charAt(k) == '\t' ? (col / 8 + 1) * 8 : col + 1;
        return col;
    }

    /** Whether the line starts with {@code indent} and holds more than blanks after it ({@code   >} does). */
    private static boolean indented(String body, Line l, String indent) {
        if (!body.startsWith(indent, l.start())) return false;
        for (int k = l.start() + indent.length(); k < l.textEnd(); k++) {
            if (!Character.isWhitespace(body.charAt(k))) return true;
        }
        return false;
    }

    /** The line read one level deeper, its {@code >} markers after the indent counted below that. */
    private static Line deeper(String body, Line l, int indent) {
        Line inner = QuoteMarkers.angle(body, l.start() + indent, l.end(), l.textEnd());
        int content = inner.depth() > 0 ? inner.contentStart() : l.start() + indent;
        return new Line(l.start(), l.end(), l.textEnd(), inner.depth() + 1, content, '>');
    }
}
