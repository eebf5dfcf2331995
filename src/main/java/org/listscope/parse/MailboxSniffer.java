package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * Tells mail-record inputs apart by their first bytes: a pipermail text archive (From_ separators
 * in pipermail's style and only pipermail's few headers), an mbox, an MMDF mailbox, a LISTSERV
 * log, or one RFC 822 message (or a legacy mailbox of them, {@link LeadingLineSplitter}).
 */
final class MailboxSniffer {

    /** What the head of an input looks like. */
    enum Kind { PIPERMAIL_TEXT, MBOX, MMDF, LISTSERV, SINGLE_MESSAGE, OTHER }

    private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]+:[ \\t].*|[!-9;-~]+:$");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?is)(from|date|subject|message-id|received|return-path|to|delivered-to|x-[a-z-]+|mime-version|content-type|envelope-to|sender|reply-to|path|newsgroups):.*");

    private MailboxSniffer() {
    }

    static Kind sniff(Input input) throws IOException {
        byte[] head = input.head();
        if (head.length == 0) return Kind.OTHER;
        try (InputStream in = new java.io.ByteArrayInputStream(head)) {
            ByteLines lines = new ByteLines(in);
            // skip leading blank lines
            while (lines.next()) {
                if (!lines.isBlank()) break;
            }
            if (lines.length() == 0) return Kind.OTHER;
            if (lines.length() == 4 && lines.bytes()[0] == 1 && lines.bytes()[1] == 1
                    && lines.bytes()[2] == 1 && lines.bytes()[3] == 1) {
                return Kind.MMDF;
            }
            String first = lines.latin1();
            if (first.length() >= 40 && first.chars().allMatch(c -> c == '=')) {
                return lines.next() && HEADER_LINE.matcher(lines.latin1()).matches() ? Kind.LISTSERV : Kind.OTHER;
            }
            if (first.startsWith("From ") && first.matches("From \\S.*\\d{1,2}:\\d{2}.*")) {
                // pipermail hides addresses ("user at host") or, in its first generation, writes
                // RFC 822 dates on the separator line; mbox From_ lines carry ctime dates
                boolean pipermailStyle = first.matches("From \\S+ at \\S+\\s.*") || first.matches("From \\S+ [A-Z][a-z]{2}, .*")
                        || first.startsWith("From " + Author.MAILMAN_PLACEHOLDER + " ");
                boolean pipermail = true;
                boolean anyHeader = false;
                while (lines.next() && !lines.isBlank()) {
                    String l = lines.latin1();
                    if (l.startsWith(" ") || l.startsWith("\t")) continue;
                    int colon = l.indexOf(':');
                    if (colon <= 0) break;
                    anyHeader = true;
                    if (l.regionMatches(true, 0, "From:", 0, 5) && l.matches("(?i)From:.*\\S at \\S.*")) pipermailStyle = true;
                    if (!PipermailTextParser.PIPERMAIL_HEADERS.contains(l.substring(0, colon).toLowerCase(java.util.Locale.ROOT))) {
                        pipermail = false;
                    }
                }
                if (!anyHeader) return Kind.OTHER;
                return pipermail && pipermailStyle ? Kind.PIPERMAIL_TEXT : Kind.MBOX;
            }
            // a year alone before a message: the IETF's legacy mailboxes (LeadingLineSplitter)
            if (LeadingLineSplitter.YEAR_LINE.matcher(first).matches() && !lines.next()) return Kind.OTHER;
            // one message: header lines up to a blank line, at least one a mail header
            int headers = 0;
            boolean mail = false;
            do {
                if (lines.isBlank()) break;
                String l = lines.latin1();
                if (l.startsWith(" ") || l.startsWith("\t")) continue;
                if (!HEADER_LINE.matcher(l).matches()) return Kind.OTHER;
                headers++;
                if (MAIL_HEADER.matcher(l).matches()) mail = true;
            } while (lines.next());
            return headers >= 2 && mail ? Kind.SINGLE_MESSAGE : Kind.OTHER;
        }
    }
}
