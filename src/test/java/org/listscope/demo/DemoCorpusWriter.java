package org.listscope.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the bundled demo archive, {@code corpus/policy-ops}: a fictional list whose messages are
 * described in {@code policy-ops.txt} (test resources), laid out as a Mailman 2 pipermail archive:
 * per-month folders of message pages and index pages, a {@code .txt.gz} per month, and the list's
 * {@code index.html}. The output is the same on every run; {@code DemoCorpusTest} checks that the
 * committed files match.
 *
 * <p>Run from the repository root after {@code mvn -q test-compile}:
 * {@code java -cp target/test-classes:target/classes org.listscope.demo.DemoCorpusWriter [corpus]}.
 */
public final class DemoCorpusWriter {

    private DemoCorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "corpus");
        Map<Path, byte[]> files = files();
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Path target = out.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        System.out.println("wrote " + files.size() + " files below " + out.resolve("policy-ops"));
    }

    /** Every file of the demo archive, by path relative to {@code corpus/}. */
    static Map<Path, byte[]> files() throws IOException {
        DemoArchive archive = new DemoArchive(DemoDescription.load());
        String listId = archive.description().listId();
        Path root = Path.of(listId);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Map<YearMonth, Integer> gzipKb = new LinkedHashMap<>();
        List<DemoArchive.Article> all = archive.months().values().stream().flatMap(List::stream).toList();
        DemoArchive.Article newest = all.stream().max((a, b) -> a.message().date().toInstant().compareTo(b.message().date().toInstant())).orElseThrow();
        String archivedOn = PipermailHtml.ctime(archive.local(newest.message()).plusMinutes(1));
        for (Map.Entry<YearMonth, List<DemoArchive.Article>> month : archive.months().entrySet()) {
            Path dir = root.resolve(DemoArchive.folder(month.getKey()));
            List<DemoArchive.Article> articles = month.getValue();
            for (int i = 0; i < articles.size(); i++) {
                DemoArchive.Article prev = i > 0 ? articles.get(i - 1) : null;
                DemoArchive.Article next = i + 1 < articles.size() ? articles.get(i + 1) : null;
                files.put(dir.resolve(articles.get(i).file()), utf8(PipermailMessagePage.render(archive, articles.get(i), prev, next)));
            }
            for (String by : new String[] {"thread", "date", "author", "subject"}) {
                files.put(dir.resolve(by + ".html"), utf8(PipermailIndexPages.month(archive, month.getKey(), by, archivedOn)));
            }
            byte[] gz = PipermailTextArchive.gzip(PipermailTextArchive.text(archive, month.getKey()));
            files.put(root.resolve(DemoArchive.folder(month.getKey()) + ".txt.gz"), gz);
            gzipKb.put(month.getKey(), Math.max(1, (gz.length + 1023) / 1024));
        }
        files.put(root.resolve("index.html"), utf8(PipermailIndexPages.list(archive, gzipKb)));
        return files;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
