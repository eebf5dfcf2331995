package org.listscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.Batch;
import org.listscope.model.Problem;

class ReportingTest {

    @Test
    void summaryCountsMessagesMergesAndSkipsByReason() {
        Batch b = new Batch(List.of(), List.of(), List.of(
                new Problem("a.txt", "not a recognised archive format (no markers)"),
                new Problem("b.bin", "binary data, not a mail archive"),
                new Problem("c.mbox#12", "unreadable message at line 340: bad header"),
                new Problem("c.mbox#15", "unreadable message at line 512: bad header"),
                new Problem("d.txt", "not a recognised archive format (no markers)")), 3, 20, 7);
        StringWriter out = new StringWriter();
        int code = Reporting.summarize(b, new PrintWriter(out));
        assertThat(code).isEqualTo(Root.FAILURE);
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("listscope: a.txt: not a recognised archive format (no markers)");
        assertThat(lines[5]).isEqualTo("listscope: 3 inputs read, 20 records, 0 messages (7 duplicates merged), 5 problems");
        assertThat(lines[6]).isEqualTo("listscope: skipped or cut: 3 inputs, 2 records; by reason: "
                + "2 x not a recognised archive format; 2 x unreadable message at line N; 1 x binary data, not a mail archive");
    }

    @Test
    void aCleanBatchSaysSoInOneLine() {
        StringWriter out = new StringWriter();
        int code = Reporting.summarize(new Batch(List.of(), List.of(), List.of(), 1, 674, 337), new PrintWriter(out));
        assertThat(code).isEqualTo(Root.OK);
        assertThat(out.toString().strip()).isEqualTo("listscope: 1 inputs read, 674 records, 0 messages (337 duplicates merged), 0 problems");
    }
}
