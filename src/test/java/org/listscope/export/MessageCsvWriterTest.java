package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Message;

class MessageCsvWriterTest {

    @TempDir
    Path dir;

    private static List<CSVRecord> readBack(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(MessageCsvWriter.COLUMNS);
            return p.getRecords();
        }
    }

    @Test
    void oneRowPerMessageWithItsOwnCitationsClaimsAndTopics() throws Exception {
        Path out = dir.resolve("m.csv");
        List<Message> messages = Exporters.export(new MessageCsvWriter(false), Fixtures.calea(), Fixtures.provenance(), out);
        List<CSVRecord> rows = readBack(out);
        assertThat(rows).hasSameSizeAs(messages);
        CSVRecord root = rows.get(0);
        assertThat(root.get("id")).isEqualTo("<root@example.net>");
        assertThat(root.get("topics")).isEqualTo("lawful-intercept");
        assertThat(root.get("citations")).isEqualTo("47 U.S.C. § 1001; RFC 2119");
        assertThat(root.get("claimKinds")).isEqualTo("obligation");
        assertThat(root.get("author")).isEqualTo("Todd Glassey <todd@example.net>");
        // the reply's own claim only; the quoted claim is Todd's, and the quote is counted apart
        CSVRecord reply = rows.get(1);
        assertThat(reply.get("parentId")).isEqualTo("<root@example.net>");
        assertThat(reply.get("claimKinds")).isEqualTo("legal-fact");
        Message r = messages.get(1);
        String quote = "> providers must be able to intercept.\n";
        assertThat(reply.get("quotedChars")).isEqualTo(Integer.toString(quote.length()));
        assertThat(Integer.parseInt(reply.get("ownChars"))).isEqualTo(r.body().length() - r.body().indexOf("What"));
    }

    @Test
    void aCellASpreadsheetWouldRunIsNeutralised() throws Exception {
        Message m = Fixtures.calea().get(0);
        Message hostile = Message.builder().id("h1").from(m.from()).source(m.source()).subject("=HYPERLINK(\"x\")").body("hi").build();
        assertThat(MessageCsvWriter.row(hostile).get(MessageCsvWriter.COLUMNS.indexOf("subject"))).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(MessageCsvWriter.row(hostile).get(MessageCsvWriter.COLUMNS.indexOf("ownChars"))).isEqualTo("2");
    }
}
