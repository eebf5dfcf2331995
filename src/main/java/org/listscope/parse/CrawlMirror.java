package org.listscope.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.listscope.json.Json;

/**
 * The URLs of the pages in a crawl's mirror ({@code listscope crawl URL --out DIR}): the crawler
 * keeps each page at a path of {@code DIR} and writes its URL beside it in {@code
 * DIR/.crawl/manifest.jsonl}. A message page read from the mirror gets that URL as its {@code url},
 * as the same page read from the crawl's WARC does; nothing else of it changes (its source stays the
 * file). Only pages ({@code .html}) get one: a month's text archive holds many messages, none at the
 * archive's own URL.
 */
final class CrawlMirror {

    /** The crawler's manifest, relative to the crawl folder ({@code crawl.Manifest} writes it). */
    private static final String MANIFEST = ".crawl/manifest.jsonl";

    private final Path root;
    /** Mirror path relative to {@link #root}, '/'-separated, to the URL last fetched into it. */
    private final Map<String, String> urls;

    private CrawlMirror(Path root, Map<String, String> urls) {
        this.root = root;
        this.urls = urls;
    }

    /**
     * The crawl folder that holds {@code path} (it or a folder above it has {@code .crawl/manifest.jsonl}),
     * with its manifest read; {@code null} where there is none or it cannot be read (the files are then
     * read as any others, without URLs).
     */
    static CrawlMirror around(Path path) {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve(MANIFEST);
            if (Files.isRegularFile(manifest)) {
                try {
                    return new CrawlMirror(dir, read(manifest));
                } catch (IOException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The URL the page at {@code file} was fetched from, or {@code null} (not a page, not in the manifest). */
    String pageUrl(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) return null;
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) return null;
        return urls.get(root.relativize(abs).toString().replace('\\', '/'));
    }

    private static Map<String, String> read(Path manifest) throws IOException {
        ObjectMapper mapper = Json.mapper();
        Map<String, String> out = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) continue;
                JsonNode e;
                try {
                    e = mapper.readTree(line);
                } catch (IOException torn) {
                    continue; // the torn last line a killed crawl left
                }
                if (e.path("status").asInt() == 200 && e.hasNonNull("path") && e.hasNonNull("url")) {
                    out.put(e.get("path").asText(), e.get("url").asText());
                }
            }
        }
        return out;
    }
}
