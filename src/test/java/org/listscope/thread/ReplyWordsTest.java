package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.listscope.thread.Msgs.page;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyWordsTest {

    private static final Instant T = Instant.parse("1994-03-01T12:00:00Z");

    @Test
    void wordsAreLowerCasedAndLeaveOutShortAndCommonOnes() {
        assertThat(ReplyWords.words("The PGP key of an RSA user")).containsExactlyInAnyOrder(
                "pgp".hashCode(), "key".hashCode(), "rsa".hashCode(), "user".hashCode());
        assertThat(ReplyWords.words("md5 don't 2.1 x_y")).containsExactlyInAnyOrder(
                "md5".hashCode(), "don't".hashCode(), "x_y".hashCode());
        assertThat(ReplyWords.words("key, key; KEY")).containsExactly("key".hashCode(), "key".hashCode(), "key".hashCode());
    }

    @Test
    void similarityIsOneForTheSameWordsAndZeroForNoneShared() {
        Corpus corpus = new Corpus(List.of(
                page("a", "Ann", T, "Keys", "Compare the key fingerprint by phone.\n").build(),
                page("b", "Bob", T.plusSeconds(60), "Re: Keys", "Compare the key fingerprint by phone!\n").build(),
                page("c", "Cy", T.plusSeconds(120), "Re: Keys", "Remailers are down tonight.\n").build(),
                page("d", "Di", T.plusSeconds(180), "Re: Keys", "The phone bill is high.\n").build(),
                page("e", "Ed", T.plusSeconds(240), "Clipper", "Write to Congress.\n").build(),
                page("f", "Fay", T.plusSeconds(300), "Re: Clipper", "Done, twice.\n").build()), Msgs.NOW);
        ReplyWords words = new ReplyWords(corpus);
        int a = corpus.byId.get("a");
        int b = corpus.byId.get("b");
        int c = corpus.byId.get("c");
        int d = corpus.byId.get("d");
        assertThat(words.similarity(a, b)).isCloseTo(1.0, within(1e-9));
        assertThat(words.similarity(a, c)).isZero();
        assertThat(words.similarity(a, d)).isStrictlyBetween(0.0, 1.0);
        assertThat(words.similarity(d, a)).isEqualTo(words.similarity(a, d));
    }
}
