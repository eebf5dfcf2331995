package org.listscope.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.listscope.SharedCorpus;
import org.listscope.json.Json;
import org.listscope.model.Message;

/**
 * Real data: every page of a twisted-python 2005 month parses, and the pages its thread.html names
 * agree with the month's truth file (taken from the same messages in the .txt.gz archive) on
 * subject, author, date (as an instant: the page shows server-local time, the text archive the
 * sender's zone) and Message-ID.
 */
class PipermailAccuracyTest {

    @ParameterizedTest
    @ValueSource(strings = {"2005-March", "2005-October"})
    void pagesAgreeWithTheTextArchive(String month) throws IOException {
        Path folder = SharedCorpus.path("corpus/pipermail/twisted-python/" + month);
        Path truthFile = SharedCorpus.path("corpus/pipermail/twisted-python/" + month + ".truth.jsonl");

        Collected all = new Collected();
        Archives.read(List.of(folder), all);
        assertThat(all.problems).as("problems reading %s", month).isEmpty();
        Map<String, Message> byNumber = new HashMap<>();
        for (Message m : all.messages) {
            String file = Path.of(m.source().path()).getFileName().toString();
            byNumber.put(file.substring(0, file.indexOf('.')), m);
        }

        int total = 0;
        int subject = 0;
        int author = 0;
        int date = 0;
        int messageId = 0;
        for (String line : Files.readAllLines(truthFile)) {
            JsonNode t = Json.mapper().readTree(line);
            Message m = byNumber.get(t.get("number").asText());
            assertThat(m).as("page %s named in thread.html", t.get("number").asText()).isNotNull();
            total++;
            if (m.subject().equals(t.get("subject").asText())) subject++;
            if (sameAuthor(m, t.get("author").asText())) author++;
            if (m.date() != null && m.date().equals(instant(t.get("txtDate").asText()))) date++;
            if (t.get("messageId").asText().equals(m.messageId())) messageId++;
        }
        int worst = Math.min(Math.min(subject, author), Math.min(date, messageId));
        System.out.printf("pipermail %s: %d pages named in thread.html; agreement subject %.1f%%, author %.1f%%, "
                        + "date %.1f%%, Message-ID %.1f%% (all %d message pages of the month parsed without problem)%n", month, total,
                pct(subject, total), pct(author, total), pct(date, total), pct(messageId, total),
                all.messages.size());
        assertThat(total).isGreaterThan(300);
        assertThat(pct(worst, total)).isGreaterThanOrEqualTo(99.5);
    }

    /** The truth's author is the page's name, or its address where pipermail showed one in place of a name. */
    static boolean sameAuthor(Message m, String truth) {
        if (truth.equals(m.from().name())) return true;
        return m.from().name() == null && m.from().address() != null && m.from().address().equalsIgnoreCase(Addresses.address(truth));
    }

    static Instant instant(String rfc822) {
        try {
            return ZonedDateTime.parse(rfc822.replaceAll("\\s*\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Dates.parse(rfc822).instant();
        }
    }

    static double pct(int n, int total) {
        return total == 0 ? 0 : 100.0 * n / total;
    }
}
