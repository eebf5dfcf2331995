package org.listscope.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Keeps the message pages a killed run had recorded in its WARC file but not yet kept. A page's
 * records are written as its answer comes in, its mirror file and manifest line after them, so a
 * kill between the two left the page in the WARC alone; fetched again, it would stand in the WARC
 * twice. Such a page's 200 response (without a Content-Encoding, which the crawler would have
 * undone) is written to the mirror and the manifest from the WARC, and the crawl goes on as if it
 * had been kept. Pipermail never changes a message page, so what the WARC holds is what a new
 * request would bring.
 */
final class WarcRecovery {

    private WarcRecovery() {
    }

    /**
     * Keeps, from the WARC file {@code warc} (named {@code warcName} in the manifest), each message
     * page of the scope whose 200 response it holds and which the manifest does not; returns how many.
     */
    static int recover(Path warc, String warcName, Scope scope, Manifest manifest, Mirror mirror) throws IOException {
        Map<String, ManifestEntry> found = new LinkedHashMap<>();
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.READ); WarcReader reader = new WarcReader(ch)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) continue;
                URI uri = URI.create(response.target());
                if (!scope.contains(uri) || scope.kind(uri) != PageKind.MESSAGE || kept(manifest, mirror, uri)) continue;
                HttpResponse http = response.http();
                if (http.status() != 200 || http.headers().first("Content-Encoding").isPresent()) continue;
                byte[] body = http.body().stream().readAllBytes();
                String sha = HexFormat.of().formatHex(WarcRecorder.sha256(body));
                String rel = mirror.write(uri, body);
                found.put(uri.toString(), new ManifestEntry(uri.toString(), response.date().toString(), 200, sha,
                        (long) body.length, http.headers().first("ETag").orElse(null),
                        http.headers().first("Last-Modified").orElse(null),
                        http.headers().first("Content-Type").orElse(null), rel, null, warcName, null));
            }
        }
        for (ManifestEntry e : found.values()) manifest.add(e);
        return found.size();
    }

    private static boolean kept(Manifest manifest, Mirror mirror, URI uri) {
        return manifest.content(uri.toString()).filter(e -> mirror.has(e.path(), e.length())).isPresent();
    }
}
