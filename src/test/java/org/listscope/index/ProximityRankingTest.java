package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.SearchHit;
import org.listscope.model.SearchRequest;

/**
 * Bare words of a query rank messages where they stand together above messages where they are
 * scattered, without changing which messages match.
 */
class ProximityRankingTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    /** Both words, many times each, never near each other: the higher term frequencies. */
    static final Message SCATTERED = Msgs.message("<scattered@x>", "Ann", "ann@example.org", "1994-01-01T00:00:00Z",
            "Notes", "Privacy matters to me, and privacy is a right. Some unrelated words follow here for a while, "
                    + "about modems, keys and chips. Then the act of encrypting is an act of speech, an act we keep.",
            null);
    /** Both words once, side by side. */
    static final Message TOGETHER = Msgs.message("<together@x>", "Bob", "bob@example.org", "1994-01-02T00:00:00Z",
            "Notes", "The agency says the Privacy Act of 1974 does not reach its records, which seems wrong to me "
                    + "on every reading of it that I have seen so far this year.",
            null);
    /** Only one of the words. */
    static final Message ONE = Msgs.message("<one@x>", "Cy", "cy@example.org", "1994-01-03T00:00:00Z",
            "Notes", "Privacy is the subject.", null);

    @BeforeAll
    static void build() throws Exception {
        List<Message> all = new java.util.ArrayList<>(List.of(SCATTERED, TOGETHER, ONE));
        // messages without either word, as most of an archive is: they give the words their weight
        for (int i = 0; i < 20; i++) {
            all.add(Msgs.message("<other" + i + "@x>", "Di", "di@example.org", "1994-02-01T00:00:00Z", "Other",
                    "Remailers and modems, message " + i + ".", null));
        }
        TestIndex.write(dir, all);
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<String> ids(String query) throws Exception {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void wordsSideBySideRankAboveTheSameWordsScattered() throws Exception {
        assertThat(ids("privacy act")).containsExactly(TOGETHER.id(), SCATTERED.id());
        assertThat(ids("privacy AND act date:1994")).containsExactly(TOGETHER.id(), SCATTERED.id());
    }

    @Test
    void theBonusChangesNoHits() throws Exception {
        assertThat(searcher.count("privacy act")).isEqualTo(2);
        assertThat(searcher.count("privacy OR act")).isEqualTo(3);
        assertThat(searcher.count("privacy -act")).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("privacy act")).total()).isEqualTo(2);
    }

    @Test
    void onlyRequiredUnquotedBareWordsArePaired() throws Exception {
        assertThat(phrases("privacy act")).isEqualTo(2); // subject and own text
        assertThat(phrases("privacy act encryption")).isEqualTo(4); // two pairs
        assertThat(phrases("privacy act date:1994")).isEqualTo(2);
        assertThat(phrases("privacy the act")).isEqualTo(2); // the stop word is as if not typed
        assertThat(phrases("privacy")).isZero();
        assertThat(phrases("privacy OR act")).isZero();
        assertThat(phrases("privacy -act")).isZero();
        assertThat(phrases("\"privacy\" act")).isZero();
        assertThat(phrases("body:privacy body:act")).isZero();
        assertThat(phrases("privacy from:bob@example.org")).isZero();
    }

    /** The optional phrases the query language added at the top level. */
    private static long phrases(String query) throws Exception {
        Query q = new QueryLanguage(Analysis.analyzer()).parse(query);
        if (!(q instanceof BooleanQuery bq)) return 0;
        return bq.clauses().stream()
                .filter(c -> c.getOccur() == Occur.SHOULD && c.getQuery() instanceof PhraseQuery)
                .map(BooleanClause::getQuery).count();
    }
}
