package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;

/**
 * The seed document (one NANOG post of the thread "ISP CALEA compliance"), annotated. Until the
 * rendering parser and the segmenter land in main, the test builds the message from the file
 * itself: body between the date line and the list footer, quote lines as a quote segment credited
 * to the attribution's author.
 */
@Tag("shared")
class SeedAnnotationTest {

    private static Message seed;
    private static List<Annotation> annotations;

    @BeforeAll
    static void annotateSeed() throws IOException {
        Path file = SharedCorpus.path("seeds/000_522f1ca3a1b3768e.txt");
        seed = messageFrom(Files.readString(file, StandardCharsets.UTF_8));
        annotations = new Annotator().annotate(List.of(seed)).get(0).annotations();
    }

    @Test
    void everySpanIsTheBodySlice() {
        assertThat(annotations).isNotEmpty();
        for (Annotation a : annotations) {
            assertThat(seed.body().substring(a.start(), a.end())).isEqualTo(a.text());
        }
    }

    @Test
    void lostReferencesBecomeAPointer() {
        assertThat(citations("pointer")).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("Please see, among others,"));
    }

    @Test
    void subpoenaSentenceIsALegalFactAboutLegalProcess() {
        Claim c = claimCovering("What doesn't exist can't be subpoenaed");
        assertThat(c.kind()).isEqualTo("legal-fact");
        assertThat(c.topics()).contains("legal-process");
        assertThat(c.evidence()).contains("can't be subpoenaed");
        assertThat(c.inQuote()).isFalse();
        assertThat(c.speaker()).isEqualTo("Steven M. Bellovin");
    }

    @Test
    void jailTimeSentenceIsAConsequenceAboutDataRetention() {
        Claim c = claimCovering("jail time");
        assertThat(c.kind()).isEqualTo("consequence");
        assertThat(c.topics()).contains("data-retention");
        assertThat(c.text()).contains("fail to store");
    }

    @Test
    void theQuoteIsToddGlasseys() {
        List<Annotation> quoted = annotations.stream().filter(Annotation::inQuote).toList();
        assertThat(quoted).isNotEmpty();
        assertThat(quoted).allSatisfy(a -> assertThat(a.speaker()).isEqualTo("Todd Glassey"));
        assertThat(quoted).anySatisfy(a -> assertThat(a.text()).contains("Federal Judge"));
    }

    @Test
    void hedgedClosingIsNotDressedAsCertain() {
        assertThat(annotations).filteredOn(a -> a instanceof Claim c && c.text().contains("I think"))
                .allSatisfy(a -> assertThat(((Claim) a).hedged()).isTrue());
    }

    private static List<Citation> citations(String kind) {
        return annotations.stream().filter(a -> a instanceof Citation c && c.kind().equals(kind)).map(a -> (Citation) a).toList();
    }

    private static Claim claimCovering(String words) {
        int at = seed.body().indexOf(words);
        assertThat(at).as("seed holds \"%s\"", words).isGreaterThanOrEqualTo(0);
        return annotations.stream().filter(a -> a instanceof Claim && a.start() <= at && a.end() >= at + words.length())
                .map(a -> (Claim) a).findFirst()
                .orElseThrow(() -> new AssertionError("no claim covers \"" + words + "\" in " + annotations));
    }

    /** The seed rendering as a message: subject, author, date, body, simple segments. */
    static Message messageFrom(String rendering) {
        String[] lines = rendering.split("\n", -1);
        String subject = lines[0].strip();
        String shown = lines[2].strip();
        String name = shown.replaceAll("\\s+\\S+\\s+at\\s*$", "");
        int bodyStart = rendering.indexOf('\n', rendering.indexOf(lines[3]) + lines[3].length()) + 1;
        while (rendering.charAt(bodyStart) == '\n') bodyStart++;
        int footer = rendering.indexOf("More information about the");
        String body = rendering.substring(bodyStart, footer).stripTrailing() + "\n";
        List<Segment> segments = new ArrayList<>();
        String quoted = null;
        int pos = 0;
        for (String line : body.split("\n", -1)) {
            if (pos >= body.length()) break;
            int end = Math.min(body.length(), pos + line.length() + 1);
            SegmentKind kind;
            Segment s;
            if (line.endsWith("wrote:")) {
                quoted = line.replaceAll("\\s*<.*$", "").strip();
                s = Segment.of(SegmentKind.ATTRIBUTION, pos, end, 0).withQuoted(quoted, null);
            } else if (line.startsWith(">")) {
                s = Segment.of(SegmentKind.QUOTE, pos, end, 1).withQuoted(quoted, null);
            } else {
                kind = line.strip().startsWith("--") ? SegmentKind.SIGNATURE : SegmentKind.TEXT;
                s = Segment.of(kind, pos, end, 0);
            }
            segments.add(s);
            pos = end;
        }
        return Message.builder().id("seed").list("nanog").subject(subject)
                .from(Author.of(name, null, shown)).source(new Source("seeds/000_522f1ca3a1b3768e.txt", null, "rendering"))
                .body(body).segments(segments).build();
    }
}
