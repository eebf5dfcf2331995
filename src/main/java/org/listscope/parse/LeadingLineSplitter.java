package org.listscope.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a legacy mailbox without separator lines, as the IETF's old list archives keep them: each
 * message begins, after a blank line, with the line the first one begins with, a header
 * ({@code Return-Path:}, {@code Envelope-to:}, {@code Received:}, {@code X-Envelope-From:},
 * {@code Date:}, {@code To:}, {@code Path:}) or a line holding only a year ({@code 2005}), which is
 * no part of the message. Such a line counts only where a header follows it and not inside a MIME
 * multipart body still open (a delivery report's copy of the headers it bounced).
 *
 * <p>A mailbox whose first message leads with {@code From:} (the IETF's {@code mailbox_from}) is split
 * by its structure, not by that line alone, as its messages lead with whichever header their mailer
 * wrote first ({@code From:}, {@code Date:}, {@code To:}): a message begins, after a blank line, with a
 * whole header block, header lines up to a blank line, that holds {@code From:}, {@code Subject:} and a
 * {@code Date:} listscope reads. The first message must be such a block, and a later one must lead with
 * {@code From:} again; a {@code From:} line alone, as a body quotes one, begins nothing.
 *
 * <p>A file whose first line is none of these, or in which the line (the structure) never comes back,
 * is one message.
 */
final class LeadingLineSplitter {

    private LeadingLineSplitter() {
    }

    /** One message: bytes {@code start} to {@code end} of the file. */
    record Range(int start, int end) {
    }

    /** The header fields a legacy mailbox's messages lead with. */
    private static final Pattern LEADING_FIELD = Pattern.compile(
            "(?i)(Return-Path|Envelope-to|Received|X-Envelope-From|Date|To|Path):.*");
    /** A year alone on a line, before each message of some of the IETF's archives. */
    static final Pattern YEAR_LINE = Pattern.compile("(?:19[89]|20[0-4])\\d");
    private static final Pattern HEADER = Pattern.compile("[!-9;-~]+:.*");
    /** The first line of a mailbox whose messages are told by their whole header blocks. */
    private static final Pattern FROM_FIELD = Pattern.compile("(?i)From:.*");
    /** A header line as mailers write them: a name of letters, digits and hyphens (not {@code <ftp://...>}). */
    private static final Pattern NAMED_HEADER = Pattern.compile("([A-Za-z0-9-]+):.*");
    /** The fields a header block must hold to begin a message of such a mailbox. */
    private static final List<String> MESSAGE_FIELDS = List.of("from", "date", "subject");
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?is)content-type:\\s*multipart/[^\\n]*?boundary\\s*=\\s*(?:\"([^\"]+)\"|([^;\\s]+))");

    /**
     * The messages of {@code bytes[0..len)}: several where the file is a legacy mailbox, else one
     * range covering the file from its first non-blank line (after a year line, where it starts with
     * one): a blank line before the headers would end them before they begin.
     */
    static List<Range> split(byte[] bytes, int len) {
        int at = 0; // the first line that is not blank, read before the rest: most files are one message
        while (at < len && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) at++;
        int lineEnd = at;
        while (lineEnd < len && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') lineEnd++;
        String head = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).stripTrailing();
        boolean year = YEAR_LINE.matcher(head).matches();
        String field = year ? null : leadingField(head);
        boolean byBlock = !year && field == null && FROM_FIELD.matcher(head).matches();
        Range whole = new Range(at == len ? 0 : at, len);
        if (!year && field == null && !byBlock) return List.of(whole);
        List<int[]> lines = lines(bytes, len);
        int first = 0;
        while (blank(bytes, lines.get(first))) first++;
        if (byBlock && !beginsMessage(bytes, lines, first)) return List.of(whole);
        List<Integer> starts = new ArrayList<>();
        starts.add(first);
        boolean fromAgain = false;
        String boundary = boundaryOf(bytes, lines, year ? first + 1 : first);
        boolean closed = boundary == null;
        for (int i = first + 1; i + 1 < lines.size(); i++) {
            if (!closed) {
                closed = latin1(bytes, lines.get(i)).equals("--" + boundary + "--");
                continue;
            }
            if (!blank(bytes, lines.get(i - 1)) || blank(bytes, lines.get(i))) continue;
            String line = latin1(bytes, lines.get(i));
            boolean separator = year ? YEAR_LINE.matcher(line).matches()
                    : byBlock ? beginsMessage(bytes, lines, i) : field.equalsIgnoreCase(leadingField(line));
            if (!separator || !byBlock && !HEADER.matcher(latin1(bytes, lines.get(i + 1))).matches()) continue;
            starts.add(i);
            fromAgain |= byBlock && FROM_FIELD.matcher(line).matches();
            boundary = boundaryOf(bytes, lines, year ? i + 1 : i);
            closed = boundary == null;
        }
        if (byBlock && !fromAgain) return List.of(whole);
        List<Range> out = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            int line = starts.get(k) + (year ? 1 : 0);
            int start = line < lines.size() ? lines.get(line)[0] : len;
            int end = k + 1 < starts.size() ? lines.get(starts.get(k + 1))[0] : len;
            out.add(new Range(start, end));
        }
        return out;
    }

    /** The field name a legacy mailbox's message may lead with, lower-cased, or {@code null}. */
    private static String leadingField(String line) {
        Matcher m = LEADING_FIELD.matcher(line);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether line {@code from} begins a whole header block, header lines and their continuations up
     * to a blank line or the end, holding {@link #MESSAGE_FIELDS}, its date one listscope reads.
     */
    private static boolean beginsMessage(byte[] bytes, List<int[]> lines, int from) {
        List<String> fields = new ArrayList<>();
        String date = null;
        for (int i = from; i < lines.size() && !blank(bytes, lines.get(i)); i++) {
            String line = latin1(bytes, lines.get(i));
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (continuation && i > from) continue;
            Matcher header = NAMED_HEADER.matcher(line);
            if (continuation || !header.matches()) return false;
            String name = header.group(1).toLowerCase(Locale.ROOT);
            fields.add(name);
            if (name.equals("date") && date == null) date = line.substring(line.indexOf(':') + 1);
        }
        return fields.containsAll(MESSAGE_FIELDS) && Dates.parse(date).instant() != null;
    }

    /** The multipart boundary the header block starting at line {@code from} declares, or {@code null}. */
    private static String boundaryOf(byte[] bytes, List<int[]> lines, int from) {
        StringBuilder headers = new StringBuilder();
        for (int i = from; i < lines.size() && !blank(bytes, lines.get(i)); i++) {
            String line = latin1(bytes, lines.get(i));
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) headers.append(' ').append(line.strip());
            else headers.append('\n').append(line);
        }
        Matcher m = BOUNDARY.matcher(headers);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** Each line's start and end (without its line break). */
    private static List<int[]> lines(byte[] bytes, int len) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < len; i++) {
            if (bytes[i] == '\n') {
                out.add(new int[] {start, i > start && bytes[i - 1] == '\r' ? i - 1 : i});
                start = i + 1;
            }
        }
        if (start < len) out.add(new int[] {start, len});
        return out;
    }

    private static boolean blank(byte[] bytes, int[] line) {
        for (int i = line[0]; i < line[1]; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') return false;
        }
        return true;
    }

    private static String latin1(byte[] bytes, int[] line) {
        return new String(bytes, line[0], line[1] - line[0], StandardCharsets.ISO_8859_1);
    }
}
