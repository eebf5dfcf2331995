package org.listscope.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The links of an HTML page ({@code a}, {@code link}, {@code frame}), resolved and without fragments. */
public final class LinkExtractor {

    private LinkExtractor() {
    }

    /** The distinct absolute links of the page, in document order. */
    public static Set<URI> links(byte[] html, URI base) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), null, base.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory input: does not happen
        }
        Set<URI> out = new LinkedHashSet<>();
        for (Element e : doc.select("a[href], link[href], area[href], frame[src], iframe[src]")) {
            String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            Scope.normalize(base, href).ifPresent(out::add);
        }
        return out;
    }
}
