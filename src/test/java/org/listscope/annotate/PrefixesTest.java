package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Prefixes} rejects positions no match can start at, and never one a match starts at. */
class PrefixesTest {

    private static final Pattern WORDS = Pattern.compile("(?i)(?<![\\w-])(?:laws?|court\\s+orders?)(?![\\w-])");

    @Test
    void rejectsWhatCannotStartAMatch() {
        Prefixes p = new Prefixes(WORDS);
        String s = "the law, a lax court  order, outlaw, court-ish";
        assertThat(p.mayStart(s, s.indexOf("law"))).isTrue();
        assertThat(p.mayStart(s, s.indexOf("lax"))).isFalse();
        assertThat(p.mayStart(s, s.indexOf("court"))).isTrue();
        assertThat(p.mayStart(s, s.indexOf("tlaw") + 1)).as("inside a word").isFalse();
        assertThat(p.mayStart(s, s.indexOf("the"))).isFalse();
        assertThat(p.mayStart("é" + "law", 1)).as("after a non-ASCII letter: always tried").isTrue();
        assertThat(p.mayStart("la", 0)).as("at the end of the text: too short to tell").isTrue();
    }

    @Test
    void positiveLookbehindIsProbedAfterThe() {
        Prefixes p = new Prefixes(Pattern.compile("(?<=[Tt]he\\s)first\\s+amendment\\b"));
        String s = "the first amendment";
        assertThat(p.mayStart(s, 4)).isTrue();
        assertThat(p.mayStart("the fist", 4)).isFalse();
    }

    @Test
    void everyMatchStartIsAllowed() {
        List<Pattern> patterns = new ArrayList<>(Lexicon.KIND_CUES.values());
        patterns.addAll(List.of(WORDS, Lexicon.JOKE, Lexicon.NOT_ASSERTED, Lexicon.META, Patterns.POINTER, Patterns.USC, Acts.PATTERN));
        String[] pieces = {"it is illegal", "must", "can't be seized", "I heard", "rumours", ":-)", "<g>", "law", "court order",
                "see also", "available at:\n", "18 U.S.C. 2511", "the Fourth Amendment", "CALEA", "_liable_", "x", "é", " ", "\n", "-", "."};
        Random r = new Random(7);
        int matches = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 30; i++) sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            for (int i = 0; i < sb.length(); i++) {
                if (r.nextInt(4) == 0) sb.setCharAt(i, Character.toUpperCase(sb.charAt(i))); // "ILLEGAL", "Must"
            }
            String s = sb.toString();
            for (Pattern pattern : patterns) {
                Prefixes p = prefixes(pattern);
                Matcher m = pattern.matcher(s);
                while (m.find()) {
                    assertThat(p.mayStart(s, m.start())).as(pattern + " at " + m.start() + " of " + s).isTrue();
                    matches++;
                }
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void caseIsFoldedOnlyWherePatternIgnoresIt() {
        assertThat(Prefixes.ignoresCase(Lexicon.KIND_CUES.get("prohibition"))).isTrue();
        assertThat(Prefixes.ignoresCase(Lexicon.JOKE)).as("compiled with CASE_INSENSITIVE").isTrue();
        assertThat(Prefixes.ignoresCase(Acts.PATTERN)).isFalse();
        assertThat(Prefixes.ignoresCase(Pattern.compile("(?i)law(?-i)s"))).as("turned off again").isFalse();
        Prefixes p = new Prefixes(WORDS);
        String s = "The LAW, a Court Order, a LAX court";
        assertThat(p.mayStart(s, s.indexOf("LAW"))).isTrue();
        assertThat(p.mayStart(s, s.indexOf("Court"))).isTrue();
        assertThat(p.mayStart(s, s.indexOf("LAX"))).isFalse();
        Prefixes exact = new Prefixes(Pattern.compile("(?<![\\w-])Court\\s+Order"));
        assertThat(exact.mayStart(s, s.indexOf("Court"))).isTrue();
        assertThat(exact.mayStart(s, s.indexOf("court"))).isFalse();
    }

    private static final java.util.Map<Pattern, Prefixes> BUILT = new java.util.HashMap<>();

    private static Prefixes prefixes(Pattern p) {
        return BUILT.computeIfAbsent(p, Prefixes::new);
    }
}
