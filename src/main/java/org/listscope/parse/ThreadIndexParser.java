package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.listscope.model.IndexKey;
import org.listscope.model.ThreadIndex;

/**
 * Reads pipermail's month index by thread ({@code thread.html}) into a {@link ThreadIndex}.
 *
 * <p>Each entry's parent comes from its comment key, which holds the whole ancestry ({@link
 * IndexKey}); the drawn {@code <UL>} nesting stops at depth 3 and is ignored. A parent found in the
 * same index gets its page URL; a parent that pipermail knew only by Message-ID and that this index
 * does not name becomes an RFC 2392 {@code mid:} URL ({@code mid:4341CAA0.6000600@kenkinder.com}),
 * so that the threader can join it by Message-ID; a parent known only by an article number of
 * another month stays {@code null} (the key still names it).
 */
public final class ThreadIndexParser implements ArchiveParser {

    /** The format name. */
    public static final String FORMAT = "pipermail-thread-index";

    private static final Pattern KEY_COMMENT = Pattern.compile("<!--\\d+ -?\\d{1,12}[./]");
    private static final Pattern COMMENT = Pattern.compile("\\s*(\\d+)\\s+(\\S+)\\s*");
    private static final Pattern TITLE = Pattern.compile("(?i)^\\s*The\\s+(.+?)\\s+\\S+\\s+-?\\d{3,4}\\s+Archive by thread");
    private static final long MAX_BYTES = 32L << 20;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        String head = input.headText();
        // the cheap test first: every other page pays for this one on the way to its own parser
        return (head.contains("Archive by thread") || input.fileName().toLowerCase(Locale.ROOT).startsWith("thread"))
                && KEY_COMMENT.matcher(head).find();
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException, ParseException {
        Document doc;
        String base = base(input);
        try (InputStream in = input.open()) {
            doc = Jsoup.parse(in, null, base == null ? "" : base);
        }
        List<Raw> raws = new ArrayList<>();
        // pair each key comment with the next <li> in document order: an unclosed <li> may swallow
        // the comment, so they need not be siblings
        Matcher[] pending = new Matcher[1];
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment c) {
                Matcher m = COMMENT.matcher(c.getData());
                pending[0] = m.matches() && IndexKey.parse(m.group(2)) != null ? m : null;
            } else if (node instanceof Element e && e.normalName().equals("li") && pending[0] != null) {
                Raw r = entry(pending[0].group(2), e);
                if (r != null) raws.add(r);
                pending[0] = null;
            }
        }, doc);
        if (raws.isEmpty()) {
            throw new ParseException("a pipermail thread index without entries");
        }
        sink.threadIndex(new ThreadIndex(input.name(), listName(doc.title()), resolve(raws, input)));
    }

    /** One entry as read, before its parent is resolved. */
    private record Raw(IndexKey key, String keyText, String href, String subject, String author) {
    }

    private static Raw entry(String keyText, Element li) {
        Element a = li.selectFirst("a[href]");
        if (a == null) return null;
        Element i = li.selectFirst("i");
        return new Raw(IndexKey.parse(keyText), keyText, a.attr("href"), clean(a.text()), i == null ? "" : clean(i.text()));
    }

    private static List<ThreadIndex.Entry> resolve(List<Raw> raws, Input input) {
        Map<String, String> byNumber = new HashMap<>();
        Map<String, String> byMessageId = new HashMap<>();
        for (Raw r : raws) {
            String url = pageUrl(input, r.href);
            IndexKey.Part self = r.key.self();
            if (self.number() != null) byNumber.putIfAbsent(self.number(), url);
            else byMessageId.putIfAbsent(self.messageId(), url);
        }
        List<ThreadIndex.Entry> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            IndexKey.Part p = r.key.parent();
            String parentUrl = null;
            if (p != null && p.number() != null) {
                parentUrl = byNumber.get(p.number());
            } else if (p != null) {
                parentUrl = byMessageId.getOrDefault(p.messageId(),
                        "mid:" + p.messageId().substring(1, p.messageId().length() - 1));
            }
            out.add(new ThreadIndex.Entry(pageUrl(input, r.href), parentUrl, r.keyText, r.subject, r.author));
        }
        return out;
    }

    /** The page's location: the href resolved against the index's URL or path. */
    static String pageUrl(Input input, String href) {
        String h = href.strip();
        int hash = h.indexOf('#');
        if (hash >= 0) h = h.substring(0, hash);
        if (input.url() != null) {
            try {
                return URI.create(input.url()).resolve(h).toString();
            } catch (IllegalArgumentException e) {
                return h;
            }
        }
        Path p = input.path();
        if (p != null && !h.contains(":")) {
            return p.resolveSibling(h).normalize().toString();
        }
        return h;
    }

    private static String base(Input input) {
        return input.url();
    }

    private static String listName(String title) {
        Matcher m = TITLE.matcher(title == null ? "" : title);
        return m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : null;
    }

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
