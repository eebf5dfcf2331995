package org.listscope.parse;

import java.io.IOException;
import java.util.List;
import org.apache.james.mime4j.MimeException;

/**
 * One RFC 822 message per file ({@code .eml}, maildir files, {@code mail.1}): headers first, then the
 * MIME body, read through mime4j.
 */
public final class Rfc822Parser implements ArchiveParser {

    /** The most a single message may hold. */
    static final long MAX_BYTES = 64L << 20;

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
        byte[] bytes = input.readAll(MAX_BYTES);
        try {
            sink.message(MailRecordReader.read(input, format(), bytes, bytes.length, null, List.of()));
        } catch (MimeException | RuntimeException e) {
            throw new ParseException("unreadable message: " + e.getMessage());
        }
    }
}
