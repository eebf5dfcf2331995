package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String s) {
        return Sentences.split(s, s, 0, s.length()).stream().map(r -> s.substring(r[0], r[1])).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("See 18 U.S.C. 2511 and Katz v. United States. Then Mr. Smith, i.e. John Q. Public, agreed."))
                .containsExactly("See 18 U.S.C. 2511 and Katz v. United States.", "Then Mr. Smith, i.e. John Q. Public, agreed.");
    }

    @Test
    void blankLinesListItemsAndQuoteDepthChangesEndASentence() {
        String body = "Bob writes:\n> the law is clear\nNo it is not\n\n(a) first item\n(b) second item";
        String clean = Cleaner.clean(body);
        List<String> parts = Sentences.split(body, clean, 0, clean.length()).stream()
                .map(r -> body.substring(r[0], r[1])).toList();
        assertThat(parts).containsExactly("Bob writes:", "the law is clear", "No it is not", "(a) first item", "(b) second item");
    }

    @Test
    void spansAreTrimmedOffsetsIntoTheText() {
        String s = "  One sentence here.   Another one!  ";
        for (int[] r : Sentences.split(s, 0, s.length())) {
            assertThat(Character.isWhitespace(s.charAt(r[0]))).isFalse();
            assertThat(Character.isWhitespace(s.charAt(r[1] - 1))).isFalse();
        }
        assertThat(split(s)).containsExactly("One sentence here.", "Another one!");
    }
}
