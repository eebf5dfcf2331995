package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Triggers} finds exactly the extractors whose triggers {@link Text#has} finds, one by one. */
class TriggersTest {

    private static final Triggers ALL = new Triggers(Extractors.ALL.stream().map(Extractor::triggers).toList());

    /** What asking each trigger in turn gives. */
    private static long oneByOne(List<List<String>> triggers, Text text) {
        long bits = 0;
        for (int x = 0; x < triggers.size(); x++) {
            List<String> ts = triggers.get(x);
            if (ts.isEmpty() || ts.stream().anyMatch(text::has)) bits |= 1L << x;
        }
        return bits;
    }

    private static long oneByOne(Text text) {
        return oneByOne(Extractors.ALL.stream().map(Extractor::triggers).toList(), text);
    }

    /** Random texts of the triggers' words and pieces of them, joined by every kind of blank, in both cases. */
    private static List<String> texts() {
        List<String> pieces = new ArrayList<>();
        for (Extractor e : Extractors.ALL) {
            for (String t : e.triggers()) {
                pieces.add(t);
                for (String w : t.trim().split(" +")) {
                    pieces.add(w);
                    if (w.length() > 2) pieces.add(w.substring(0, w.length() - 1));
                }
            }
        }
        String[] blanks = {" ", "  ", "\n", "\t", " \n ", "\r\n", "\u00a0", "\u2003", "", "", ".", "x", "-"};
        Random r = new Random(7);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                String p = pieces.get(r.nextInt(pieces.size()));
                sb.append(r.nextInt(4) == 0 ? p.toUpperCase(java.util.Locale.ROOT) : p);
                String gap = blanks[r.nextInt(blanks.length)];
                // a trigger's own spaces as other blanks too
                if (r.nextBoolean()) sb.replace(sb.length() - p.length(), sb.length(), sb.substring(sb.length() - p.length()).replace(" ", gap.isEmpty() ? " " : gap));
                sb.append(gap);
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void findsWhatEachTriggerAskedInTurnFinds() {
        int differing = 0;
        int some = 0;
        for (String s : texts()) {
            Text text = Text.of(s, null);
            long expected = oneByOne(text);
            if (ALL.present(text) != expected) differing++;
            if (Long.bitCount(expected) > 1) some++;
        }
        assertThat(differing).isZero();
        assertThat(some).as("texts holding triggers").isGreaterThan(1000);
    }

    @Test
    void aSpaceStandsForAnyRunOfBlanksAndASingleWordAfterASpaceOnlyForASpace() {
        List<List<String>> triggers = List.of(List.of("us code"), List.of(" act"), List.of(" us "), List.of("ear "), List.of());
        Triggers t = new Triggers(triggers);
        for (String s : List.of("the US\n\t Code", "uscode", "an act", "an\nact", "us code", " us\n", "us here", "year\n", "year",
                "a\u00a0us code", "")) {
            Text text = Text.of(s, null);
            assertThat(t.present(text)).as(s).isEqualTo(oneByOne(triggers, text));
        }
        assertThat(t.present(Text.of("the US\n\t Code", null))).isEqualTo(0b10101);
        assertThat(t.present(Text.of("an\nact", null))).as("a lone word after a space matches only after a space").isEqualTo(0b10000);
        assertThat(t.present(Text.of("an act", null))).isEqualTo(0b10010);
    }

    @Test
    void refusesABlankOtherThanASpaceInATriggerWithSpaces() {
        assertThatThrownBy(() -> new Triggers(List.of(List.of("us\tcode x")))).isInstanceOf(IllegalArgumentException.class);
    }
}
