package org.listscope.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

/** The query language: how its text becomes a query, checked by structure and by hits. */
class QueryLanguageTest {

    @TempDir
    static Path dir;
    static Searcher searcher;

    static final List<Message> MESSAGES = List.of(
            Msgs.message("<m1@x>", "Ann", "ann@example.org", "1993-04-16T00:00:00Z", "Clipper chip",
                    "The Clipper chip puts the keys in escrow.", null),
            Msgs.message("<m2@x>", "Bob", "bob@example.org", "1993-04-17T00:00:00Z", "Wiretaps",
                    "A wiretap needs a court order.", null),
            Msgs.message("<m3@x>", "Cy", "cy@example.org", "1993-04-18T00:00:00Z", "Key escrow",
                    "Escrow agents and the wiretap law.", null),
            Msgs.message("<m4@x>", "Di", "di@example.org", "1993-04-19T00:00:00Z", "Rights",
                    "The right to privacy is at stake.", null),
            Msgs.message("<m5@x>", "Ed", "ed@example.org", "2005-03-02T00:00:00Z", "[Twisted-Python] the reactor",
                    "Run the reactor once.", null));

    @BeforeAll
    static void build() throws Exception {
        TestIndex.write(dir, MESSAGES);
        searcher = Searcher.open(dir);
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static int count(String q) throws Exception {
        return searcher.count(q);
    }

    @Test
    void aClauseOfOnlyStopWordsIsLeftOut() throws Exception {
        assertThat(count("reactor")).isEqualTo(1);
        assertThat(count("the reactor")).isEqualTo(1);
        assertThat(count("reactor the")).isEqualTo(1);
        assertThat(count("right to privacy")).isEqualTo(1);
        assertThat(count("clipper and escrow")).isEqualTo(1); // lower-case "and" is a word, and a stop word
        assertThat(count("clipper AND NOT the")).isEqualTo(count("clipper")).isEqualTo(1);
        assertThat(count("subject:the reactor")).isEqualTo(1);
        assertThat(count("body:(the reactor)")).isEqualTo(1);
        assertThat(count("quoted:the OR reactor")).isEqualTo(1);
        assertThat(count("(the OR a) reactor")).isEqualTo(1);
        assertThat(count("\"the reactor\"")).isEqualTo(1); // a phrase searches the exact words, stop words too
    }

    @Test
    void aQueryOfOnlyStopWordsMatchesNothing() throws Exception {
        assertThat(count("the")).isZero();
        assertThat(count("the AND to")).isZero();
        assertThat(count("body:the")).isZero();
    }
}
