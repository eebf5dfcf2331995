package org.listscope.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.listscope.model.Message;

/** Turns one raw RFC 822 record (headers, blank line, MIME body) into a {@link Message}. */
final class MailRecordReader {

    private MailRecordReader() {
    }

    /**
     * Reads one record.
     *
     * @param fallbackDate the mbox separator's date, used when the record has no readable Date
     * @param extra        warnings the caller already has (record cut short)
     */
    static Message read(Input in, String format, byte[] bytes, int len, String fallbackDate, List<String> extra)
            throws IOException, MimeException {
        return read(in, format, bytes, len, fallbackDate, extra, true);
    }

    /** As above; without segments when {@code segment} is false. */
    static Message read(Input in, String format, byte[] bytes, int len, String fallbackDate, List<String> extra,
                        boolean segment) throws IOException, MimeException {
        MimeReader.Read r = MimeReader.read(bytes, len);
        List<String> warnings = new ArrayList<>(extra);
        for (String w : r.warnings()) {
            if (!warnings.contains(w)) warnings.add(w);
        }
        return MailFields.build(in, format, r.headers()::get, r.body(), warnings, fallbackDate, segment);
    }
}
