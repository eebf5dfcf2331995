package org.listscope.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Reads one RFC 822 / MIME message through mime4j's streaming parser: the top-level headers (8-bit
 * bytes decoded as UTF-8 where valid, else windows-1252) and a text body. Text/plain parts are kept;
 * text/html only where there is no plain part (converted to text); every other part becomes a
 * one-line note such as {@code [attachment: report.pdf, application/pdf, 12 KB]}. Charsets that lie
 * fall back and warn. Leading blank lines are left out, except in a message of listscope's own export
 * ({@code X-Listscope-Export}), whose body comes back as it was written: offsets into it stay right.
 */
final class MimeReader {
    private static final Pattern FOLD = Pattern.compile("\\r?\\n[ \\t]*");
    /** The header that marks a message of listscope's own {@code mbox} or {@code maildir} export. */
    private static final String EXPORT_HEADER = "x-listscope-export";

    private static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1)
            .setStrictParsing(false).setMalformedHeaderStartsBody(true).build();

    /**
     * What a message holds.
     *
     * @param headers  top-level headers by lower-case name (first value wins), RFC 2047 not yet decoded
     * @param body     the text
     * @param warnings what was odd (charset fallbacks)
     */
    record Read(Map<String, String> headers, String body, List<String> warnings) {
    }

    private MimeReader() {
    }

    /** Reads the message in {@code bytes[0..len)}. */
    static Read read(byte[] bytes, int len) throws IOException, MimeException {
        Handler h = new Handler();
        MimeStreamParser parser = new MimeStreamParser(CONFIG, DecodeMonitor.SILENT, null);
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(h);
        parser.parse(new ByteArrayInputStream(bytes, 0, len));
        return new Read(h.top, h.body(), h.warnings);
    }

    /** One piece of the body in part order. */
    private record Piece(Kind kind, String text) {
    }

    private enum Kind { PLAIN, HTML, NOTE }

    private static final class Handler extends AbstractContentHandler {
        final Map<String, String> top = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        final List<Piece> pieces = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        int headerCount;

        @Override
        public void startHeader() {
            fields = new ArrayList<>();
        }

        @Override
        public void field(Field field) {
            fields.add(field);
            if (headerCount == 0 && !top.containsKey(field.getNameLowerCase())) {
                Charsets.Decoded d = rawValue(field);
                top.put(field.getNameLowerCase(), d.text());
                if (d.warning() != null) warnings.add("header " + field.getName() + ": " + d.warning());
            }
        }

        @Override
        public void endHeader() {
            headerCount++;
        }

        @Override
        public void body(BodyDescriptor bd, InputStream in) throws IOException {
            byte[] data = in.readAllBytes();
            String mime = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
            // full field parsing is costly: only for parts that say more than a type and charset
            ContentDispositionField disposition = has("content-disposition") ? parsed(ContentDispositionField.class) : null;
            boolean attachment = disposition != null && disposition.isAttachment();
            String filename = disposition != null ? disposition.getFilename() : null;
            boolean text = mime.startsWith("text/") || mime.equals("text");
            if (!text || attachment || filename != null) {
                ContentTypeField type = parsed(ContentTypeField.class);
                if (filename == null && type != null) filename = type.getParameter("name");
            }
            if (text && !attachment && (filename == null || mime.equals("text/plain") && disposition == null)) {
                String declared = declaresCharset() ? bd.getCharset() : null;
                Charsets.Decoded d = Charsets.declared(declared, data, 0, data.length);
                if (d.warning() != null) warnings.add(d.warning());
                String t = d.text().replace("\r\n", "\n");
                pieces.add(mime.equals("text/html") ? new Piece(Kind.HTML, t) : new Piece(Kind.PLAIN, t));
            } else {
                pieces.add(new Piece(Kind.NOTE, note(filename, mime, data.length, data)));
            }
        }

        private boolean has(String lowerName) {
            for (Field f : fields) {
                if (f.getNameLowerCase().equals(lowerName)) return true;
            }
            return false;
        }

        private boolean declaresCharset() {
            for (Field f : fields) {
                if (f.getNameLowerCase().equals("content-type")) {
                    String body = f.getBody();
                    return body != null && body.toLowerCase(Locale.ROOT).contains("charset");
                }
            }
            return false;
        }

        private <T extends ParsedField> T parsed(Class<T> kind) {
            for (Field f : fields) {
                String n = f.getNameLowerCase();
                if ((kind == ContentDispositionField.class && n.equals("content-disposition"))
                        || (kind == ContentTypeField.class && n.equals("content-type"))) {
                    try {
                        ParsedField p = DefaultFieldParser.parse(f.getRaw(), DecodeMonitor.SILENT);
                        if (kind.isInstance(p) && p.isValidField()) return kind.cast(p);
                    } catch (MimeException | RuntimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        String body() {
            boolean plain = pieces.stream().anyMatch(p -> p.kind == Kind.PLAIN);
            // listscope's own export wrote the body as the message had it: its leading blank lines too
            boolean exported = top.containsKey(EXPORT_HEADER);
            StringBuilder out = new StringBuilder();
            for (Piece p : pieces) {
                String t = switch (p.kind) {
                    case PLAIN -> p.text;
                    case HTML -> plain ? null : HtmlText.of(p.text);
                    case NOTE -> p.text;
                };
                if (t == null || t.isBlank()) continue;
                if (out.length() > 0) out.append("\n\n");
                out.append(exported ? MailFields.trimEnd(t) : MailFields.trimBody(t));
            }
            return out.toString();
        }
    }

    /** The one-line note that stands for a part that is not text. */
    static String note(String filename, String mime, int size, byte[] data) {
        String name = filename;
        if (name == null && mime.equals("message/rfc822")) {
            String subject = nestedSubject(data);
            name = subject == null ? "forwarded message" : "forwarded message \"" + subject + "\"";
        }
        return "[attachment: " + (name == null ? "unnamed" : HeaderValues.decode(name)) + ", " + mime + ", " + size(size) + "]";
    }

    private static String nestedSubject(byte[] data) {
        HeaderBlock h = HeaderBlock.read(data, data.length);
        return HeaderValues.decode(h.get("subject"));
    }

    static String size(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A header's value from its raw bytes: 8-bit text decoded as UTF-8 where valid, else windows-1252. */
    static Charsets.Decoded rawValue(Field field) {
        byte[] raw = field.getRaw().toByteArray();
        int colon = 0;
        while (colon < raw.length && raw[colon] != ':') colon++;
        int start = Math.min(colon + 1, raw.length);
        Charsets.Decoded d = Charsets.guess(raw, start, raw.length - start);
        return new Charsets.Decoded(FOLD.matcher(d.text()).replaceAll(" ").strip(), d.warning());
    }
}
