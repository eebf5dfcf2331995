package org.listscope.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.listscope.model.Author;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchResult;
import org.listscope.model.ThreadHits;

/** {@link Json#searchResult} writes exactly what the mapper writes for the same result. */
class SearchResultJsonTest {

    private static final String[] TEXTS = {"ISP CALEA compliance", "Re: \"key escrow\" & <b>you</b>", "caf\u00e9 \u00a7 1001 \u2014 ok",
            "tab\there\nnew line \\ slash", "", "\u0001control", "emoji \ud83d\ude00"};

    /** What the search command printed before: the mapper's tree, without threads when ungrouped, without an unasked timeline. */
    private static String byMapper(SearchResult r) {
        ObjectNode n = Json.mapper().valueToTree(r);
        if (r.threads() == null) n.remove("threads");
        if (r.timeline() == null) n.remove("timeline");
        return n.toString();
    }

    private static String text(Random r) {
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    private static String orNull(Random r) {
        return r.nextInt(3) == 0 ? null : text(r);
    }

    private static SearchHit hit(Random r, int i) {
        Author from = new Author(orNull(r), r.nextBoolean() ? "smb@cs.columbia.edu" : null, text(r), r.nextBoolean() ? null : "name:x");
        Instant date = r.nextInt(4) == 0 ? null : Instant.ofEpochMilli(r.nextLong() % 4_000_000_000_000L + (r.nextBoolean() ? 0 : 123));
        Double score = r.nextInt(3) == 0 ? null : r.nextDouble() * Math.pow(10, r.nextInt(8) - 3);
        return new SearchHit("<m" + i + "@example.net>", text(r), from, date, orNull(r), "<root@example.net>", score, text(r));
    }

    @Test
    void searchResultsAreWrittenAsTheMapperWritesThem() {
        Random r = new Random(3);
        for (int t = 0; t < 300; t++) {
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < r.nextInt(5); i++) hits.add(hit(r, i));
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            for (String f : List.of("year", "from", "list", "citekind", "topic", "cites")) {
                if (r.nextInt(4) == 0) continue;
                Map<String, Long> values = new LinkedHashMap<>();
                for (int v = 0; v < r.nextInt(4); v++) values.put(text(r) + v, (long) r.nextInt(100_000));
                facets.put(f, values);
            }
            List<ThreadHits> threads = null;
            if (r.nextBoolean()) {
                threads = new ArrayList<>();
                for (int k = 0; k < r.nextInt(3); k++) {
                    threads.add(new ThreadHits("<root" + k + "@example.net>", text(r), r.nextBoolean() ? null : Instant.parse("2007-05-11T21:05:20Z"),
                            r.nextInt(50), hits.subList(0, r.nextInt(hits.size() + 1))));
                }
            }
            double took = r.nextInt(5) == 0 ? r.nextInt(100) : r.nextDouble() * Math.pow(10, r.nextInt(6) - 2);
            Map<String, Long> timeline = null;
            if (r.nextBoolean()) {
                timeline = new LinkedHashMap<>();
                for (int v = 0; v < r.nextInt(4); v++) timeline.put(String.format("%04d-%02d", 1990 + r.nextInt(30), 1 + v), (long) r.nextInt(1_000));
                if (r.nextBoolean()) timeline.put("unknown", 1L + r.nextInt(9));
            }
            SearchResult result = new SearchResult(text(r) + " AND from:x", r.nextInt(1_000_000), took, hits, facets, threads, timeline);
            assertThat(Json.searchResult(result)).isEqualTo(byMapper(result));
        }
    }

    @Test
    void anEmptyResultHasEveryContractFieldButThreads() {
        SearchResult empty = new SearchResult("nothing", 0, 0.25, List.of(), Map.of(), null);
        assertThat(Json.searchResult(empty)).isEqualTo("{\"query\":\"nothing\",\"total\":0,\"tookMs\":0.25,\"hits\":[],\"facets\":{}}");
    }
}
