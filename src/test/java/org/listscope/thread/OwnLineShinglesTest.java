package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnLineShinglesTest {

    private static List<String> own(String body) {
        Shingles.Run run = Shingles.of(body, 0, body.length());
        boolean[] own = OwnLineShingles.of(body, run);
        assertThat(own).hasSize(run.size());
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < run.size(); k++) {
            if (own[k]) kept.add(body.substring(run.starts()[k], run.ends()[k]));
        }
        return kept;
    }

    @Test
    void marksOnlyShinglesStartingOnUnquotedLines() {
        String body = "one two three four\n> five six seven eight\nnine ten eleven twelve\n";
        // shingles may run on into a quoted line; what counts is where they start
        assertThat(own(body)).containsExactly("one two three four", "two three four\n> five", "three four\n> five six",
                "four\n> five six seven", "nine ten eleven twelve");
    }

    @Test
    void indentedAndNestedQuoteMarksCountAsQuoted() {
        assertThat(own("  > >  alpha beta gamma delta\n\t>epsilon zeta eta theta")).isEmpty();
    }

    @Test
    void anUnquotedBodyMarksEveryShingle() {
        assertThat(own("a b c d e f\ng h i j")).hasSize(7);
    }
}
