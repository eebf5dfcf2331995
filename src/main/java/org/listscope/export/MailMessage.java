package org.listscope.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;
import org.listscope.model.Annotation;
import org.listscope.model.Author;
import org.listscope.model.Citation;
import org.listscope.model.Message;
import org.listscope.model.Provenance;

/**
 * One message as RFC 5322 text with {@code \n} line ends, for {@code mbox} and {@code maildir}:
 * {@code From}, {@code Date} (RFC 1123 form, UTC), {@code Subject} (RFC 2047 encoded words when not
 * ASCII), {@code Message-ID}, {@code In-Reply-To}, {@code References}, a {@code text/plain; charset=UTF-8}
 * body in {@code 7bit}, {@code 8bit} or, for lines too long for SMTP, {@code quoted-printable}; then
 * {@code X-Listscope-*} headers with what mail has no header for (the listscope id, list, archive
 * URL, thread, how the parent was found, the date as the source showed it where the {@code Date}
 * header differs, citations, the export's provenance). Parsing reads the id, list, URL and date shown
 * back; the rest is derived again or is the export's own.
 *
 * <p>Where the source lacked something mail requires, it is made up under the reserved
 * {@code .invalid} domain, so it can never reach anyone: a Message-ID {@code <HASH@listscope.invalid>}
 * for a message without one (its listscope id stays in {@code X-Listscope-Id}), and an address
 * {@code name@unknown.listscope.invalid} for an author whose address the archive hid. A message
 * threaded by other evidence than headers (pipermail's index, quotes) gets an {@code In-Reply-To}
 * naming its parent, so that mail clients show the threads listscope found. {@code X-Listscope-Made-Up}
 * names it, and parsing leaves it out. An address that is not ASCII ({@code lucíacharlie@wellsfargo.com})
 * is written as it is, in UTF-8 (RFC 6532), not made up.
 */
final class MailMessage {

    /** The domain of made-up Message-IDs. */
    static final String ID_DOMAIN = "listscope.invalid";
    /** The domain of made-up addresses. */
    static final String ADDRESS_DOMAIN = "unknown.listscope.invalid";

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final int MAX_LINE_BYTES = 998;

    private final Map<String, Message> byId;
    private final String exportHeader;

    /**
     * @param byId       the exported messages by id, to name a parent by its Message-ID
     * @param provenance written into each message's {@code X-Listscope-Export} header
     */
    MailMessage(Map<String, Message> byId, Provenance provenance) {
        this.byId = byId;
        this.exportHeader = "listscope " + provenance.version() + "; " + provenance.exportedAt() + "; "
                + provenance.selection();
    }

    /** The whole message: headers, a blank line, the body ending in a line end. */
    String render(Message m) {
        StringBuilder sb = new StringBuilder(m.body().length() + 1024);
        Body body = Body.of(m.body());
        header(sb, "From", from(m.from()));
        if (m.date() != null) header(sb, "Date", RFC_1123.format(m.date().atOffset(ZoneOffset.UTC)));
        header(sb, "Subject", text(m.subject(), "Subject"));
        header(sb, "Message-ID", messageId(m));
        String parent = inReplyTo(m);
        if (parent != null) header(sb, "In-Reply-To", parent);
        if (!m.references().isEmpty()) header(sb, "References", String.join(" ", m.references()));
        header(sb, "MIME-Version", "1.0");
        header(sb, "Content-Type", "text/plain; charset=UTF-8");
        header(sb, "Content-Transfer-Encoding", body.encoding());
        header(sb, "X-Listscope-Id", text(m.id(), "X-Listscope-Id"));
        if (m.list() != null) header(sb, "X-Listscope-List", text(m.list(), "X-Listscope-List"));
        if (m.url() != null) header(sb, "X-Listscope-Url", text(m.url(), "X-Listscope-Url"));
        if (m.threadId() != null) header(sb, "X-Listscope-Thread", text(m.threadId(), "X-Listscope-Thread"));
        if (m.parentId() != null) header(sb, "X-Listscope-Parent", text(m.parentId(), "X-Listscope-Parent"));
        if (m.parentLink() != null) {
            header(sb, "X-Listscope-Parent-Link", m.parentLink().how().label() + "; confidence="
                    + String.format(Locale.ROOT, "%.2f", m.parentLink().confidence()));
        }
        header(sb, "X-Listscope-Author-Key", text(m.from().key(), "X-Listscope-Author-Key"));
        String dateHeader = m.date() == null ? null : RFC_1123.format(m.date().atOffset(ZoneOffset.UTC));
        if (m.dateShown() != null && !m.dateShown().equals(dateHeader)) {
            // the Date header above is the instant in UTC; the sender's own form (zone, two-digit year) is kept here
            header(sb, "X-Listscope-Date-Shown", text(m.dateShown(), "X-Listscope-Date-Shown"));
        }
        String cites = citations(m);
        if (!cites.isEmpty()) header(sb, "X-Listscope-Cites", text(cites, "X-Listscope-Cites"));
        String source = m.source().url() != null ? m.source().url() : m.source().path();
        header(sb, "X-Listscope-Source", text(m.source().format() + (source == null ? "" : "; " + source),
                "X-Listscope-Source"));
        header(sb, "X-Listscope-Export", text(exportHeader, "X-Listscope-Export"));
        String madeUp = madeUp(m, parent);
        if (!madeUp.isEmpty()) header(sb, "X-Listscope-Made-Up", madeUp);
        sb.append('\n');
        sb.append(body.text());
        return sb.toString();
    }

    /**
     * The envelope sender of an mbox {@code From } line: the address, real or made up; made up for an
     * address that is not ASCII, which the header keeps (RFC 6532) but the separator line may not hold:
     * Python's {@code mailbox} decodes that line as ASCII and fails on the message.
     */
    static String envelopeSender(Author a) {
        String address = address(a);
        return address.chars().allMatch(c -> c < 0x80) ? address : madeUpAddress(a);
    }

    /** The message's Message-ID, or one made up from its id. */
    static String messageId(Message m) {
        return m.messageId() != null ? m.messageId() : madeUpId(m.id());
    }

    /** A Message-ID under {@link #ID_DOMAIN} that is the same for the same listscope id. */
    static String madeUpId(String id) {
        return "<" + hash(id) + "@" + ID_DOMAIN + ">";
    }

    /**
     * The headers above that listscope made up for parsing to leave out: an In-Reply-To naming a
     * parent found by other evidence than the source's headers, so that the export read again is
     * threaded by that evidence, as its source was, not by a header of confidence 1.
     */
    private static String madeUp(Message m, String inReplyTo) {
        return m.inReplyTo().isEmpty() && inReplyTo != null ? "In-Reply-To" : "";
    }

    private String inReplyTo(Message m) {
        if (!m.inReplyTo().isEmpty()) return String.join(" ", m.inReplyTo());
        if (m.parentId() == null) return null;
        Message parent = byId.get(m.parentId());
        if (parent != null) return messageId(parent);
        String id = m.parentId();
        return id.startsWith("<") && id.endsWith(">") && !id.contains(" ") ? id : madeUpId(id);
    }

    private static String from(Author a) {
        String name = a.name() != null && !a.name().isBlank() ? a.name() : a.address() == null ? a.shown() : null;
        // an address alone goes bare (RFC 5322's addr-spec), as archives mostly show it: read back, it is
        // shown as it was, not in brackets
        if (name == null || name.isBlank()) return address(a);
        return EncoderUtil.encodeAddressDisplayName(oneLine(name)) + " <" + address(a) + ">";
    }

    private static String address(Author a) {
        // kept as the archive wrote it, odd ones too ("shipley@@tfs.COM"), unless it would break the header;
        // one that is not ASCII goes out in UTF-8, as RFC 6532 lets a header carry it
        if (a.address() != null && a.address().matches("[^\\s<>\"]+@[^\\s<>\"]+")
                && a.address().codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSpaceChar(c)
                        || c == '\u2028' || c == '\u2029')
                && StandardCharsets.UTF_8.newEncoder().canEncode(a.address())) {
            return a.address();
        }
        return madeUpAddress(a);
    }

    /** An address under {@link #ADDRESS_DOMAIN} made from the author's key: the same for the same person. */
    private static String madeUpAddress(Author a) {
        String basis = a.key().startsWith("name:") ? a.key().substring(5) : a.key();
        String ascii = java.text.Normalizer.normalize(basis, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String local = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (local.isEmpty()) local = "u" + hash(a.key()).substring(0, 12);
        if (local.length() > 64) local = local.substring(0, 50) + "." + hash(a.key()).substring(0, 12);
        return local + "@" + ADDRESS_DOMAIN;
    }

    private static String citations(Message m) {
        List<String> out = new ArrayList<>();
        for (Annotation a : m.annotations()) {
            if (a instanceof Citation c && c.normalized() != null && !out.contains(c.normalized())) {
                out.add(c.normalized());
            }
        }
        return String.join("; ", out);
    }

    /** A header value on one line, as RFC 2047 encoded words (UTF-8) when it is not printable ASCII. */
    private static String text(String value, String headerName) {
        String v = oneLine(value);
        if (v.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\t') && !v.contains("=?")) return v;
        return EncoderUtil.encodeEncodedWord(v, EncoderUtil.Usage.TEXT_TOKEN, headerName.length() + 2,
                StandardCharsets.UTF_8, null);
    }

    /**
     * Line breaks become spaces: message text never starts a header of its own. Other control
     * characters stay, to be carried in encoded words.
     */
    private static String oneLine(String s) {
        return s.indexOf('\r') < 0 && s.indexOf('\n') < 0 && s.indexOf('\u2028') < 0 && s.indexOf('\u2029') < 0
                && s.indexOf('\u0085') < 0 ? s : s.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ");
    }

    /**
     * Appends {@code Name: value}, folded before a word where a line would pass 78 characters. Runs
     * of spaces are kept as they are: unfolding gives the value back exactly.
     */
    private static void header(StringBuilder sb, String name, String value) {
        int lineStart = sb.length();
        sb.append(name).append(':');
        String[] words = value.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean room = sb.length() - lineStart + 1 + word.length() <= 78;
            if (i > 0 && !word.isEmpty() && !room && sb.length() - lineStart > name.length() + 2) {
                sb.append('\n');
                lineStart = sb.length();
            }
            sb.append(' ').append(word);
        }
        sb.append('\n');
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A body ready for a text/plain part, with the transfer encoding it needs. */
    record Body(String text, String encoding) {

        /** What a carriage return goes into mime4j's encoder as: {@code 0xFF}, no byte of UTF-8 text. */
        private static final byte CR_STAND_IN = (byte) 0xFF;

        static Body of(String raw) {
            String text = raw.replace("\r\n", "\n");
            if (!text.endsWith("\n")) text += "\n";
            boolean ascii = true;
            boolean safe = text.indexOf('\r') < 0 && text.indexOf('\0') < 0;
            int lineBytes = 0;
            for (int i = 0; i < text.length() && safe; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lineBytes = 0;
                    continue;
                }
                if (c >= 0x80) ascii = false;
                lineBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
                if (lineBytes > MAX_LINE_BYTES) safe = false;
            }
            if (safe) return new Body(text, ascii ? "7bit" : "8bit");
            return new Body(quotedPrintable(text), "quoted-printable");
        }

        /**
         * The text in quoted-printable, its line ends as {@code \n}. A carriage return of the text (no
         * line end: those are {@code \n} by now) is written {@code =0D}. mime4j's text mode would drop
         * one after a space or tab or another carriage return (cypherpunks 1993-94: five bodies came
         * back without theirs) and write the others bare, which RFC 2045 forbids; so each goes in as {@link #CR_STAND_IN}, a byte UTF-8 never holds, which
         * mime4j escapes as it escapes any byte ({@code =FF}, the same width, so lines break alike), and
         * that escape becomes {@code =0D}.
         */
        private static String quotedPrintable(String text) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + text.length() / 8);
            try (QuotedPrintableOutputStream qp = new QuotedPrintableOutputStream(bytes, false)) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream in = new ByteArrayOutputStream(utf8.length + utf8.length / 16);
                for (byte b : utf8) {
                    if (b == '\n') in.write('\r');
                    in.write(b == '\r' ? CR_STAND_IN : b);
                }
                in.writeTo(qp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String out = bytes.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n").replace("=FF", "=0D");
            return out.endsWith("\n") ? out : out + "\n";
        }
    }
}
