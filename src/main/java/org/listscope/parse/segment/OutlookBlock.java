package org.listscope.parse.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Outlook-style quote headers: a {@code -----Original Message-----} line (or
 * {@code ----- Original Message -----}) followed by {@code From:}, {@code Sent:}, {@code To:},
 * {@code Subject:} lines (continuation lines allowed), or such a header block without the separator
 * line when it begins with {@code From:} and holds {@code Sent:} or {@code Date:}. The text after the
 * block is quoted, unprefixed.
 */
final class OutlookBlock {

    private static final Pattern SEPARATOR = Pattern.compile(
            "-{3,}\\s*(?:Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Forwarded message)\\s*-{3,}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile(
            "(From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance|Von|Gesendet|An|Betreff|De|Envoy\u00e9|\u00c0|Objet)\\s*:\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_BEHALF = Pattern.compile("On Behalf Of\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_LINES = 12;

    private OutlookBlock() {
    }

    /**
     * The Outlook header block that starts at line {@code i}, or {@code null}. The returned
     * attribution's {@code lines} counts the separator and header lines.
     */
    static Attribution detect(String body, List<Line> lines, int i) {
        Line first = lines.get(i);
        String text = first.content(body).strip();
        boolean separator = SEPARATOR.matcher(text).matches();
        if (!separator && !text.regionMatches(true, 0, "From:", 0, 5)) return null;
        int j = separator ? i + 1 : i;
        while (separator && j < lines.size() && j < i + 3 && lines.get(j).blankContent(body)) j++;
        String from = null;
        String sent = null;
        String lastField = null;
        int headers = 0;
        int end = j;
        for (; end < lines.size() && end < j + MAX_HEADER_LINES; end++) {
            Line l = lines.get(end);
            if (l.depth() != first.depth() || l.blankContent(body)) break;
            String c = l.content(body).strip();
            Matcher h = HEADER.matcher(c);
            if (h.matches()) {
                lastField = h.group(1).toLowerCase(Locale.ROOT);
                headers++;
                switch (lastField) {
                    case "from", "von", "de" -> from = h.group(2);
                    case "sent", "date", "gesendet", "envoy\u00e9" -> sent = h.group(2);
                    default -> { }
                }
            } else if (lastField == null || end == j) {
                break;
            } else if (continuation(l, body) || wrappedName(body, lines.get(end - 1), c)) {
                if (lastField.equals("from") && from != null) from = from + " " + c; // [mailto:...]On Behalf Of Name
            } else {
                break;
            }
        }
        if (from == null || (!separator && (sent == null || headers < 3))) return null;
        if (separator && headers < 2) return null;
        String author = outlookAuthor(from);
        return new Attribution(author, sent == null ? null : AttributionDates.parse(sent), end - i, true);
    }

    /** A wrapped header line: indented, or Outlook's {@code [mailto:...]On Behalf Of} line. */
    private static boolean continuation(Line l, String body) {
        char first = body.charAt(l.contentStart());
        return first == ' ' || first == '\t' || first == '[' || l.content(body).contains("On Behalf Of");
    }

    /** The rest of a name wrapped after {@code On Behalf Of} ({@code Ken} / {@code Kinder}). */
    private static boolean wrappedName(String body, Line previous, String c) {
        return previous.content(body).contains("On Behalf Of") && c.split("\\s+").length <= 3 && c.indexOf(':') < 0;
    }

    private static String outlookAuthor(String from) {
        Matcher behalf = ON_BEHALF.matcher(from);
        if (behalf.find()) return behalf.group(1).strip();
        return AttributionDetector.author(from);
    }
}
