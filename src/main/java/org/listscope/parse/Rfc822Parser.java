package org.listscope.parse;

import java.io.IOException;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.listscope.model.Problem;

/**
 * One RFC 822 message per file ({@code .eml}, maildir files, {@code mail.1}): headers first, then the
 * MIME body, read through mime4j. A legacy mailbox of such messages without separator lines, each
 * leading with the same line after a blank one, or where the first leads with {@code From:} with a
 * whole header block ({@link LeadingLineSplitter}, the IETF's old archives), gives each of them; one that cannot be read is a problem naming the file and its number.
 * A file of a Maildir folder is one message whatever it holds.
 */
public final class Rfc822Parser implements ArchiveParser {

    /** The most a single message may hold. */
    static final long MAX_BYTES = 64L << 20;

    /** Whether the input is a file of a Maildir folder ({@code cur/} or {@code new/}), which holds one message. */
    private static boolean inMaildir(Input input) {
        java.nio.file.Path parent = input.path() == null ? null : input.path().getParent();
        if (parent == null || parent.getFileName() == null) return false;
        String folder = parent.getFileName().toString();
        return folder.equals("cur") || folder.equals("new");
    }

    @Override
    public String format() {
        return "rfc822";
    }

    @Override
    public boolean accepts(Input input) throws IOException {
        return MailboxSniffer.sniff(input) == MailboxSniffer.Kind.SINGLE_MESSAGE;
    }

    @Override
    public void parse(Input input, Sink sink) throws IOException, ParseException {
        Input.Content content = input.readAvailable(MAX_BYTES);
        byte[] bytes = content.bytes();
        if (bytes.length == 0 && content.truncation() != null) throw new ParseException(content.truncation() + "; nothing before the cut");
        int bom = Charsets.utf8BomLength(bytes, 0, bytes.length);
        if (bom > 0) bytes = java.util.Arrays.copyOfRange(bytes, bom, bytes.length); // no part of the first header
        List<LeadingLineSplitter.Range> messages = inMaildir(input)
                ? List.of(new LeadingLineSplitter.Range(0, bytes.length)) // a Maildir file is one message
                : LeadingLineSplitter.split(bytes, bytes.length);
        for (int k = 0; k < messages.size(); k++) {
            LeadingLineSplitter.Range r = messages.get(k);
            byte[] one = r.start() == 0 && r.end() == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, r.start(), r.end());
            List<String> extra = content.truncation() != null && k == messages.size() - 1
                    ? List.of(CutShort.LAST_MESSAGE) : List.of();
            try {
                sink.message(MailRecordReader.read(input, format(), one, one.length, null, extra));
            } catch (MimeException | RuntimeException e) {
                if (messages.size() == 1) throw new ParseException("unreadable message: " + e.getMessage());
                sink.problem(new Problem(input.name() + "#" + (k + 1), "unreadable message: " + e.getMessage()));
            }
        }
        if (content.truncation() != null) {
            sink.problem(CutShort.problem(input.name(), content.truncation(), "messages"));
        }
    }
}
