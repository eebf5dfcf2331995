package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnLineShinglesTest {

    @Test
    void keepsOnlyShinglesStartingOnUnquotedLines() {
        String body = "one two three four\n> five six seven eight\nnine ten eleven twelve\n";
        Shingles.Run all = Shingles.of(body, 0, body.length());
        Shingles.Run own = OwnLineShingles.of(body);
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) kept.add(body.substring(own.starts()[k], own.ends()[k]));
        // shingles may run on into a quoted line; what counts is where they start
        assertThat(kept).containsExactly("one two three four", "two three four\n> five", "three four\n> five six",
                "four\n> five six seven", "nine ten eleven twelve");
        assertThat(own.hashes()[4]).isEqualTo(all.hashes()[all.size() - 1]);
    }

    @Test
    void indentedAndNestedQuoteMarksCountAsQuoted() {
        String body = "  > >  alpha beta gamma delta\n\t>epsilon zeta eta theta";
        assertThat(OwnLineShingles.of(body).size()).isZero();
    }

    @Test
    void anUnquotedBodyKeepsEveryShingle() {
        String body = "a b c d e f\ng h i j";
        Shingles.Run all = Shingles.of(body, 0, body.length());
        Shingles.Run own = OwnLineShingles.of(body);
        assertThat(own.hashes()).containsExactly(all.hashes());
        assertThat(own.starts()).containsExactly(all.starts());
        assertThat(own.ends()).containsExactly(all.ends());
    }
}
