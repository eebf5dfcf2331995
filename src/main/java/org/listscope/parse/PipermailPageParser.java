package org.listscope.parse;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Source;
import org.listscope.parse.segment.Segmenter;

/**
 * Reads pipermail message pages ({@code NNNNNN.html}) of every generation: Mailman 1.x/2.0
 * ({@code mailto:} author links with plain addresses, RFC 822 dates, no list footer), and Mailman
 * 2.1 ({@code user at host} shown in a reply link, ctime dates with zone names, the message's own
 * Message-ID in the reply link). Recognised by content: the article markers, or pipermail's
 * {@code date.html#N} navigation for pages cut short before them.
 *
 * <p>Field sources: subject from {@code <H1>} (else {@code <TITLE>}); author name from {@code <B>};
 * address from the author link's text, de-obfuscated, or from its {@code mailto:} where that is the
 * author's own (pre-2.1 pages); the date in UTC from the {@code <I>} line (server-local time with its
 * zone); the list from the footer "More information about the X mailing list", else a
 * {@code /pipermail/LIST/} URL, else the subject's {@code [List]} prefix in the title, else the
 * folder above the month folder; Message-ID and In-Reply-To from the reply link (see
 * {@link ReplyLink}). {@code url} is the input's URL (from a WARC record or crawl), and
 * {@code null} for a local file, whose path is in {@code source.path}: an archive URL is never
 * guessed. The body is the {@code <PRE>} article with pipermail's markup removed (see
 * {@link ArticleText}).
 */
public final class PipermailPageParser implements ArchiveParser {

    /** The largest page read; bigger inputs are refused with a message. */
    public static final long MAX_BYTES = 10L << 20;

    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^\\s*(?:(?:re|aw|fwd?)\\s*:\\s*)*\\[([A-Za-z0-9][A-Za-z0-9._+-]*)\\].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAVIGATION = Pattern.compile(
            "href=\"(?:date|thread)\\.html#\\d+\"", Pattern.CASE_INSENSITIVE);

    @Override
    public String format() {
        return "pipermail-html";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        String head = input.headText();
        return head.contains(PipermailPage.BEGIN) || isCutShortPage(head);
    }

    /** A page that has pipermail's per-message navigation but lost its article to truncation. */
    private static boolean isCutShortPage(String head) {
        return Markup.find(head, "<html", 0, head.length()) >= 0 && NAVIGATION.matcher(head).find();
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException, ParseException {
        Charsets.Decoded decoded = Charsets.htmlPage(input.readAll(MAX_BYTES));
        sink.message(toMessage(PipermailPage.read(decoded.text()), input, decoded.warning()));
    }

    /** Builds the message from the page's parts; {@code charsetWarning} may be {@code null}. */
    Message toMessage(PipermailPage page, Input input, String charsetWarning) {
        List<String> warnings = new ArrayList<>(2);
        if (charsetWarning != null) warnings.add(charsetWarning);
        ArchiveLocation where = ArchiveLocation.of(input.url(), input.name());

        if (page.subject() == null) warnings.add("no subject on the page");
        Author from = author(page, warnings);
        Dates.Parsed date = Dates.parsePlausible(page.dateShown());
        if (date.warning() != null) warnings.add(date.warning());
        String list = list(page, where);
        if (list == null) warnings.add("list name not found (no footer, [List] prefix or pipermail path)");
        ReplyLink reply = ReplyLink.read(page.authorHref() != null ? page.authorHref() : page.madeHref(),
                page.subject(), page.newer());
        String number = where.number() != null ? where.number() : page.anchor() == null ? null : pad(page.anchor());
        String volume = where.volume();
        if (volume == null && date.instant() != null) {
            var d = date.instant().atOffset(ZoneOffset.UTC);
            volume = d.getYear() + "-" + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        String body = ArticleText.of(page.articleHtml()).stripTrailing();
        if (!page.hasPre() && !page.articleHtml().isBlank()) warnings.add("article not in <PRE>; markup dropped");
        body = StrayParts.without(body, warnings);

        String id = reply.messageId() != null ? MessageIds.fromMessageId(reply.messageId())
                : number != null ? MessageIds.fromArchive(list, volume == null ? "unknown" : volume, number)
                : MessageIds.fromContent(from.key(), date.instant(), page.subject(), body);
        return Message.builder()
                .id(id)
                .messageId(reply.messageId())
                .list(list)
                .subject(page.subject())
                .from(from)
                .date(date.instant())
                .dateShown(page.dateShown())
                .inReplyTo(reply.inReplyTo() == null ? List.of() : List.of(reply.inReplyTo()))
                .url(input.url())
                .source(new Source(input.url() == null ? input.name() : null, input.url(), format()))
                .body(body)
                .segments(Segmenter.segment(body, from, page.subject()))
                .warnings(warnings)
                .build();
    }

    private static Author author(PipermailPage page, List<String> warnings) {
        String name = page.authorName();
        String link = page.authorLink();
        String address = Addresses.address(link);
        if (address == null && page.authorHref() != null && !isReplyLink(page.authorHref())) {
            address = Addresses.address(page.authorHref()); // Mailman 1.x/2.0: mailto:the author
        }
        if (address == null && name != null) address = Addresses.address(name);
        String shown = join(name, link);
        if (name != null && Addresses.address(name) != null && Addresses.address(name).equalsIgnoreCase(address)) {
            name = null; // pipermail shows the address in place of a missing name
        }
        if (address == null) {
            if (link != null && Addresses.isCutShort(link)) {
                warnings.add("author address cut short (\"" + link + "\"): kept in from.shown only");
            } else if (link != null) {
                warnings.add("author address incomplete (\"" + link + "\"): kept in from.shown only");
            } else {
                warnings.add("no author address on the page");
            }
        }
        if (name == null && address == null) warnings.add("no author name on the page");
        return Author.of(Addresses.cleanName(name), address, shown);
    }

    private static boolean isReplyLink(String href) {
        return href.indexOf('?') >= 0;
    }

    private static String list(PipermailPage page, ArchiveLocation where) {
        if (page.footerList() != null) return lower(page.footerList());
        if (where.list() != null && where.fromUrl()) return lower(where.list());
        if (page.title() != null) {
            var m = TITLE_PREFIX.matcher(page.title());
            if (m.matches()) return lower(m.group(1));
        }
        return where.list() == null ? null : lower(where.list());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String pad(String number) {
        return number.length() >= 6 ? number : "0".repeat(6 - number.length()) + number;
    }

    private static String join(String a, String b) {
        if (a == null) return b == null ? "" : b;
        if (b == null || b.equals(a)) return a;
        return a + " " + b;
    }
}
