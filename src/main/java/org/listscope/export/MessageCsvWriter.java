package org.listscope.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Provenance;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * {@code message-csv}: one row per message, for a study that counts messages rather than
 * annotations (who discussed which topic when, who cited what), in the same CSV dialect as
 * {@link CsvWriter}: RFC 4180 in UTF-8, a header row of {@link #COLUMNS}, list cells joined with
 * {@code "; "} (each value once, in order of appearance), every cell neutralised for spreadsheets.
 * Citations and claim kinds are the author's own; those inside quotes are someone else's and have
 * their own column.
 */
final class MessageCsvWriter implements ExportWriter {

    /** The header row. */
    static final List<String> COLUMNS = List.of("threadId", "id", "parentId", "url", "date", "author", "list", "subject",
            "topics", "citations", "claimKinds", "quotedCitations", "ownChars", "quotedChars");

    private final boolean excel;

    MessageCsvWriter(boolean excel) {
        this.excel = excel;
    }

    @Override
    public String format() {
        return "message-csv";
    }

    @Override
    public void write(List<Message> messages, Provenance provenance, Path out) throws IOException {
        CsvWriter.print(out, COLUMNS, excel, printer -> {
            for (Message m : messages) printer.printRecord(row(m));
        });
    }

    /** One message's cells, in {@link #COLUMNS} order, neutralised. */
    static List<String> row(Message m) {
        Set<String> cites = new LinkedHashSet<>();
        Set<String> claims = new LinkedHashSet<>();
        Set<String> quotedCites = new LinkedHashSet<>();
        for (Annotation a : m.annotations()) {
            if (a instanceof Citation c) {
                (a.inQuote() ? quotedCites : cites).add(c.normalized() != null ? c.normalized() : c.text());
            } else if (!a.inQuote()) {
                claims.add(a.kind());
            }
        }
        int own = 0;
        int quoted = 0;
        for (Segment s : m.segments()) {
            if (s.kind() == SegmentKind.TEXT) own += s.end() - s.start();
            else if (s.kind() == SegmentKind.QUOTE) quoted += s.end() - s.start();
        }
        if (m.segments().isEmpty()) own = m.body().length();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(m.threadId());
        cells.add(m.id());
        cells.add(m.parentId());
        cells.add(m.url());
        cells.add(m.date() == null ? null : m.date().toString());
        cells.add(CsvWriter.author(m));
        cells.add(m.list());
        cells.add(m.subject());
        cells.add(String.join("; ", m.topics()));
        cells.add(String.join("; ", cites));
        cells.add(String.join("; ", claims));
        cells.add(String.join("; ", quotedCites));
        cells.add(Integer.toString(own));
        cells.add(Integer.toString(quoted));
        cells.replaceAll(SpreadsheetCells::neutralise);
        return cells;
    }
}
