package org.listscope.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The crawler's own bookkeeping, which holds no archive and which a folder walk passes over
 * silently: in a crawl's {@code .crawl} folder its manifest, month log and report and what a killed
 * run left in {@code tmp/}; beside each of its WARC files, {@code listscope-NNNNN.warc.gz.closed},
 * the marker holding the file's length when it was closed cleanly. Reading {@code .crawl/warc} or
 * {@code .crawl} itself then reads the WARC files alone. The names are the ones
 * {@code crawl.Crawler}, {@code crawl.Manifest} and {@code crawl.WarcRecorder} write ({@code crawl}
 * sits above this package, so cannot be named here; a crawl test reads a crawl's folders and checks
 * that the two agree).
 */
final class CrawlerFiles {

    /** The crawler's folder for its own files. */
    private static final String STATE_DIR = ".crawl";
    private static final Set<String> STATE_FILES = Set.of("manifest.jsonl", "months.jsonl", "report.json");
    private static final Pattern WARC = Pattern.compile("listscope-\\d{5}\\.warc\\.gz");
    private static final String CLOSED = ".closed";

    private CrawlerFiles() {
    }

    /** Whether a file found in a folder is the crawler's bookkeeping rather than an input. */
    static boolean bookkeeping(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        Path parent = abs.getParent();
        if (parent == null || parent.getFileName() == null) return false;
        String folder = parent.getFileName().toString();
        if (folder.equals(STATE_DIR)) return STATE_FILES.contains(name);
        if (folder.equals("tmp") && parent.getParent() != null && parent.getParent().getFileName() != null
                && parent.getParent().getFileName().toString().equals(STATE_DIR)) {
            return true;
        }
        if (!name.endsWith(CLOSED)) return false;
        String warc = name.substring(0, name.length() - CLOSED.length());
        return WARC.matcher(warc).matches() && Files.isRegularFile(abs.resolveSibling(warc));
    }
}
