package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void findsIgnoringCaseWithinBounds() {
        String s = "<HTML><h1>x</H1><B>name</b>";
        assertThat(Markup.find(s, "<h1>", 0, s.length())).isEqualTo(6);
        assertThat(Markup.find(s, "</h1>", 0, s.length())).isEqualTo(11);
        assertThat(Markup.find(s, "<b>", 0, 18)).isEqualTo(-1);
        assertThat(Markup.find(s, "<b>", 0, 19)).isEqualTo(16);
        assertThat(Markup.findLast("<pre>a</PRE>b</pre>", "</pre>", 0, 19)).isEqualTo(13);
        assertThat(Markup.findLast("<pre>a</PRE>b</pre>", "</pre>", 0, 13)).isEqualTo(6);
    }

    @Test
    void findAgreesWithBruteForceOnRandomText() {
        Random r = new Random(7);
        String alphabet = "<>/aAbBpPrReE ";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            for (String needle : new String[] {"<pre", "</pre>", "<a", "e"}) {
                int from = s.isEmpty() ? 0 : r.nextInt(s.length());
                assertThat(Markup.find(s, needle, from, s.length())).as("%s in %s from %d", needle, s, from)
                        .isEqualTo(bruteFind(s, needle, from, s.length()));
                assertThat(Markup.findLast(s, needle, from, s.length())).as("last %s in %s from %d", needle, s, from)
                        .isEqualTo(bruteFindLast(s, needle, from, s.length()));
            }
        }
    }

    private static int bruteFind(String s, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    private static int bruteFindLast(String s, String needle, int from, int to) {
        for (int i = to - needle.length(); i >= from; i--) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    @Test
    void collapsesWhiteSpace() {
        assertThat(Markup.collapse("  [Twisted-Python] The King\n   of Spain  ")).isEqualTo("[Twisted-Python] The King of Spain");
        assertThat(Markup.collapse("already clean")).isEqualTo("already clean");
        assertThat(Markup.collapse("a\u00a0b")).isEqualTo("a b");
        assertThat(Markup.collapse(" \n\t ")).isNull();
        assertThat(Markup.collapse("")).isNull();
    }

    @Test
    void collapseAgreesWithTheRegexOnRandomText() {
        Random r = new Random(11);
        String alphabet = "ab \t\n";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(20); i > 0; i--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            String expected = s.replaceAll("\\s+", " ").strip();
            assertThat(Markup.collapse(s)).as("'%s'", s).isEqualTo(expected.isEmpty() ? null : expected);
        }
    }
}
