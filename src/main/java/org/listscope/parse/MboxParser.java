package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.listscope.model.Problem;

/**
 * mbox files (mboxo and mboxrd, plain or gzip), MMDF mailboxes and LISTSERV notebook logs (all
 * written as format {@code mbox}). Streams: records are split by
 * {@link RecordSplitter} (a {@code From } line counts only after a blank line and before a header;
 * one {@code >} is removed from {@code >From } lines) and each record's bytes go to mime4j.
 * A record that cannot be read becomes a problem naming the file and record number.
 */
public final class MboxParser implements ArchiveParser {

    private static final Pattern FROM_LINE_DATE = Pattern.compile("^From \\S+\\s+(.*)$");

    private final boolean segment;

    /** The parser the registry uses: every message segmented. */
    public MboxParser() {
        this(true);
    }

    private MboxParser(boolean segment) {
        this.segment = segment;
    }

    /** A parser that leaves {@code segments} empty: for counting and measuring the reader alone. */
    public static MboxParser withoutSegments() {
        return new MboxParser(false);
    }

    @Override
    public String format() {
        return "mbox";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        MailboxSniffer.Kind k = MailboxSniffer.sniff(input);
        return k == MailboxSniffer.Kind.MBOX || k == MailboxSniffer.Kind.MMDF || k == MailboxSniffer.Kind.LISTSERV;
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException {
        RecordSplitter.Style style = switch (MailboxSniffer.sniff(input)) {
            case MMDF -> RecordSplitter.Style.MMDF;
            case LISTSERV -> RecordSplitter.Style.LISTSERV;
            default -> RecordSplitter.Style.MBOX;
        };
        try (InputStream in = input.open()) {
            RecordSplitter split = new RecordSplitter(in, style);
            RecordSplitter.Record r;
            while ((r = split.next()) != null) {
                List<String> extra = split.truncation() != null
                        ? List.of(CutShort.LAST_MESSAGE) : List.of();
                try {
                    sink.message(MailRecordReader.read(input, format(), r.bytes(), r.length(),
                            separatorDate(r.separator()), extra, segment));
                } catch (MimeException | RuntimeException e) {
                    sink.problem(new Problem(input.name() + "#" + r.number(),
                            "unreadable message at line " + r.line() + ": " + e.getMessage()));
                }
            }
            if (split.truncation() != null) {
                sink.problem(CutShort.problem(input.name(), split.truncation(), "messages"));
            }
            if (split.skippedPrologue() > 0) {
                sink.problem(new Problem(input.name(), split.skippedPrologue()
                        + " bytes before the first message belong to no message; skipped"));
            }
        }
    }

    /** The date of a From_ line, or {@code null}; the 1970 placeholder some tools write counts as none. */
    static String separatorDate(String separator) {
        if (separator == null) return null;
        Matcher m = FROM_LINE_DATE.matcher(separator);
        if (!m.matches()) return null;
        String d = m.group(1).strip();
        return d.contains("00:00:00 1970") ? null : d;
    }
}
