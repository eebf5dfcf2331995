package org.listscope.parse.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds what list software and mail services add to a body: pipermail's list footer
 * ({@code ____} line, {@code X mailing list}, address, listinfo URL), the page rendering's
 * {@code More information about the X mailing list}, scrubbed-attachment notes after
 * {@code -------------- next part --------------}, and provider tag lines after a {@code ____} line,
 * indented or not ({@code Do you Yahoo!?}, {@code Tired of spam? Get advanced junk mail protection with
 * MSN 8.}), a list footer whose rule is glued to the last line of text, and a pipermail list footer
 * quoted with the message it ended (at the quote's depth).
 */
final class FooterDetector {

    private static final Pattern MORE_INFO = Pattern.compile("More information about the\\s.{0,80}?(?:mailing list|list)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAILING_LIST = Pattern.compile(".{0,80}\\bmailing\\s+list\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE = Pattern.compile("_{20,}\\s*");
    /** What every {@link #RULE} line starts with. */
    private static final String RULE_START = "_".repeat(20);
    private static final Pattern NEXT_PART = Pattern.compile("-{5,}\\s*next part\\s*-{5,}\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile(
            "(?:A non-text attachment was scrubbed|An HTML attachment was scrubbed|An embedded .{0,60}was scrubbed"
            + "|.{0,40}attachment was scrubbed|Skipped content of type|(?:Name|Type|Size|Desc|Url|URL|From|Subject|Date"
            + "|Message-ID|Encoding|Filename)\\s*:).*");
    /** Pipermail's note for a part it scrubbed, standing without its next-part line where the part was the whole message. */
    private static final Pattern SCRUBBED = Pattern.compile("(?:A non-text attachment|An HTML attachment|An embedded .{0,60}|A .{0,40}attachment)"
            + " was scrubbed\\.\\.\\.\\s*");
    /** The lines of such a note after its first: where the part went and what it was. */
    private static final Pattern NOTE_FIELD = Pattern.compile("(?:Name|Type|Size|Desc|Url|URL|Filename)\\s*:.*");
    private static final Pattern PROVIDER = Pattern.compile(
            ".{0,60}(?:Yahoo!|Hotmail|\\bMSN\\b|Windows Live|McAfee\\.com|Hushmail|Excite Mail|Lycos|Juno|GO\\.com Mail"
            + "|[Ff]ree,? (?:[Pp]rivate )?[Ee]-?mail|FREE encrypted email).*");
    private static final int MAX_BLOCK = 8;

    private FooterDetector() {
    }

    /** Marks footer lines in {@code footer}. */
    static void mark(String body, List<Line> lines, boolean[] footer) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            if (l.depth() != 0) {
                // a list footer quoted with the message it ended
                if (firstChar(body, l.contentStart(), l.textEnd()) == '_') i = quotedRule(body, lines, i, footer);
                continue;
            }
            char c = firstChar(body, l.start(), l.textEnd());
            if (c == 'M' || c == 'm') {
                String t = l.text(body).strip();
                if (MORE_INFO.matcher(t).matches() && t.length() < 120) {
                    footer[i] = true;
                    if (!t.toLowerCase().endsWith("list") && i + 1 < n
                            && lines.get(i + 1).text(body).strip().equalsIgnoreCase("mailing list")) {
                        footer[++i] = true;
                    }
                }
            } else if (c == '_') {
                i = rule(body, lines, i, footer);
            } else if (c == '-') {
                i = nextPart(body, lines, i, footer);
            } else if (c == 'A') {
                i = scrubbed(body, lines, i, footer);
            }
            if (c != '_' && !footer[i] && endsInRule(body, lines.get(i))) i = gluedRule(body, lines, i, footer);
        }
    }

    /** A rule line, also indented as a webmail sets a provider's tag line off ({@code " ____"} / {@code "Do You Yahoo!?"}). */
    private static int rule(String body, List<Line> lines, int i, boolean[] footer) {
        Line l = lines.get(i);
        int c = l.firstVisible(body);
        if (!body.startsWith(RULE_START, c) || !RULE.matcher(body.substring(c, l.textEnd())).matches()) return i;
        int n = lines.size();
        boolean list = false;
        boolean provider = false;
        for (int k = i + 1; k < n && k <= i + 2; k++) {
            String t = lines.get(k).text(body);
            if (MAILING_LIST.matcher(t).matches()) list = true;
            if (PROVIDER.matcher(t).matches()) provider = true;
        }
        if (!list && !provider) return i;
        footer[i] = true;
        int k = i + 1;
        while (k < n && k <= i + MAX_BLOCK && lines.get(k).depth() == 0 && !lines.get(k).blankContent(body)) {
            footer[k++] = true;
        }
        return k - 1;
    }

    /**
     * A pipermail list footer whose rule a mailer glued to the end of the message's last line
     * ({@code Do these answer your question?_____}), its {@code X mailing list} line next: the lines
     * from that one on are the footer, the glued line stays the message's.
     */
    private static int gluedRule(String body, List<Line> lines, int i, boolean[] footer) {
        int n = lines.size();
        int k = i + 1;
        if (k >= n || lines.get(k).depth() != 0 || !MAILING_LIST.matcher(lines.get(k).text(body)).matches()) return i;
        while (k < n && k <= i + MAX_BLOCK && lines.get(k).depth() == 0 && !lines.get(k).blankContent(body)) {
            footer[k++] = true;
        }
        return k - 1;
    }

    /**
     * Whether the unquoted line is text with a rule of {@link #RULE_START}'s length or more glued to its
     * end, blanks after it aside; a rule behind a mark alone ({@code | ____}, another reply's quote) is none.
     */
    private static boolean endsInRule(String body, Line l) {
        int e = l.textEnd();
        while (e > l.start() && (body.charAt(e - 1) == ' ' || body.charAt(e - 1) == '\t')) e--;
        if (e - l.start() <= RULE_START.length() || !body.startsWith(RULE_START, e - RULE_START.length())) return false;
        for (int k = l.start(); k < e && body.charAt(k) != '_'; k++) {
            if (Character.isLetterOrDigit(body.charAt(k))) return true;
        }
        return false;
    }

    /**
     * A pipermail list footer inside a quote: a rule line and, within two lines at the same depth, the
     * {@code X mailing list} line; marked to the last line of that depth with content.
     */
    private static int quotedRule(String body, List<Line> lines, int i, boolean[] footer) {
        Line rule = lines.get(i);
        if (!RULE.matcher(rule.content(body)).matches()) return i;
        int n = lines.size();
        boolean list = false;
        for (int k = i + 1; k < n && k <= i + 2 && lines.get(k).depth() == rule.depth(); k++) {
            if (MAILING_LIST.matcher(lines.get(k).content(body)).matches()) list = true;
        }
        if (!list) return i;
        footer[i] = true;
        int k = i + 1;
        while (k < n && k <= i + MAX_BLOCK && lines.get(k).depth() == rule.depth() && !lines.get(k).blankContent(body)) {
            footer[k++] = true;
        }
        return k - 1;
    }

    /**
     * A scrubbed-attachment note without the next-part line before it ({@code An HTML attachment was
     * scrubbed...}, then {@code URL: ...}), as pipermail's text archive gives a message whose only
     * part was HTML: the note and its field lines, when a field line follows at once.
     */
    private static int scrubbed(String body, List<Line> lines, int i, boolean[] footer) {
        int n = lines.size();
        if (i + 1 >= n || !SCRUBBED.matcher(lines.get(i).text(body)).matches()) return i;
        int k = i + 1;
        while (k < n && lines.get(k).depth() == 0 && NOTE_FIELD.matcher(lines.get(k).text(body).strip()).matches()) k++;
        if (k == i + 1) return i;
        for (int f = i; f < k; f++) footer[f] = true;
        return k - 1;
    }

    private static int nextPart(String body, List<Line> lines, int i, boolean[] footer) {
        if (!body.startsWith("-----", lines.get(i).start()) || !NEXT_PART.matcher(lines.get(i).text(body)).matches()) return i;
        footer[i] = true;
        int n = lines.size();
        int k = i + 1;
        int last = i;
        while (k < n && k <= last + 2) {
            Line l = lines.get(k);
            if (l.depth() == 0 && l.blankContent(body)) {
                k++;
                continue;
            }
            if (l.depth() != 0 || !NOTE.matcher(l.text(body).strip()).matches()) break;
            footer[k] = true;
            last = k++;
        }
        return last;
    }

    /** The first char of {@code body[from, to)} that is no blank or tab, or 0. */
    private static char firstChar(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t') return c;
        }
        return 0;
    }
}
