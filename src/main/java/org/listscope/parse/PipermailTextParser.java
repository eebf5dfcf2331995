package org.listscope.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.listscope.model.Problem;

/**
 * Pipermail's monthly text archives ({@code 2005-March.txt}, {@code .txt.gz}): {@code From } separator
 * lines ({@code From user at host  Thu Mar  3 11:14:52 2005}, or the early form {@code From
 * glyph@divunal.com Sat, 31 Jul 1999 23:34:47 -0400 (EDT)}), then the headers pipermail keeps
 * (From, Date, Subject, In-Reply-To, References, Message-ID), a blank line and the body.
 *
 * <p>Streams: each message goes to the sink as soon as it is read. A {@code From } line in a body is
 * not a separator (a separator is followed by a header). A truncated gzip gives the messages before
 * the cut, the last one marked cut short, and a problem naming the file.
 */
public final class PipermailTextParser implements ArchiveParser {

    /** The headers pipermail writes into its text archive; anything else means a full mbox. */
    static final Set<String> PIPERMAIL_HEADERS = Set.of("from", "date", "subject", "message-id", "in-reply-to",
            "references");
    private static final Pattern SEPARATOR_DATE = Pattern.compile("^From \\S+(?: at \\S+)?\\s+");

    private final boolean segment;

    /** The parser the registry uses: every message segmented. */
    public PipermailTextParser() {
        this(true);
    }

    private PipermailTextParser(boolean segment) {
        this.segment = segment;
    }

    /**
     * A parser that leaves {@code segments} empty: for counting, duplicate checks and measuring the
     * reader alone. Not in the registry.
     */
    public static PipermailTextParser withoutSegments() {
        return new PipermailTextParser(false);
    }

    @Override
    public String format() {
        return "pipermail-txt";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        return MailboxSniffer.sniff(input) == MailboxSniffer.Kind.PIPERMAIL_TEXT;
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException {
        try (InputStream in = input.open()) {
            RecordSplitter split = new RecordSplitter(in, RecordSplitter.Style.PIPERMAIL);
            RecordSplitter.Record r;
            while ((r = split.next()) != null) {
                boolean last = split.truncation() != null;
                try {
                    sink.message(read(input, r, last));
                } catch (RuntimeException e) {
                    sink.problem(new Problem(input.name() + "#" + r.number(),
                            "unreadable record at line " + r.line() + ": " + e.getMessage()));
                }
            }
            if (split.truncation() != null) {
                sink.problem(CutShort.problem(input.name(), split.truncation(), "records"));
            }
            if (split.skippedPrologue() > 0) {
                sink.problem(new Problem(input.name(), split.skippedPrologue()
                        + " bytes of text before the first message belong to no message; skipped"));
            }
        }
    }

    private org.listscope.model.Message read(Input input, RecordSplitter.Record r, boolean cutShort) {
        HeaderBlock h = HeaderBlock.read(r.bytes(), r.length());
        Charsets.Decoded body = Charsets.guess(r.bytes(), h.bodyStart(), r.length() - h.bodyStart());
        List<String> warnings = new ArrayList<>(h.warnings());
        if (body.warning() != null) warnings.add("body " + body.warning());
        if (cutShort) warnings.add(CutShort.LAST_MESSAGE);
        String separatorDate = SEPARATOR_DATE.matcher(r.separator()).replaceFirst("");
        return MailFields.build(input, format(), h::get, MailFields.trimBody(body.text()), warnings, separatorDate, segment);
    }
}
