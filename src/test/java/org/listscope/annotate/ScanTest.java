package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Scan} finds exactly what {@link Matcher#find()} finds, on random texts made of citation and claim pieces. */
class ScanTest {

    private static final String[] PIECES = {"18 USC 2703(f)", "47 U.S.C. § 1001", "section 2511 of title 18", "Title 18, Section 2511",
            "22 C.F.R. Part 120", "Pub. L. 103-414", "P.L. 100-235", "H.R. 837", "HR3011", "S. 1234", "Senate Bill 266",
            "Katz v. United States, 389 U.S. 347 (1967)", "Smith v. Maryland", "US v Miller", "678 F.2d 315", "58 Fed. Reg. 12345",
            "Federal Register, Vol. 58, No. 108", "ET Docket No. 04-295", "FCC 05-153", "FCC Form 445", "Second Report and Order",
            "Directive 2006/24/EC", "the Digital Telephony Act", "CALEA", "ECPA", "the Fourth Amendment", "the first amendment",
            "Clipper Chip Act of 1994", "RFC 822", "rfc822", "BCP 14", "draft-ietf-pem-cert-03.txt", "http://www.eff.org/pub/",
            "www.example.com", "<9401241548.AA18242@toad.com>", "Please see, among others,\n", "available at:\n",
            "it is illegal", "is not illegal", "must", "shall not export", "can't be subpoenaed", "jail", "will pass",
            "should", "ought to", "I think", "IANAL", "probably", "the court held", "wiretap", "privacy", "encryption",
            "export", "ITAR", "the law", "government", "requires a warrant", "is allowed", "x", "_a", "9ed", "1993", "café",
            " ", " ", "  ", "\n", "\n\n", "> ", ">> ", ".", ",", ";", ":", "?", "-", "'", "\"", "(", ")", "§", "wrote:"};

    private static List<String> texts() {
        Random r = new Random(42);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < 400; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + r.nextInt(60);
            for (int i = 0; i < n; i++) sb.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            out.add(Cleaner.clean(sb.toString()));
        }
        return out;
    }

    private static List<String> byFind(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> byScan(Scan scan, Pattern p, String s) {
        List<String> out = new ArrayList<>();
        scan.each(p, s, scan.starts(s), m -> out.add(m.start() + "-" + m.end()));
        return out;
    }

    @Test
    void extractorsFindWhatFindFinds() {
        List<String> texts = texts();
        int matches = 0;
        for (Extractor x : Extractors.ALL) {
            for (String s : texts) {
                List<String> expected = byFind(x.pattern(), s);
                assertThat(byScan(x.starts(), x.pattern(), s)).as(x.name() + " on " + s).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void lexiconPatternsFindWhatFindFinds() {
        List<Pattern> patterns = new ArrayList<>(Lexicon.KIND_CUES.values());
        patterns.addAll(Lexicon.TOPICS.values());
        patterns.addAll(List.of(Lexicon.ANCHOR, Lexicon.WEAK_ANCHOR, Lexicon.INSTITUTION, Lexicon.HEDGE, Lexicon.FINITE));
        int matches = 0;
        for (Pattern p : patterns) {
            for (String s : texts()) {
                List<String> expected = byFind(p, s);
                assertThat(byScan(Scan.WORD_START.refine(p), p, s)).as(p.pattern()).isEqualTo(expected);
                var first = Scan.WORD_START.refine(p).first(p, s, Scan.WORD_START.starts(s));
                assertThat(first == null ? "none" : first.start() + "-" + first.end()).isEqualTo(expected.isEmpty() ? "none" : expected.get(0));
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void startsAreTheScansCharactersOrWordStarts() {
        // a word start follows no ASCII letter or digit; "_" and non-ASCII characters may start one
        assertThat(Scan.WORD_START.starts("the law's _x caf\u00e9, 18 USC")).containsExactly(0, 4, 8, 10, 11, 13, 19, 22);
        assertThat(Scan.at("HS").starts("HS is S.")).containsExactly(0, 1, 6);
        assertThat(Scan.WORD_START.starts("")).isEmpty();
    }

    @Test
    void sharedStartsFindWhatFindFinds() {
        List<Pattern> patterns = new ArrayList<>(Lexicon.KIND_CUES.values());
        patterns.addAll(Lexicon.TOPICS.values());
        int matches = 0;
        for (String s : texts()) {
            int[] words = Scan.WORD_START.starts(s);
            for (Pattern p : patterns) {
                List<String> shared = new ArrayList<>();
                Scan.WORD_START.refine(p).each(p, s, words, m -> shared.add(m.start() + "-" + m.end()));
                List<String> expected = byFind(p, s);
                assertThat(shared).as(p.pattern()).isEqualTo(expected);
                assertThat(span(Scan.WORD_START.refine(p).first(p, s, words))).isEqualTo(expected.isEmpty() ? "none" : expected.get(0));
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    private static String span(java.util.regex.MatchResult m) {
        return m == null ? "none" : m.start() + "-" + m.end();
    }

    private static String firstByFind(Pattern p, String s) {
        List<String> all = byFind(p, s);
        return all.isEmpty() ? "none" : all.get(0);
    }

    @Test
    void pointersFindWhatFindFinds() {
        for (String s : texts()) {
            assertThat(byScan(Pointers.STARTS, Patterns.POINTER, s)).isEqualTo(byFind(Patterns.POINTER, s));
        }
    }

    @Test
    void pointersTriedOnlyBeforeLineEndsFindWhatFindFinds() {
        String[] pieces = {"Please see, among others,", "please  see the following\tURLs:", "See also", "see e.g.", "see e. g.",
                "available at:", "Posted on", "found from", "at the following site", "the links are", "URL is", "references follow",
                "Reference are", "see here", "SEE THESE", "see below", "for example", "x", "2at", "the", "also", ",", ":", " ", "\t",
                "\n", "\n\n", "\r\n", "> ", "caf\u00e9", "http://example.net/"};
        Random r = new Random(11);
        int matches = 0;
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            String s = Cleaner.clean(sb.toString());
            List<String> found = new ArrayList<>();
            for (int[] m : Pointers.matches(s, Text.of(s, null).lower())) found.add(m[0] + "-" + m[1]);
            List<String> expected = byFind(Patterns.POINTER, s);
            assertThat(found).as(s).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(300);
    }

    /** Every extractor's scan and pattern in one set, as {@link Extractors} builds it. */
    private static ScanSet extractorSet() {
        List<Extractor> all = Extractors.ALL;
        return new ScanSet(all.stream().map(Extractor::starts).toList(), all.stream().map(Extractor::pattern).toList());
    }

    /** The matches ({@code start-end}) of one walk of the set, per pattern. */
    private static List<List<String>> walk(ScanSet set, int patterns, String s, long enabled, long firstOnly) {
        List<List<String>> found = new ArrayList<>();
        for (int x = 0; x < patterns; x++) found.add(new ArrayList<>());
        set.each(s, enabled, firstOnly, (x, m) -> {
            found.get(x).add(m.start() + "-" + m.end());
            return m.end();
        });
        return found;
    }

    @Test
    void oneWalkOfEveryExtractorFindsWhatEachFindFinds() {
        List<Extractor> all = Extractors.ALL;
        ScanSet set = extractorSet();
        Random r = new Random(7);
        int matches = 0;
        for (String s : texts()) {
            long enabled = r.nextInt(4) == 0 ? r.nextLong() : -1L; // sometimes only some extractors run
            List<List<String>> found = walk(set, all.size(), s, enabled, 0L);
            for (int x = 0; x < all.size(); x++) {
                List<String> expected = (enabled & 1L << x) != 0 ? byFind(all.get(x).pattern(), s) : List.of();
                assertThat(found.get(x)).as(all.get(x).name() + " on " + s).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void oneWalkOfTheSentencePatternsFindsWhatFindFinds() {
        Pattern[] firsts = {Lexicon.JOKE, Lexicon.NOT_ASSERTED, Lexicon.META, Lexicon.FINITE, Lexicon.INSTITUTION, Lexicon.ANCHOR,
                Lexicon.WEAK_ANCHOR, Lexicon.HEDGE};
        int[] numbers = {SentencePatterns.JOKE, SentencePatterns.NOT_ASSERTED, SentencePatterns.META, SentencePatterns.FINITE,
                SentencePatterns.INSTITUTION, SentencePatterns.ANCHOR, SentencePatterns.WEAK_ANCHOR, SentencePatterns.HEDGE};
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("I heard :-) the FBI must not export it, I think; wiretap law will pass. Privacy? <g>",
                "I heard a rumour :-) <g> (grin) *grin* LOL hehe g,d&r (joke) (tongue in cheek)",
                "I find it odd, question as to, as if, with all due respect, by the same logic",
                "We just learned I'm not sure it would be interesting to discuss; get a copy of the footnote, body of law, "
                        + "books, the article, a news story, wrote a letter, ISBN, thanks, the subject line; I mentioned it"));
        int matches = 0;
        for (String s : texts) {
            SentencePatterns found = SentencePatterns.of(s);
            for (int k = 0; k < firsts.length; k++) {
                Matcher m = firsts[k].matcher(s);
                String expected = m.find() ? m.group() : null;
                assertThat(found.first(numbers[k])).as(firsts[k].pattern() + " on " + s).isEqualTo(expected);
                assertThat(found.has(numbers[k])).isEqualTo(expected != null);
                if (expected != null) matches++;
            }
            for (int k = 0; k < SentencePatterns.CUE_KINDS.size(); k++) {
                Matcher m = Lexicon.KIND_CUES.get(SentencePatterns.CUE_KINDS.get(k)).matcher(s);
                List<String> expected = new ArrayList<>();
                while (m.find()) expected.add(m.start() + ":" + m.group());
                List<String> got = found.cues(k).stream().map(c -> c.start() + ":" + c.text()).toList();
                assertThat(got).as(SentencePatterns.CUE_KINDS.get(k) + " on " + s).isEqualTo(expected);
                matches += expected.size();
            }
            List<String> topics = new ArrayList<>();
            Lexicon.TOPICS.forEach((topic, p) -> {
                if (p.matcher(s).find()) topics.add(topic);
            });
            assertThat(found.topics()).as(s).isEqualTo(topics);
        }
        assertThat(SentencePatterns.of(texts.get(texts.size() - 1)).has(SentencePatterns.META)).isTrue();
        assertThat(SentencePatterns.of(texts.get(texts.size() - 3)).has(SentencePatterns.JOKE)).isTrue();
        assertThat(matches).isGreaterThan(1000);
    }

    @Test
    void theWalkStopsAPatternAtItsFirstMatchWhenAsked() {
        List<Extractor> all = Extractors.ALL;
        ScanSet set = extractorSet();
        Random r = new Random(11);
        int stopped = 0;
        for (String s : texts()) {
            long firstOnly = r.nextLong();
            List<List<String>> found = walk(set, all.size(), s, -1L, firstOnly);
            for (int x = 0; x < all.size(); x++) {
                List<String> every = byFind(all.get(x).pattern(), s);
                boolean first = (firstOnly & 1L << x) != 0;
                List<String> expected = first && every.size() > 1 ? every.subList(0, 1) : every;
                assertThat(found.get(x)).as(all.get(x).name() + " on " + s).isEqualTo(expected);
                if (first && every.size() > 1) stopped++;
            }
        }
        assertThat(stopped).isGreaterThan(100);
    }
}
