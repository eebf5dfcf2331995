package org.listscope.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.segment.Segmenter;

/**
 * Reads plain-text renderings of pipermail pages (see {@link Rendering} for the layout), in both
 * styles seen in the wild: with links and host names kept, and "stripped", where host names were
 * dropped so that an address shows cut short ({@code smb at}). Such an address stays in
 * {@code from.shown}, {@code address} is {@code null} and a warning says so; where the name itself is
 * the whole address ({@code glyph at divmod.com glyph at}) the address is recovered from it.
 *
 * <p>A rendering carries no Message-ID, so the id is a hash of author, date, subject and body. The
 * body is the text between the header and the footer; the footer line is left out of the body (it
 * is the page's, not the author's) and gives the list name, lower-cased.
 */
public final class RenderingParser implements ArchiveParser {

    /** The largest rendering read; bigger inputs are refused with a message. */
    public static final long MAX_BYTES = 10L << 20;

    /** {@code Name user at host} or {@code Name user at}: name, user, host (may be absent). */
    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*([^\\s<>()\"@]+) at(?:\\s+([^\\s<>()\"]+))?$");
    /** {@code Name <user at host>} or {@code Name <user at>}. */
    private static final Pattern ANGLE = Pattern.compile("^(.*?)\\s*<([^<>]*)>\\s*$");
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "^\\s*(?:(?:re|aw|fwd?)\\s*:\\s*)*\\[([A-Za-z0-9][A-Za-z0-9._+-]*)\\].*", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "rendering";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        return Rendering.read(input.headText(StandardCharsets.UTF_8)) != null;
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException, ParseException {
        byte[] bytes = input.readAll(MAX_BYTES);
        Charsets.Decoded decoded = Charsets.guess(bytes, 0, bytes.length);
        String text = decoded.text();
        Rendering r = Rendering.read(text);
        if (r == null) throw new ParseException("not a page rendering: no subject / author / date header");
        List<String> warnings = new ArrayList<>(2);
        if (decoded.warning() != null) warnings.add(decoded.warning());
        Author from = author(r.authorLine(), warnings);
        Dates.Parsed date = Dates.parsePlausible(r.dateLine());
        if (date.warning() != null) warnings.add(date.warning());
        String list = r.footerList();
        if (list == null) {
            Matcher prefix = SUBJECT_PREFIX.matcher(r.subject());
            list = prefix.matches() ? prefix.group(1) : null;
            warnings.add(list == null ? "no list footer and no [List] subject prefix: list unknown"
                    : "no list footer: list name taken from the subject prefix");
        }
        String body = StrayParts.without(r.body(text), warnings);
        sink.message(Message.builder()
                .id(MessageIds.fromContent(from.key(), date.instant(), r.subject(), body))
                .list(list == null ? null : list.toLowerCase(Locale.ROOT))
                .subject(r.subject())
                .from(from)
                .date(date.instant())
                .dateShown(r.dateLine())
                .url(input.url())
                .source(new Source(input.url() == null ? input.name() : null, input.url(), format()))
                .body(body)
                .segments(Segmenter.segment(body, from, r.subject()))
                .warnings(warnings)
                .build());
    }

    /** The author from the author line; adds a warning where the address is cut short or missing. */
    static Author author(String line, List<String> warnings) {
        Matcher m = AUTHOR.matcher(line);
        if (!m.matches()) {
            Author a = Addresses.fromHeader(line);
            if (a.address() != null) return a;
            Matcher angle = ANGLE.matcher(line);
            if (angle.matches() && Addresses.isCutShort(angle.group(2))) {
                warnings.add("author address cut short (\"" + angle.group(2).strip() + "\"): kept in from.shown only");
                return Author.of(Addresses.cleanName(angle.group(1)), null, line);
            }
            warnings.add("no author address in \"" + line + "\"");
            return a;
        }
        String name = Addresses.cleanName(m.group(1));
        String user = m.group(2);
        String host = m.group(3);
        String address = host == null ? null : Addresses.address(user + " at " + host);
        String fromName = name == null ? null : Addresses.address(name);
        if (fromName != null && (address == null || fromName.equalsIgnoreCase(address))
                && fromName.substring(0, fromName.indexOf('@')).equalsIgnoreCase(user)) {
            // pipermail showed the address in place of a missing name: the name completes it
            address = fromName;
            name = null;
        }
        if (address == null) {
            warnings.add(host == null
                    ? "author address cut short (\"" + user + " at\"): kept in from.shown only"
                    : "author address incomplete (\"" + user + " at " + host + "\"): kept in from.shown only");
        }
        return Author.of(name, address, line);
    }
}
