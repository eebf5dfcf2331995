package org.listscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Claim;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * {@code csv}: one row per annotation, RFC 4180 (comma, double quotes, CRLF) in UTF-8, with a header
 * row of {@link #COLUMNS}. List cells ({@code topics}, {@code evidence}) join their items with
 * {@code "; "}. Every cell goes through {@link SpreadsheetCells#neutralise}, so a cell that a
 * spreadsheet would run as a formula starts with a single quote instead.
 */
final class CsvWriter implements ExportWriter {

    /** The header row: who and where first, then the annotation. */
    static final List<String> COLUMNS = List.of("threadId", "id", "url", "date", "author", "type", "kind", "text",
            "normalized", "topics", "speaker", "inQuote", "confidence", "link", "start", "end", "evidence");

    private final boolean excel;

    CsvWriter(boolean excel) {
        this.excel = excel;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        print(out, COLUMNS, excel, printer -> {
            for (Message m : messages) {
                for (Annotation a : m.annotations()) printer.printRecord(row(m, a));
            }
        });
    }

    /** What prints a CSV file's rows. */
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    /**
     * Writes a CSV file of this dialect: UTF-8 (with a byte order mark first for Excel), a header row
     * of {@code columns}, then the rows.
     */
    static void print(Path out, List<String> columns, boolean excel, Rows rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (excel) w.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(w, format)) {
                rows.print(printer);
            }
        }
    }

    /** One annotation's cells, in {@link #COLUMNS} order, neutralised. */
    static List<String> row(Message m, Annotation a) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(m.threadId());
        cells.add(m.id());
        cells.add(m.url());
        cells.add(m.date() == null ? null : m.date().toString());
        cells.add(author(m));
        cells.add(a.type());
        cells.add(a.kind());
        cells.add(a.text());
        cells.add(a instanceof Citation c ? c.normalized() : null);
        cells.add(String.join("; ", a.topics()));
        cells.add(a.speaker());
        cells.add(Boolean.toString(a.inQuote()));
        cells.add(String.format(Locale.ROOT, "%.3f", a.confidence()));
        cells.add(a instanceof Citation c ? c.link() : null);
        cells.add(Integer.toString(a.start()));
        cells.add(Integer.toString(a.end()));
        cells.add(String.join("; ", evidence(a)));
        cells.replaceAll(SpreadsheetCells::neutralise);
        return cells;
    }

    private static List<String> evidence(Annotation a) {
        if (a instanceof Citation c) return c.evidence();
        if (a instanceof Claim c) return c.evidence();
        return List.of();
    }

    /**
     * The author as one cell: name and address, or whichever is known; without either, the header
     * as the source showed it. A header that showed only the address is that address once.
     */
    static String author(Message m) {
        String name = m.from().name();
        String address = m.from().address();
        boolean named = name != null && !name.isBlank();
        if (address == null) return named ? name : m.from().shown();
        return named ? name + " <" + address + ">" : address;
    }
}
