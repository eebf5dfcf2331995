package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;
import org.listscope.model.SearchRequest;

/**
 * A quoted phrase finds its words where the last is a possessive, as the stemmed fields do: the exact
 * field drops {@code 's} too ("the Fourth Amendment's promise" holds {@code "fourth amendment"}).
 */
class PossessivePhraseTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    @BeforeAll
    static void build() throws Exception {
        Message possessive = Msgs.message("<a@example.net>", "Ann Lee", "ann@example.net", "1994-03-17T21:32:00Z",
                "Re: Prof. Denning's Newsday Editorial",
                "For those who believe in the Fourth Amendment's promise that citizens shall be secure.", null);
        Message plain = Msgs.message("<b@example.net>", "Bob Roe", "bob@example.net", "1994-03-18T10:00:00Z",
                "Denning on Clipper", "The Fourth Amendment protects papers. It's a fourth try at an amendment.", null);
        TestIndex.write(dir, List.of(possessive, plain));
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @Test
    void aPhraseFindsItsWordsBeforeAPossessive() throws Exception {
        assertThat(searcher.count("\"fourth amendment\"")).isEqualTo(2);
        assertThat(searcher.count("\"Fourth Amendment's\"")).isEqualTo(2);
        assertThat(searcher.count("subject:\"Denning\"")).isEqualTo(2);
        assertThat(searcher.count("\"fourth amendment\" -\"fourth amendment\"")).isZero();
        // still exact otherwise: no stems, stop words kept
        assertThat(searcher.count("\"fourth amendments\"")).isZero();
        assertThat(searcher.count("\"at an amendment\"")).isEqualTo(1);
        // a contraction is no possessive: "it's a" is not "it a"
        assertThat(searcher.count("\"it's a fourth\"")).isEqualTo(1);
        assertThat(searcher.count("\"it a fourth\"")).isZero();
    }

    @Test
    void theSnippetMarksThePhraseBeforeThePossessive() throws Exception {
        String snippet = searcher.search(SearchRequest.of("\"fourth amendment\" id:\"<a@example.net>\"")).hits().get(0).snippet();
        assertThat(snippet).contains("<b>Fourth Amendment");
    }
}
