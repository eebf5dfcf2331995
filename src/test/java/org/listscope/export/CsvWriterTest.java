package org.listscope.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Message;

class CsvWriterTest {

    @TempDir
    Path dir;

    private List<CSVRecord> readBack(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(CsvWriter.COLUMNS);
            return p.getRecords();
        }
    }

    @Test
    void readBackRowsEqualTheAnnotations() throws Exception {
        Path out = dir.resolve("a.csv");
        List<Message> messages = Exporters.export(new CsvWriter(false), Fixtures.calea(), Fixtures.provenance(), out);
        List<CSVRecord> rows = readBack(out);
        List<Annotation> expected = new ArrayList<>();
        List<Message> owners = new ArrayList<>();
        for (Message m : messages) {
            for (Annotation a : m.annotations()) {
                expected.add(a);
                owners.add(m);
            }
        }
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Annotation a = expected.get(i);
            Message m = owners.get(i);
            assertThat(SpreadsheetCells.restore(row.get("text"))).isEqualTo(a.text());
            assertThat(row.get("type")).isEqualTo(a.type());
            assertThat(row.get("kind")).isEqualTo(a.kind());
            assertThat(row.get("id")).isEqualTo(m.id());
            assertThat(row.get("threadId")).isEqualTo(m.threadId());
            assertThat(row.get("url")).isEqualTo(m.url() == null ? "" : m.url());
            assertThat(row.get("date")).isEqualTo(m.date() == null ? "" : m.date().toString());
            assertThat(Integer.parseInt(row.get("start"))).isEqualTo(a.start());
            assertThat(Integer.parseInt(row.get("end"))).isEqualTo(a.end());
            assertThat(Double.parseDouble(row.get("confidence"))).isEqualTo(a.confidence());
            assertThat(Boolean.parseBoolean(row.get("inQuote"))).isEqualTo(a.inQuote());
            assertThat(row.get("speaker")).isEqualTo(a.speaker());
            assertThat(List.of(row.get("topics").split("; "))).isEqualTo(a.topics());
            assertThat(row.get("normalized")).isEqualTo(a instanceof Citation c ? c.normalized() : "");
        }
        assertThat(rows.get(1).get("normalized")).isEqualTo("RFC 2119");
        assertThat(rows.get(0).get("author")).isEqualTo("Todd Glassey <todd@example.net>");
    }

    @Test
    void anAuthorShownByAddressAloneIsThatAddressOnce() {
        Message m = Fixtures.calea().get(0).withFrom(Author.of(null, "hkhenson@cup.portal.com", "hkhenson@cup.portal.com"));

        assertThat(CsvWriter.author(m)).isEqualTo("hkhenson@cup.portal.com");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() throws Exception {
        Path out = dir.resolve("a.csv");
        Exporters.export(new CsvWriter(false), Fixtures.calea(), Fixtures.provenance(), out);
        List<String> texts = readBack(out).stream().map(r -> r.get("text")).toList();
        assertThat(texts).contains("'-dash first").doesNotContain("-dash first");
        assertThat(texts).contains("\"=SUM(A1)\"");
        assertThat(SpreadsheetCells.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.neutralise("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.neutralise("@SUM(1)")).isEqualTo("'@SUM(1)");
        assertThat(SpreadsheetCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.neutralise("plain")).isEqualTo("plain");
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
        assertThat(SpreadsheetCells.restore("'-1")).isEqualTo("-1");
        assertThat(SpreadsheetCells.restore("'quoted")).isEqualTo("'quoted");
    }

    @Test
    void isRfc4180Utf8AndExcelGetsAByteOrderMark() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");
        Exporters.export(new CsvWriter(false), Fixtures.calea(), Fixtures.provenance(), plain);
        Exporters.export(new CsvWriter(true), Fixtures.calea(), Fixtures.provenance(), excel);
        byte[] p = Files.readAllBytes(plain);
        byte[] e = Files.readAllBytes(excel);
        assertThat(p[0]).isEqualTo((byte) 't');
        assertThat(new byte[] {e[0], e[1], e[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(p, StandardCharsets.UTF_8);
        assertThat(text).startsWith("threadId,id,url,date,author,type,kind,text,").contains("\r\n")
                .contains("Directive 2006/24/EC").contains("Jörg Müller");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r");
    }
}
