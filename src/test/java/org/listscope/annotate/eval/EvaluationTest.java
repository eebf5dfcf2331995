package org.listscope.annotate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Source;

class EvaluationTest {

    private static final String BODY = "The law requires a warrant.\n> see 18 USC 2511 too\nLunch was good.\n";

    private static Message message() {
        return Message.builder().id("m").messageId("<m@x>").from(Author.of("A", null, "A")).source(new Source(null, null, "mbox"))
                .body(BODY).build();
    }

    @Test
    void overlapMatchingCountsPerTypeAndKind() {
        GoldMessage gold = new GoldMessage("dev", "s", "<m@x>", List.of(
                new GoldSpan("claim", "obligation", "requires a warrant", 1, null),
                new GoldSpan("citation", "usc", "18 USC\n2511", 1, "18 U.S.C. § 2511")));
        Annotation claim = new Claim("legal-fact", 0, 27, BODY.substring(0, 27), List.of(), 0.5, List.of(), false, false, "A");
        int at = BODY.indexOf("18 USC");
        Annotation cite = new Citation("usc", at, at + 11, BODY.substring(at, at + 11), "18 U.S.C. § 2511", null, null, List.of(), 1,
                List.of(), true, null);
        int lunch = BODY.indexOf("Lunch");
        Annotation extra = new Claim("legal-fact", lunch, lunch + 15, BODY.substring(lunch, lunch + 15), List.of(), 0.5, List.of(), false, false, "A");
        Evaluation e = Evaluation.run(List.of(gold), g -> message(), (g, m) -> List.of(claim, cite, extra));
        assertThat(e.system().counts("claim")).containsExactly(1, 1, 0);
        assertThat(e.system().counts("claim/obligation")).containsExactly(0, 0, 1);
        assertThat(e.system().counts("claim/legal-fact")).containsExactly(0, 2, 0);
        assertThat(e.system().precision("citation")).isEqualTo(1.0);
        assertThat(e.normalized()).containsExactly(1, 1);
        assertThat(e.table()).contains("| claim | 1 | 0.50 | 1.00 | 0.67 |");
        assertThat(e.errors()).containsExactly(
                "<m@x> extra claim/legal-fact: Lunch was good.",
                "<m@x> kind legal-fact claim/obligation [requires a warrant]: The law requires a warrant. see 18 USC 2511 too Lunch was good.");
    }

    @Test
    void everyPredictionIsJudgedForCalibrationWithItsConfidence() {
        GoldMessage gold = new GoldMessage("dev", "s", "<m@x>", List.of(new GoldSpan("claim", "obligation", "requires a warrant", 1, null)));
        Annotation right = new Claim("obligation", 0, 27, BODY.substring(0, 27), List.of(), 0.8, List.of(), false, false, "A");
        int lunch = BODY.indexOf("Lunch");
        Annotation wrong = new Claim("legal-fact", lunch, lunch + 15, BODY.substring(lunch, lunch + 15), List.of(), 0.6, List.of(), false, false, "A");
        Evaluation e = Evaluation.run(List.of(gold), g -> message(), (g, m) -> List.of(right, wrong));
        assertThat(e.calibration().count("claim")).isEqualTo(2);
        assertThat(e.calibration().auc("claim")).isEqualTo(1.0);
        assertThat(e.calibration().table()).contains("| claim | 0.6-0.7 | 1 | 0.60 | 0.00 | -0.60 |", "| claim | 0.8-0.9 | 1 | 0.80 | 1.00 | +0.20 |");
    }

    @Test
    void aGoldAnnotationNothingOverlapsIsMissed() {
        GoldMessage gold = new GoldMessage("dev", "s", "<m@x>", List.of(new GoldSpan("claim", "obligation", "requires a warrant", 1, null)));
        Evaluation e = Evaluation.run(List.of(gold), g -> message(), (g, m) -> List.of());
        assertThat(e.errors()).containsExactly("<m@x> missed claim/obligation [requires a warrant]: The law requires a warrant. see 18 USC 2511 too Lunch was good.");
        assertThat(e.system().counts("claim")).containsExactly(0, 0, 1);
    }

    @Test
    void aSecondReaderAgreesWhereItsClaimAnchorLiesInTheSameSentence() {
        GoldMessage gold = new GoldMessage("heldout-2", "s", "<m@x>", List.of(
                new GoldSpan("claim", "obligation", "requires a warrant", 1, null),
                new GoldSpan("citation", "usc", "18 USC 2511", 1, "18 U.S.C. § 2511")));
        List<GoldSpan> second = List.of(
                new GoldSpan("claim", "obligation", "The law", 1, null), // same sentence, other words
                new GoldSpan("claim", "legal-fact", "Lunch was", 1, null), // a sentence the gold lacks
                new GoldSpan("citation", "usc", "2511", 1, "18 U.S.C. § 2511"));
        Evaluation e = Evaluation.agreement(List.of(gold), g -> message(), id -> id.equals("<m@x>") ? second : List.of());
        assertThat(e.system().counts("claim")).containsExactly(1, 1, 0);
        assertThat(e.system().counts("claim/obligation")).containsExactly(1, 0, 0);
        assertThat(e.system().counts("citation")).containsExactly(1, 0, 0);
        assertThat(e.errors()).containsExactly("<m@x> extra claim/legal-fact: Lunch was good.");
    }

    @Test
    void theSentenceAroundAnAnchorEndsAtStopsAndBlankLines() {
        String body = "One. Two three four! Five\n\nSix";
        assertThat(Anchors.sentenceAround(body, new int[] {9, 14})).containsExactly(5, 20);
        assertThat(Anchors.sentenceAround(body, new int[] {21, 24})).containsExactly(21, 25);
        assertThat(Anchors.sentenceAround(body, new int[] {28, 30})).containsExactly(27, 30);
    }

    @Test
    void anchorsSkipQuoteMarkersAndPickTheOccurrence() {
        assertThat(Anchors.find("a b\n> c a b", "a b", 2)).containsExactly(8, 11);
        assertThat(Anchors.find("x y\n>  z", "y z", 1)).containsExactly(2, 8);
        assertThat(Anchors.find("x", "y", 1)).isNull();
    }

    @Test
    void theGoldFileHasSixtyHandAnnotatedMessagesAndNoBodies() throws Exception {
        List<GoldMessage> gold = GoldFile.read(Path.of("src/test/resources/gold/annotations-gold.jsonl"));
        assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
        Set<String> kinds = new java.util.HashSet<>(org.listscope.model.Citation.KINDS);
        kinds.addAll(org.listscope.model.Claim.KINDS);
        for (GoldMessage g : gold) {
            for (GoldSpan s : g.annotations()) {
                assertThat(kinds).contains(s.kind());
                assertThat(s.anchor().split("\\s+").length).as("anchor %s is a few words", s.anchor()).isLessThanOrEqualTo(12);
            }
        }
        assertThat(gold.stream().filter(g -> g.annotations().isEmpty()).count()).as("true negatives").isGreaterThanOrEqualTo(5);
    }

    @Test
    void baselinesFindTheObviousOnly() {
        assertThat(Baselines.citations("See 18 USC 2511 and Katz v. US and http://x.org/ and CALEA."))
                .extracting(Span::kind).containsExactly("usc", "case", "url", "act");
        assertThat(Baselines.claims("The law is clear. Is it legal? Lunch was fine.")).hasSize(1);
    }
}
