package org.listscope.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.segment.Segmenter;

/**
 * Builds a {@link Message} from decoded mail headers and a body, as the text archive, mbox and
 * single-message parsers read them: author, date (with the separator's date as a fallback), subject,
 * Message-ID, In-Reply-To, References, list name and stable id.
 *
 * <p>A message that listscope exported ({@code mbox}, {@code maildir}) gets back what its
 * {@code X-Listscope-*} headers keep and mail has no header for: its id ({@code X-Listscope-Id}, so
 * that a message without a Message-ID keeps the id it was indexed under, not the one the export made
 * up), list ({@code X-Listscope-List}, see {@link ListNames}), archive URL ({@code X-Listscope-Url})
 * and the date as its source showed it ({@code X-Listscope-Date-Shown}: the {@code Date:} header the
 * export writes is the instant in UTC, and a message without one has its separator's date). An In-Reply-To that the export made up for a parent
 * found by other evidence ({@code X-Listscope-Made-Up}) is left out, as the source had none.
 * Threading and annotation are derived again, not read back; the source is the file read.
 */
final class MailFields {

    /** Header access by lower-case name; values raw (RFC 2047 not yet decoded), or {@code null}. */
    @FunctionalInterface
    interface Headers {
        String get(String lowerCaseName);
    }

    private MailFields() {
    }

    /**
     * The message of one record.
     *
     * @param in            the input it came from
     * @param format        {@code source.format}
     * @param headers       the record's headers
     * @param body          the decoded body
     * @param warnings      what was odd so far (charset guesses); more are added
     * @param fallbackDate  a date to use when the record has no readable {@code Date:} (the
     *                      separator's date), or {@code null}
     */
    static Message build(Input in, String format, Headers headers, String body, List<String> warnings,
                         String fallbackDate) {
        return build(in, format, headers, body, warnings, fallbackDate, true);
    }

    /** As {@link #build(Input, String, Headers, String, List, String)}; without segments when {@code segment} is false. */
    static Message build(Input in, String format, Headers headers, String body, List<String> warnings,
                         String fallbackDate, boolean segment) {
        List<String> warn = new ArrayList<>(warnings);
        body = StrayParts.without(body, warn);
        String subject = HeaderValues.decode(headers.get("subject"));
        String fromValue = HeaderValues.decode(headers.get("from"));
        Author from;
        if (fromValue == null || fromValue.isBlank()) {
            warn.add("no From header");
            from = Author.of(null, null, "");
        } else if (!headers.get("from").contains("=?")) {
            from = Addresses.fromHeader(fromValue); // no encoded word whose brackets could be read as a comment
        } else {
            Author named = Addresses.fromHeader(HeaderValues.decodeAddress(headers.get("from")));
            // shown as decoded, without the quotes that kept an encoded name's brackets in the name
            from = Author.of(named.name(), named.address(), SpaceRuns.collapse(fromValue));
        }
        String dateShown = headers.get("date");
        Dates.Parsed date = Dates.parse(dateShown);
        if (date.instant() == null && fallbackDate != null) {
            Dates.Parsed fb = Dates.parse(fallbackDate);
            if (fb.instant() != null) {
                warn.add((dateShown == null ? "no Date header" : date.warning())
                        + "; date taken from the archive's separator line (server time, read as UTC)");
                date = new Dates.Parsed(fb.instant(), null);
                if (dateShown == null) dateShown = fallbackDate;
            }
        }
        if (date.warning() != null) warn.add(date.warning());
        String shownBefore = exported(headers, "x-listscope-date-shown"); // a listscope export's: the source's form
        if (shownBefore != null) dateShown = shownBefore;
        String madeUp = exported(headers, "x-listscope-made-up");
        String messageId = HeaderValues.messageId(headers.get("message-id"));
        List<String> inReplyTo = madeUp(madeUp, "in-reply-to") ? List.of() : HeaderValues.messageIds(headers.get("in-reply-to"));
        List<String> references = HeaderValues.messageIds(headers.get("references"));
        String list = ListNames.guess(headers, subject, in);
        String id = exported(headers, "x-listscope-id");
        if (id != null && id.getBytes(StandardCharsets.UTF_8).length > MessageIds.MAX_BYTES) id = null;
        return Message.builder()
                .id(id != null ? id : MessageIds.of(messageId, from.key(), date.instant(), subject, body))
                .messageId(messageId)
                .list(list)
                .subject(subject)
                .from(from)
                .date(date.instant())
                .dateShown(dateShown == null ? null : dateShown.strip())
                .inReplyTo(inReplyTo)
                .references(references)
                .url(exported(headers, "x-listscope-url"))
                .source(new Source(in.path() == null ? null : in.name(), in.url(), format))
                .body(body)
                .segments(segment ? Segmenter.segment(body, from, subject) : List.of())
                .warnings(warn)
                .build();
    }

    /** Whether {@code X-Listscope-Made-Up} ({@code madeUp}, may be null) names the header {@code lowerCaseName}. */
    private static boolean madeUp(String madeUp, String lowerCaseName) {
        if (madeUp == null) return false;
        for (String name : madeUp.split(",")) {
            if (name.strip().toLowerCase(Locale.ROOT).equals(lowerCaseName)) return true;
        }
        return false;
    }

    /** The value of an {@code X-Listscope-*} header, decoded; {@code null} when absent or blank. */
    private static String exported(Headers headers, String lowerCaseName) {
        String v = HeaderValues.decode(headers.get(lowerCaseName));
        return v == null || v.isEmpty() ? null : v;
    }

    /** A body without trailing whitespace; its leading blank lines kept. */
    static String trimEnd(String body) {
        return body.substring(0, end(body, 0));
    }

    /** A body without leading blank lines and trailing whitespace. */
    static String trimBody(String body) {
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\n') start = i + 1;
            else if (c != ' ' && c != '\t' && c != '\r') break;
            i++;
        }
        if (i == body.length()) return "";
        return body.substring(start, end(body, start));
    }

    /** Where the body's trailing whitespace starts, not before {@code start}. */
    private static int end(String body, int start) {
        int end = body.length();
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
        return end;
    }
}
