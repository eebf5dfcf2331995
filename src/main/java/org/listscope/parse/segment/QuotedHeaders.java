package org.listscope.parse.segment;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the header block of a message quoted whole: Outlook's {@code -----Original Message-----}
 * line (or {@code ----- Original Message -----}) followed by {@code From:}, {@code Sent:},
 * {@code To:}, {@code Subject:} lines (continuation lines allowed), or such a block without the
 * separator line when it begins with {@code From:} and holds {@code Sent:} or {@code Date:}; and a
 * forwarded message: a forward line ({@code ------- Forwarded Message}, {@code Begin forwarded
 * message:}, {@code ----- Begin Included Message -----}) before two header lines or more, or without
 * one a block of three header lines or more that names the sender and a date, subject or newsgroup
 * and ends with a blank line ({@code From: denning@guvax (Dorothy Denning)}, {@code Newsgroups:
 * sci.crypt}, {@code Subject: SKIPJACK Review}). After two known headers, a line of any header name
 * ({@code Org: Internet Talk Radio}) belongs to the block. The text after the block is quoted, unprefixed, and
 * belongs to that sender; a forward ends at a line such as {@code ------- End of Forwarded Message}
 * ({@link ForwardLines}). A forward line with no header block below it forwards text of a sender
 * nobody named. VMS MAIL's header block ({@code From: IN%"ann@example.org" "Ann Lee" 14-NOV-1993 ...},
 * {@code To:}, {@code CC:}, {@code Subj:}) is a block of three header lines too; it names the
 * sender's personal name, else the address.
 */
final class QuotedHeaders {

    private static final Pattern HEADER = Pattern.compile(
            "(From|Sent|Date|To|Cc|Bcc|Subject|Subj|Reply-To|Importance|Von|Gesendet|An|Betreff|De|Envoy(?:\u00e9|e|\\?|\ufffd)(?: le)?|\u00c0|Objet"
                    + "|\\?{1,2}|\ufffd|Mittente|Da|Data|Inviato|Oggetto|Enviado(?: el)?|Para|Asunto|Van|Verzonden|Aan|Onderwerp"
                    + "|Newsgroups|Path|Message-Id|Organi[sz]ation|Sender|Received|Return-Path|References|In-Reply-To"
                    + "|Lines|Distribution|Followup-To|Keywords|Summary|Approved|Mime-Version|Content-Type"
                    + "|Content-Transfer-Encoding|Nntp-Posting-Host|Status|Precedence|Priority|Apparently-To|Errors-To"
                    + "|Comments|Resent-[A-Za-z]+|X-[A-Za-z0-9-]+)\\s*:\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    /** The names of a sender's header line, in the languages Outlook writes ({@link #fieldName}). */
    private static final Set<String> FROM_FIELDS = Set.of("from", "von", "de", "da", "mittente", "van");
    /** The names of a date's header line: a mail header's {@link #MAIL_DATE_FIELDS} and Outlook's "Sent:" in its languages. */
    private static final Set<String> DATE_FIELDS = Set.of("sent", "date", "data", "gesendet", "envoy\u00e9", "inviato", "enviado",
            "verzonden");
    private static final Set<String> MAIL_DATE_FIELDS = Set.of("date", "data");
    /** The names of a header line that names a topic. */
    private static final Set<String> TOPIC_FIELDS = Set.of("subject", "subj", "newsgroups", "betreff", "objet", "oggetto", "asunto",
            "onderwerp");
    /** The header names a forwarded message's block may start with, where no forward line comes first. */
    private static final Set<String> FORWARD_START = Set.of("from", "date", "subject", "newsgroups", "path",
            "message-id", "received", "return-path", "sender", "to", "reply-to", "organization", "organisation");
    /**
     * VMS MAIL's sender: {@code IN%"ann@example.org"  "Ann Lee" 14-NOV-1993 10:05:12.30}, or a
     * DECnet {@code NODE::USER}; the address (1) or user (2), the personal name (3).
     */
    private static final Pattern VMS_SENDER = Pattern.compile(
            "(?:[A-Za-z]+%\"([^\"]+)\"|([A-Za-z0-9_$]+::[A-Za-z0-9_$.-]+))(?:\\s+\"([^\"]*)\")?"
                    + "(?:\\s+\\d{1,2}-[A-Za-z]{3}-\\d{4}(?:\\s+[\\d:.]+)?)?");
    /** Another field on a sender's line, after a run of blanks: {@code KEN PAVLAK      Refer#: NONE}. */
    private static final Pattern NEXT_FIELD = Pattern.compile("\\s{2,}(?=[A-Za-z]+#?:)");
    private static final Pattern ON_BEHALF = Pattern.compile(
            "(?:On Behalf Of|Im Auftrag von|Namens|De la part de|En nombre de|Per conto di)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** The words before the name of the person a list or assistant sent a message for, as Outlook writes them. */
    private static final List<String> BEHALF = List.of("On Behalf Of", "Im Auftrag", "Namens", "De la part de", "En nombre de",
            "Per conto di");
    /** A header block of a forward may carry a long Received: and Path: trail; a blank line ends it anyway. */
    private static final int MAX_HEADER_LINES = 30;
    /** A line that says someone wrote what follows, as attributions end. */
    private static final Pattern WRITES = Pattern.compile("(?i)\\b(?:wrote|write|writes|said|says)\\s*:\\s*$");
    /**
     * How many lines below a forward line a header block still belongs to the forward it opens
     * ("Article 9566 in alt.security:" or the forwarder's note of a few lines come first).
     */
    private static final int HEADER_REACH = 8;

    private QuotedHeaders() {
    }

    /**
     * The header block (Outlook's or a forward's) that starts at line {@code i}, or {@code null}. The
     * returned attribution's {@code lines} counts the separator and header lines; it is a forward
     * unless Outlook's separator or {@code Sent:} line says it quotes a reply, or, without a forward
     * line above it, {@code inReply} (the message's subject says it replies).
     */
    static Attribution detect(String body, List<Line> lines, int i, boolean inReply) {
        Line first = lines.get(i);
        String text = first.content(body).strip();
        boolean separator = ForwardLines.opens(text);
        // a sender's line in any of Outlook's languages ("Von:", "De :"), where no separator line comes first
        Matcher header = HEADER.matcher(text);
        boolean startsWithFrom = header.matches() && FROM_FIELDS.contains(fieldName(header.group(1)));
        if (!separator && !FORWARD_START.contains(headerName(text)) && !startsWithFrom) return null;
        if (!separator && quotedByCode(body, lines, i)) return null;
        int j = separator ? i + 1 : i;
        while (separator && j < lines.size() && j < i + 3 && lines.get(j).blankContent(body)) j++;
        Block block = scan(body, lines, first, j);
        int end = block.end();
        if (separator && block.headers() == 0 && !ForwardLines.opensAReplysQuote(text)) return headerless(body, lines, i, j);
        if (block.from() == null || block.from().isBlank()) return null;
        // a forward's line and its sender alone ("------- Forwarded Message", "From: djw@eff.org") is a
        // forward of that sender; a reply's quote ("-----Original Message-----") needs a second header
        if (separator && block.headers() < (ForwardLines.opensAReplysQuote(text) ? 2 : 1)) return null;
        if (!separator) {
            boolean outlook = startsWithFrom && block.sent() != null && block.headers() >= 3;
            boolean blankAfter = end == lines.size() || lines.get(end).blankContent(body) || lines.get(end).depth() != first.depth();
            boolean forward = block.headers() >= 3 && (block.sent() != null || block.topic()) && blankAfter;
            if (!outlook && !forward) return null;
            // headers indented by a tab above text at the margin: an example's ("send this message:"), no forward
            if (first.ledByTab(body) && !indentedBelow(body, lines, end)) return null;
        }
        boolean reply = separator ? ForwardLines.opensAReplysQuote(text) : block.sentLine() || inReply;
        return new Attribution(outlookAuthor(block.from()), block.date(), end - i, true, !reply);
    }

    /**
     * A header block at depth 0 that stands as the attribution of the quote right below it: two
     * header lines or more, {@code From:} among them, then (after blank lines) a quoted line
     * ({@code From: Christopher Armstrong <...>}, {@code Date: 15 May 2002 13:10:00 -0400}, blank,
     * {@code > So, we need two things}); else {@code null}. For a block {@link #detect} does not take.
     */
    static Attribution aboveQuote(String body, List<Line> lines, int i) {
        Line first = lines.get(i);
        if (first.depth() != 0 || !FORWARD_START.contains(headerName(first.content(body).strip()))) return null;
        Block block = scan(body, lines, first, i);
        if (block.from() == null || block.from().isBlank() || block.headers() < 2) return null;
        int k = block.end();
        while (k < lines.size() && lines.get(k).blank(body)) k++;
        if (k == lines.size() || lines.get(k).depth() == 0) return null;
        return new Attribution(outlookAuthor(block.from()), block.date(), block.end() - i, true);
    }

    /**
     * A lone {@code From:} header behind a bar or colon, opening a passage quoted behind the same
     * mark ({@code : From: Ann Lee <ann@example.org>}, then {@code : her words}): the attribution of
     * that passage and of the reply's later ones at its depth; else {@code null}. A block of several
     * headers is {@link #detect}'s.
     */
    static Attribution markedFrom(String body, List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.depth() != 1 || l.marker() != '|' && l.marker() != ':') return null;
        Matcher h = HEADER.matcher(l.content(body).strip());
        if (!h.matches() || !FROM_FIELDS.contains(fieldName(h.group(1))) || h.group(2).isBlank()) return null;
        int above = i - 1;
        while (above >= 0 && lines.get(above).blankContent(body)) above--;
        if (above >= 0 && lines.get(above).depth() > 0) return null; // inside a passage, not opening one
        int next = i + 1;
        while (next < lines.size() && lines.get(next).blankContent(body)) next++;
        if (next == lines.size() || lines.get(next).depth() != 1 || lines.get(next).marker() != l.marker()) return null;
        if (HEADER.matcher(lines.get(next).content(body).strip()).matches()) return null;
        return new Attribution(outlookAuthor(h.group(2)), null, 1, true);
    }

    /**
     * A short header block inside a quote that opens a passage of that quote: one header line or
     * more, {@code From:} or {@code Date:} first and a {@code From:} with an address among them
     * ({@code > Date: Tue, 25 May 93 ...}, {@code > From: Matt Blaze <uunet!crypto.com!mab>}),
     * standing at the start of the body, below a blank line or below a shallower line, with quoted
     * text below it (after blank lines); else {@code null}. For a block {@link #detect} does not take.
     * The text below it at its depth is that sender's, until the next such block or attribution;
     * what is a level deeper is what the sender quoted ({@code > From: Yanek}, then {@code > > }
     * the words Yanek answered), so it stays with whoever wrote it.
     *
     * <p>Only a block at the quote's margin (one space after the marker at most): one indented
     * behind the marker ({@code >   From: tcmay@netcom.com}) is a message the quoted writer had
     * quoted by indenting it, with their own words below it at the margin, and the reply answers
     * that writer, not the sender the block names.
     */
    static Attribution inQuote(String body, List<Line> lines, int i) {
        Line first = lines.get(i);
        if (first.depth() == 0 || first.firstVisible(body) - first.contentStart() > 1) return null;
        String name = headerName(first.content(body).strip());
        // not "To:" first: the example headers of a message about mail ("> To: anon3+...", "> From: wcs@...")
        if (!FROM_FIELDS.contains(name) && !MAIL_DATE_FIELDS.contains(name) && !name.equals("newsgroups")) return null;
        if (i > 0) {
            Line above = lines.get(i - 1);
            if (!above.blankContent(body) && above.depth() >= first.depth()) return null; // inside a paragraph
        }
        String from = null;
        String date = null;
        int end = i;
        for (; end < lines.size() && end < i + MAX_HEADER_LINES; end++) { // header lines only: an indented line below is text
            Line l = lines.get(end);
            if (l.depth() != first.depth()) break;
            Matcher h = HEADER.matcher(l.content(body).strip());
            if (!h.matches()) break;
            String field = fieldName(h.group(1));
            if (FROM_FIELDS.contains(field) && from == null) from = h.group(2);
            if (MAIL_DATE_FIELDS.contains(field) && date == null) date = h.group(2);
        }
        if (from == null || !hasAddress(from)) return null;
        int k = end;
        while (k < lines.size() && lines.get(k).blankContent(body)) k++; // "> From: ...", a blank line, "> her words"
        if (k == lines.size() || lines.get(k).depth() < first.depth()) return null;
        return new Attribution(outlookAuthor(from), date == null ? null : AttributionDates.parse(date), end - i, true);
    }

    /** Whether a sender's header value holds an address ({@code ann@example.org}, {@code uunet!crypto.com!mab}). */
    private static boolean hasAddress(String from) {
        int at = from.indexOf('@');
        if (at > 0 && at < from.length() - 1) return true;
        int bang = from.indexOf('!');
        return bang > 0 && bang < from.length() - 1 && Character.isLetterOrDigit(from.charAt(bang + 1));
    }

    /** A header block as read: its sender and date, whether its date is Outlook's {@code Sent:}, whether it names a topic, its header count and end. */
    private record Block(String from, String sent, boolean sentLine, boolean topic, int headers, int end) {

        /** The date of its {@code Date:} or {@code Sent:} line, or {@code null}. */
        Instant date() {
            return sent == null ? null : AttributionDates.parse(sent);
        }
    }

    /** Reads the header lines from line {@code j} on, at {@code first}'s depth, up to a blank line or a line that is no header. */
    private static Block scan(String body, List<Line> lines, Line first, int j) {
        String from = null;
        String sent = null;
        boolean sentLine = false; // Outlook's "Sent:", as against a mail header's "Date:"
        boolean topic = false; // a subject or newsgroups line
        String lastField = null;
        int headers = 0;
        int end = j;
        for (; end < lines.size() && end < j + MAX_HEADER_LINES; end++) {
            Line l = lines.get(end);
            if (l.depth() != first.depth() || l.blankContent(body)) break;
            String c = l.content(body).strip();
            Matcher h = HEADER.matcher(c);
            if (h.matches()) {
                lastField = fieldName(h.group(1));
                headers++;
                if (FROM_FIELDS.contains(lastField)) {
                    from = from == null ? h.group(2) : from;
                } else if (DATE_FIELDS.contains(lastField)) {
                    sent = sent == null ? h.group(2) : sent;
                    sentLine |= !MAIL_DATE_FIELDS.contains(lastField);
                } else if (TOPIC_FIELDS.contains(lastField)) {
                    topic = true;
                }
            } else if (lastField == null || end == j) {
                break;
            } else if (headers >= 2 && !headerName(c).isEmpty()) {
                lastField = headerName(c); // a header of a name not listed above ("Org:"), inside a block
            } else if (continuation(l, body) || wrappedName(body, lines.get(end - 1), c)) {
                if (from != null && FROM_FIELDS.contains(lastField)) from = from + " " + c; // [mailto:...]On Behalf Of Name
            } else {
                break;
            }
        }
        return new Block(from, sent, sentLine, topic, headers, end);
    }

    /**
     * A forward line with no header block below it ({@code ------- Forwarded Message}, then a White
     * House statement): the text below is still a forward, of a sender nobody named, and not the
     * forwarder's own words. Only where that text starts unprefixed, right away, with a line that is
     * no header, no envelope {@code From } line, no attribution and no end of the forward, and no
     * header block follows within {@link #HEADER_REACH} lines; else {@code null}.
     */
    private static Attribution headerless(String body, List<Line> lines, int i, int next) {
        if (next >= lines.size() || next > i + 3) return null;
        Line l = lines.get(next);
        if (l.depth() != lines.get(i).depth() || l.blankContent(body)) return null;
        String c = l.content(body).strip();
        if (!headerName(c).isEmpty() || c.startsWith("From ") || c.startsWith(">") || ForwardLines.ends(c)) return null;
        String second = next + 1 < lines.size() ? lines.get(next + 1).content(body) : null;
        // "On ..., Glyph wrote:", "In <...>, you write:": a reply's quote, not a forward
        if (AttributionDetector.detect(l.content(body), second) != null || WRITES.matcher(c).find()) return null;
        for (int k = next + 1; k < lines.size() && k <= next + HEADER_REACH; k++) { // the forwarder's note above a header block
            String d = lines.get(k).content(body).strip();
            if (HEADER.matcher(d).matches() || d.startsWith("From ")) return null;
        }
        return new Attribution(null, null, 1, true, true, true);
    }

    /** A header name as {@link #HEADER} read it, lower-cased: "Envoy? le" (its accent lost on the way) is "envoy\u00e9", "Enviado el" "enviado". */
    private static String fieldName(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        if (name.startsWith("envoy")) return "envoy\u00e9";
        return name.startsWith("enviado") ? "enviado" : name;
    }

    /** The lower-case header name a line starts with ({@code from} of {@code From: Ann}), or "". */
    private static String headerName(String text) {
        int k = 0;
        while (k < text.length() && k < 20 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '-')) k++;
        return k > 0 && k < text.length() && text.charAt(k) == ':' ? text.substring(0, k).toLowerCase(Locale.ROOT) : "";
    }

    /** A header block inside a program's string ({@code mail = StringIO("""Date: ...}): sample data, not a forward. */
    private static boolean quotedByCode(String body, List<Line> lines, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            String c = lines.get(k).content(body);
            if (c.isBlank()) continue;
            return c.contains("\"\"\"") || c.contains("'''");
        }
        return false;
    }

    /** Whether the first line with text from {@code k} on is indented, as an indented block's own text is. */
    private static boolean indentedBelow(String body, List<Line> lines, int k) {
        while (k < lines.size() && lines.get(k).blankContent(body)) k++;
        return k == lines.size() || lines.get(k).firstVisible(body) > lines.get(k).contentStart();
    }

    /** A wrapped header line: indented, or Outlook's {@code [mailto:...]On Behalf Of} line. */
    private static boolean continuation(Line l, String body) {
        char first = body.charAt(l.contentStart());
        return first == ' ' || first == '\t' || first == '[' || onBehalf(l.content(body));
    }

    /** The rest of a name wrapped after {@code On Behalf Of} ({@code Ken} / {@code Kinder}, {@code Im Auftrag} / {@code von Ann Lee}). */
    private static boolean wrappedName(String body, Line previous, String c) {
        return onBehalf(previous.content(body)) && c.split("\\s+").length <= 3 && c.indexOf(':') < 0;
    }

    private static boolean onBehalf(String line) {
        for (String words : BEHALF) {
            if (line.contains(words)) return true;
        }
        return false;
    }

    private static String outlookAuthor(String from) {
        Matcher behalf = ON_BEHALF.matcher(from);
        if (behalf.find()) return AttributionDetector.author(behalf.group(1));
        Matcher vms = VMS_SENDER.matcher(from.strip());
        if (vms.matches()) {
            if (vms.group(3) != null && !vms.group(3).isBlank()) return vms.group(3).strip();
            return vms.group(1) != null ? vms.group(1) : vms.group(2);
        }
        return AttributionDetector.author(NEXT_FIELD.split(from, 2)[0]);
    }
}
