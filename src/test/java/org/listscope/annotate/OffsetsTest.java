package org.listscope.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;

/**
 * Offsets never drift: on random bodies (quote markers, tabs, CRLF, non-BMP characters) with known
 * citations planted at known places, every citation is found exactly where it was planted and
 * every annotation's text is its body slice.
 */
class OffsetsTest {

    private static final String[][] PLANTS = {
            {"18 USC 2703(f)", "18 U.S.C. § 2703(f)"}, {"RFC 2119", "RFC 2119"}, {"H.R. 3937", "H.R. 3937"},
            {"http://www.eff.org/pub/", "http://www.eff.org/pub/"}, {"47 C.F.R. § 64.2003", "47 C.F.R. § 64.2003"},
            {"Directive 2006/24/EC", "Directive 2006/24/EC"}, {"ITAR", "International Traffic in Arms Regulations"}};
    private static final String[] FILLER = {"the", "wiretap", "law", "requires", "that", "\u00e9t\u00e9", "\ud83d\udd12", "key",
            "must", "court", "and", "so", "on", "\t", "data"};

    @Test
    void plantedCitationsAreFoundAtTheirOffsets() {
        Random random = new Random(42);
        Annotator annotator = new Annotator();
        for (int round = 0; round < 300; round++) {
            StringBuilder body = new StringBuilder();
            List<int[]> planted = new ArrayList<>();
            List<String> normalized = new ArrayList<>();
            int lines = 1 + random.nextInt(8);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(3) == 0) body.append("> ".repeat(1 + random.nextInt(2)));
                int words = 1 + random.nextInt(10);
                for (int w = 0; w < words; w++) {
                    if (random.nextInt(6) == 0) {
                        String[] p = PLANTS[random.nextInt(PLANTS.length)];
                        planted.add(new int[] {body.length(), body.length() + p[0].length()});
                        normalized.add(p[1]);
                        body.append(p[0]);
                    } else {
                        body.append(FILLER[random.nextInt(FILLER.length)]);
                    }
                    body.append(' ');
                }
                body.append(random.nextBoolean() ? "\r\n" : "\n");
            }
            Message m = TestMessages.message(body.toString());
            List<Annotation> found = annotator.annotate(List.of(m)).get(0).annotations();
            for (Annotation a : found) {
                assertThat(m.body().substring(a.start(), a.end())).isEqualTo(a.text());
            }
            List<Citation> citations = found.stream().filter(a -> a instanceof Citation).map(a -> (Citation) a).toList();
            for (int i = 0; i < planted.size(); i++) {
                int[] p = planted.get(i);
                String n = normalized.get(i);
                assertThat(citations).as("round %d body %s", round, m.body())
                        .anySatisfy(c -> {
                            assertThat(c.start()).isEqualTo(p[0]);
                            assertThat(c.end()).isEqualTo(p[1]);
                            assertThat(c.normalized()).startsWith(n);
                        });
            }
        }
    }

    @Test
    void cleaningKeepsTheLength() {
        String body = "> > quoted\ttext\r\n\u00a0nbsp \u201cquoted\u201d \u2013 dash\n>>deep";
        assertThat(Cleaner.clean(body)).hasSameSizeAs(body);
        assertThat(Cleaner.clean(body)).startsWith("    quoted text");
    }
}
