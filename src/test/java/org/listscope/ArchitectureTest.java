package org.listscope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way (README, Architecture): each package of {@code src/main} names only packages
 * below it in this order, so there is no cycle and nothing depends on {@code cli}. A package and its
 * sub-packages of one stage ({@code parse} and {@code parse.segment}) share a rank.
 */
class ArchitectureTest {

    /** Ranks from the bottom: a package may use packages of a lower rank, and its own. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("model", 0), Map.entry("json", 1), Map.entry("parse", 2), Map.entry("parse.segment", 2),
            Map.entry("crawl", 3), Map.entry("thread", 3), Map.entry("annotate", 4), Map.entry("annotate.eval", 5),
            Map.entry("index", 5), Map.entry("export", 5), Map.entry("index.solr", 6), Map.entry("cli", 7));

    /** A use of another package's class: an import, or a qualified name in code. */
    private static final Pattern USE = Pattern.compile("org\\.listscope\\.([a-z.]+?)\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyPackagesBelowIt() throws IOException {
        Path main = Path.of("src/main/java/org/listscope");
        List<String> wrong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(main)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = main.relativize(f.getParent()).toString().replace('/', '.');
                if (pkg.isEmpty()) continue;
                assertThat(RANK).as("a rank for package " + pkg).containsKey(pkg);
                files++;
                for (String line : Files.readAllLines(f)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue; // docs may name anything
                    Matcher m = USE.matcher(code);
                    while (m.find()) {
                        String used = m.group(1);
                        if (used.equals(pkg)) continue;
                        Integer rank = RANK.get(used);
                        if (rank == null || rank >= RANK.get(pkg) && !sameStage(pkg, used)) {
                            wrong.add(main.relativize(f) + " uses " + used);
                        }
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private static boolean sameStage(String a, String b) {
        return a.split("\\.")[0].equals(b.split("\\.")[0]) && RANK.get(a).equals(RANK.get(b));
    }
}
