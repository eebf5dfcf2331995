package org.listscope.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.SharedCorpus;
import org.listscope.index.Indexer;
import org.listscope.index.Progress;
import org.listscope.index.Searcher;
import org.listscope.model.IndexReport;
import org.listscope.model.SearchRequest;

/**
 * The scale run's smoke version for CI: 10,000 synthetic messages (statistics learned from a small
 * real sample) are generated into a temporary folder and indexed in-process; the document count and a
 * few query counts must equal what brute force over the generated messages says. The million-message
 * run is {@code bench/run --scale} only.
 */
@Tag("shared")
class SyntheticScaleSmokeTest {

    private static final int N = 10_000;

    @Test
    void tenThousandSyntheticMessagesIndexAndSearchLikeBruteForce(@TempDir Path tmp) throws Exception {
        Path shared = SharedCorpus.path("corpus");
        SyntheticArchive.Model model = SyntheticArchive.learn(List.of(
                shared.resolve("pipermail/twisted-python/2005-March.txt.gz"),
                shared.resolve("mbox/cypherpunks/cypherpunks-1992.mbox.gz")));
        List<SyntheticArchive.Synth> made = SyntheticArchive.write(model, N, 7, tmp.resolve("archive"), true);
        assertThat(made).hasSize(N);

        IndexReport report = new Indexer(tmp.resolve("index")).index(List.of(tmp.resolve("archive")), Progress.NONE);
        assertThat(report.documents()).isEqualTo(N);

        Map<String, Long> byAddress = made.stream().collect(Collectors.groupingBy(
                s -> s.fromAddress().toLowerCase(java.util.Locale.ROOT), Collectors.counting()));
        Map<String, Long> byMonth = made.stream().collect(Collectors.groupingBy(
                s -> s.date().toString().substring(0, 7), Collectors.counting()));
        long replies = made.stream().filter(s -> s.inReplyTo() != null).count();
        try (Searcher searcher = Searcher.open(tmp.resolve("index"))) {
            Function<String, Long> count = q -> {
                try {
                    return searcher.search(new SearchRequest(q, 1, SearchRequest.Order.RELEVANCE, false, 0)).total();
                } catch (Exception e) {
                    throw new AssertionError(q, e);
                }
            };
            byAddress.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .forEach(e -> assertThat(count.apply("from:\"" + e.getKey() + "\"")).as(e.getKey()).isEqualTo(e.getValue()));
            byMonth.forEach((month, n) -> assertThat(count.apply("date:" + month)).as(month).isEqualTo(n));
            assertThat(count.apply("has:date")).isEqualTo(N);
            assertThat(N - count.apply("has:date AND NOT has:quote")).isLessThanOrEqualTo(replies);
        }
    }
}
