package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.Message;

/**
 * Real data: the 660 renderings of twisted-python 2005-March and 2005-October pages (both styles)
 * agree with their truth.jsonl on subject, author, date and list; and, in the "kept" style, on the
 * full address.
 */
class RenderingAccuracyTest {

    @Test
    void renderingsAgreeWithTheirTruth() throws IOException {
        Path root = SharedCorpus.path("corpus/renderings/twisted-python");
        List<String> truth = Files.readAllLines(root.resolve("truth.jsonl"));
        int total = 0;
        int subject = 0;
        int author = 0;
        int date = 0;
        int list = 0;
        int kept = 0;
        int keptAddress = 0;
        int recognised = 0;
        for (String line : truth) {
            JsonNode t = Json.mapper().readTree(line);
            Path file = root.resolve(t.get("file").asText());
            Collected c = Collected.read(Input.of(file));
            total++;
            if (c.messages.size() != 1) continue;
            Message m = c.messages.get(0);
            if ("rendering".equals(m.source().format())) recognised++;
            if (m.subject().equals(t.get("subject").asText())) subject++;
            if (PipermailAccuracyTest.sameAuthor(m, t.get("author").asText())) author++;
            Instant expected = Dates.parse(t.get("dateLine").asText()).instant();
            if (expected != null && expected.equals(m.date())) date++;
            if (t.get("list").asText().toLowerCase(Locale.ROOT).equals(m.list())) list++;
            if ("kept".equals(t.get("style").asText())) {
                kept++;
                if (t.get("address").asText().equals(m.from().address())) keptAddress++;
            }
        }
        System.out.printf("renderings: %d files (%d recognised as renderings); agreement subject %.1f%%, author %.1f%%, "
                        + "date %.1f%%, list %.1f%%; full address in the kept style %.1f%% of %d%n", total, recognised,
                PipermailAccuracyTest.pct(subject, total), PipermailAccuracyTest.pct(author, total),
                PipermailAccuracyTest.pct(date, total), PipermailAccuracyTest.pct(list, total),
                PipermailAccuracyTest.pct(keptAddress, kept), kept);
        assertThat(total).isEqualTo(660);
        assertThat(recognised).isEqualTo(total);
        for (int agreed : new int[] {subject, author, date, list}) {
            assertThat(PipermailAccuracyTest.pct(agreed, total)).isGreaterThanOrEqualTo(99.0);
        }
        assertThat(PipermailAccuracyTest.pct(keptAddress, kept)).isGreaterThanOrEqualTo(99.0);
    }
}
