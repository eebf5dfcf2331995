package org.listscope.parse.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;

/**
 * The cheap tests tried before dear patterns ({@link AttributionDetector#verbBeforeColon}, {@link
 * Releases#mayHold}, {@link Releases#mayOpen}) never turn away a line the pattern would take: each
 * is checked against the pattern it guards, on hand-made lines and on a year of real lines.
 */
class CheapTestsTest {

    /** The pattern {@link StackedAttribution} guards with {@link AttributionDetector#verbBeforeColon}. */
    private static final Pattern VERB_AND_COLON = Pattern.compile("\\b" + AttributionDetector.VERB + "[\\s\u00a0?]*:",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> ATTRIBUTIONS = List.of(
            "Ann <ann at example.org> wrote:  On Sat, 11 Jun 2005 10:00:00 -0400, Bob wrote:",
            "On Mon, 2004-05-10 at 11:13, James R. Saker Jr. WROTE :",
            "El 3/4/05, Juan escribi\u00f3:", "El 3/4/05, Juan escribi?:", "El 3/4/05, Juan escribi\u00c3\u00b3 :",
            "Le 12 mars 2005, Pierre a \u00e9crit\u00a0:", "Le 12 mars 2005, Pierre a ?crit ?:",
            "Dnia 2005-03-01 Jan napisa\u0142:", "Jan napisa\u0142(a):", "Jan napisa?(a) :", "Em 01/03/2005, Jo\u00e3o escreveu:", "Tim May wrote the following:",
            "Hans M\u00fcller schrieb:", "Piet schreef:", "Ola skrev:", "Matti kirjoitti:", "Eric quipped:",
            "Perry sez:", "Duncan opined :", "Phil scrawled:", ">> Ann wrote:>>> Bob wrote:");

    @Test
    void everyLineWhoseVerbAndColonThePatternFindsPassesTheCheapTest() {
        for (String line : ATTRIBUTIONS) {
            assertThat(VERB_AND_COLON.matcher(line).find()).as(line).isTrue();
            assertThat(AttributionDetector.verbBeforeColon(line, line.length())).as(line).isTrue();
        }
    }

    @Test
    void linesWithoutAVerbBeforeAColonFailTheCheapTest() {
        for (String line : List.of("Subject: wrote a patch", "at 10:30 he said", "http://twistedmatrix.com/", "Note: nothing here")) {
            assertThat(AttributionDetector.verbBeforeColon(line, line.length())).as(line).isFalse();
        }
    }

    @Test
    @Tag("shared")
    void halfAYearOfRealLinesAgreesWithThePattern() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String month : List.of("January", "February", "March", "April", "May", "June")) {
            bodies.addAll(TextArchiveBodies.read(SharedCorpus.path("corpus/pipermail/twisted-python/2005-" + month + ".txt.gz")));
        }
        int verbs = 0;
        for (String body : bodies) {
            for (Line l : LineScanner.scan(body)) {
                String content = l.content(body);
                var m = VERB_AND_COLON.matcher(content);
                if (m.find()) {
                    verbs++;
                    assertThat(AttributionDetector.verbBeforeColon(content, m.end())).as(content).isTrue();
                }
            }
        }
        assertThat(verbs).isGreaterThan(1000);
    }

    @Test
    @Tag("shared")
    void everyReleaseAndWireStoryOfAYearPassesTheCheapTests() throws IOException {
        int found = 0;
        for (String body : TextArchiveBodies.read(SharedCorpus.path("corpus/mbox/cypherpunks/cypherpunks-1993.mbox.gz"))) {
            List<Line> lines = LineScanner.scan(body);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).depth() == 0 && Releases.detect(body, lines, i, null) != null) {
                    found++;
                    assertThat(Releases.mayHold(body)).as(lines.get(i).content(body)).isTrue();
                    assertThat(Releases.mayOpen(body, lines.get(i))).as(lines.get(i).content(body)).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(5);
    }
}
