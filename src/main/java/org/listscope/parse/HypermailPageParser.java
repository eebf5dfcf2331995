package org.listscope.parse;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.segment.Segmenter;

/**
 * Reads Hypermail message pages ({@code 0003.html}), the archive format of the W3C's public lists
 * ({@code public-privacy@w3.org}) and of many others. Recognised by content: Hypermail's
 * {@code <!-- body="start" -->} marker with its generator line or its {@code <!-- isosent="..." -->}
 * field.
 *
 * <p>Field sources: Hypermail writes the message's fields into comments before the body
 * ({@code <!-- name="Nick Doty" -->}, {@code email}, {@code subject}, {@code sent}, {@code isosent},
 * {@code id}, {@code inreplyto}), their characters as HTML entities; the date is {@code sent}
 * (RFC 822, with its zone), else {@code isosent} (UTC). The list is the address the page's title or
 * its index link names ({@code public-privacy@w3.org}), without its host, else the folder above the
 * page's. The body is the W3C's {@code <pre id="body">}, else the HTML between the
 * {@code body="start"} and {@code body="end"} markers as text, without the header block.
 * {@code url} is the input's URL (from a WARC record or crawl), and {@code null} for a local file.
 */
public final class HypermailPageParser implements ArchiveParser {

    /** The largest page read; bigger inputs are refused with a message. */
    public static final long MAX_BYTES = 10L << 20;

    private static final String BODY_START = "<!-- body=\"start\" -->";
    private static final String BODY_END = "<!-- body=\"end\" -->";
    private static final String ISOSENT = "<!-- isosent=\"";
    private static final Pattern FIELD = Pattern.compile("<!-- ([a-z]+)=\"([^\"]*)\" -->");
    /** {@code (public-privacy@w3.org from April to June 2018)} in the title; {@code Index of public-privacy@w3.org}. */
    private static final Pattern LIST = Pattern.compile(
            "\\(([A-Za-z0-9][\\w.+-]*)@[\\w.-]+ from [^()]*\\)\\s*</title>|title=\"Index of ([A-Za-z0-9][\\w.+-]*)@", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter ISO_SENT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    @Override
    public String format() {
        return "hypermail-html";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        String head = input.headText();
        return holdsMessage(head) && (head.contains(ISOSENT) || generatedByHypermail(head));
    }

    /** Whether a page's head says Hypermail wrote it (its generator line). */
    static boolean generatedByHypermail(String head) {
        return Markup.find(head, "content=\"hypermail", 0, head.length()) >= 0;
    }

    /** Whether a page's head holds a message: its body marker or its {@code isosent} field. */
    static boolean holdsMessage(String head) {
        return head.contains(BODY_START) || head.contains(ISOSENT);
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException, ParseException {
        Charsets.Decoded decoded = Charsets.htmlPage(input.readAll(MAX_BYTES));
        sink.message(toMessage(decoded.text(), input, decoded.warning()));
    }

    /** Builds the message from the page's HTML; {@code charsetWarning} may be {@code null}. */
    Message toMessage(String html, Input input, String charsetWarning) throws ParseException {
        int bodyStart = html.indexOf(BODY_START);
        Map<String, String> fields = fields(html, bodyStart < 0 ? html.length() : bodyStart);
        if (fields.isEmpty()) throw new ParseException("a Hypermail page without its message fields: cut short, or not a message page");
        List<String> warnings = new ArrayList<>(2);
        if (charsetWarning != null) warnings.add(charsetWarning);

        String subject = fields.get("subject");
        if (subject == null) warnings.add("no subject on the page");
        Author from = author(fields.get("name"), fields.get("email"), warnings);
        Dates.Parsed date = date(fields.get("sent"), fields.get("isosent"), warnings);
        String list = list(html, ArchiveLocation.of(input.url(), input.name()));
        if (list == null) warnings.add("list name not found (no list address in the title or index link)");
        String messageId = MessageIds.canonical(fields.get("id"));
        String inReplyTo = MessageIds.canonical(fields.get("inreplyto"));
        String body = StrayParts.without(body(html, bodyStart), warnings);

        return Message.builder()
                .id(MessageIds.of(messageId, from.key(), date.instant(), subject, body))
                .messageId(messageId)
                .list(list)
                .subject(subject)
                .from(from)
                .date(date.instant())
                .dateShown(fields.get("sent"))
                .inReplyTo(inReplyTo == null ? List.of() : List.of(inReplyTo))
                .url(input.url())
                .source(new Source(input.url() == null ? input.name() : null, input.url(), format()))
                .body(body)
                .segments(Segmenter.segment(body, from, subject))
                .warnings(warnings)
                .build();
    }

    /** The message fields Hypermail writes as comments before {@code end}, their entities resolved; the first of each. */
    static Map<String, String> fields(String html, int end) {
        Map<String, String> out = new HashMap<>();
        Matcher m = FIELD.matcher(html).region(0, end);
        while (m.find()) {
            String value = Parser.unescapeEntities(m.group(2), false).strip();
            if (!value.isEmpty()) out.putIfAbsent(m.group(1), value);
        }
        return out;
    }

    private static Author author(String name, String email, List<String> warnings) {
        String address = email == null ? null : Addresses.address(email);
        if (address == null) warnings.add(email == null ? "no author address on the page" : "author address unreadable (\"" + email + "\")");
        if (name != null && address != null && name.equalsIgnoreCase(address)) name = null;
        String shown = name == null ? (email == null ? "" : email) : email == null ? name : name + " <" + email + ">";
        if (name == null && address == null) warnings.add("no author name on the page");
        return Author.of(Addresses.cleanName(name), address, shown);
    }

    private static Dates.Parsed date(String sent, String isoSent, List<String> warnings) {
        Dates.Parsed parsed = Dates.parsePlausible(sent);
        if (parsed.instant() != null || isoSent == null) {
            if (parsed.warning() != null) warnings.add(parsed.warning());
            return parsed;
        }
        try {
            Instant instant = LocalDateTime.parse(isoSent, ISO_SENT).toInstant(ZoneOffset.UTC);
            if (!instant.isBefore(Dates.EARLIEST) && instant.isBefore(Dates.LATEST)) return new Dates.Parsed(instant, null);
            warnings.add("implausible date \"" + isoSent + "\" (before 1971 or after 2099)");
            return new Dates.Parsed(null, null);
        } catch (DateTimeParseException e) {
            warnings.add("date unreadable (\"" + sent + "\", \"" + isoSent + "\")");
            return parsed;
        }
    }

    private static String list(String html, ArchiveLocation where) {
        Matcher m = LIST.matcher(html);
        if (m.find()) return (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return where.list() == null ? null : where.list().toLowerCase(Locale.ROOT);
    }

    /** The message's text: the W3C's {@code <pre id="body">}, else the marked body's HTML as text. */
    private static String body(String html, int bodyStart) {
        int from = bodyStart < 0 ? 0 : bodyStart + BODY_START.length();
        int end = html.indexOf(BODY_END, from);
        String part = html.substring(from, end < 0 ? html.length() : end);
        Document doc = Jsoup.parseBodyFragment(part);
        Element pre = doc.selectFirst("pre#body");
        if (pre != null) return pre.wholeText().stripTrailing().replaceFirst("^\\n+", "");
        doc.select("script, style, address.headers, span#received, map, .foot").remove();
        return HtmlText.of(doc.body());
    }
}
