package org.listscope.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Decodes text whose charset is unknown or may lie: the declared charset where the bytes fit it,
 * else UTF-8 where they are valid UTF-8, else windows-1252 (a superset of Latin-1 that maps every
 * byte), with a warning saying what was guessed.
 */
final class Charsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decoded text.
     *
     * @param text    the text
     * @param warning what was guessed, or {@code null}
     */
    record Decoded(String text, String warning) {
    }

    private Charsets() {
    }

    /**
     * The length of a UTF-8 byte-order mark ({@code EF BB BF}) at {@code bytes[off]}, or 0: some
     * editors and Windows tools start a text file with one, which is no part of its first line.
     */
    static int utf8BomLength(byte[] bytes, int off, int len) {
        return len >= 3 && (bytes[off] & 0xff) == 0xef && (bytes[off + 1] & 0xff) == 0xbb
                && (bytes[off + 2] & 0xff) == 0xbf ? 3 : 0;
    }

    /** Decodes bytes with no declared charset: ASCII or UTF-8 when valid, else windows-1252. */
    static Decoded guess(byte[] bytes, int off, int len) {
        if (ByteScan.isAscii(bytes, off, len)) return new Decoded(new String(bytes, off, len, StandardCharsets.ISO_8859_1), null);
        String utf8 = strict(StandardCharsets.UTF_8, bytes, off, len);
        if (utf8 != null) return new Decoded(utf8, null);
        return new Decoded(new String(bytes, off, len, WINDOWS_1252), "text is not valid UTF-8; read as windows-1252");
    }

    /** Decodes bytes in their declared charset, falling back when the declaration lies or is unknown. */
    static Decoded declared(String charsetName, byte[] bytes, int off, int len) {
        if (ByteScan.isAscii(bytes, off, len)) return new Decoded(new String(bytes, off, len, StandardCharsets.ISO_8859_1), null);
        Charset cs = lookup(charsetName);
        if (cs == null) {
            Decoded g = guess(bytes, off, len);
            String what = charsetName == null || charsetName.isBlank() ? "no charset declared" : "unknown charset \"" + charsetName + "\"";
            String guessed = g.warning() == null ? "UTF-8" : "windows-1252";
            return new Decoded(g.text(), charsetName == null || charsetName.isBlank() ? g.warning()
                    : what + "; read as " + guessed);
        }
        if (cs.equals(StandardCharsets.US_ASCII)) {
            Decoded g = guess(bytes, off, len);
            return new Decoded(g.text(), "declared us-ascii but holds 8-bit text; read as "
                    + (g.warning() == null ? "UTF-8" : "windows-1252"));
        }
        String text = strict(cs, bytes, off, len);
        if (text != null) return new Decoded(text, null);
        if (!cs.equals(StandardCharsets.UTF_8)) {
            String utf8 = strict(StandardCharsets.UTF_8, bytes, off, len);
            if (utf8 != null) return new Decoded(utf8, "declared " + cs.name() + " but holds UTF-8; read as UTF-8");
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, off, len, WINDOWS_1252), "declared UTF-8 but not valid UTF-8; read as windows-1252");
        }
        return new Decoded(new String(bytes, off, len, cs), "bytes not valid in declared " + cs.name() + "; bad bytes replaced");
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The charset an HTML page declares before its {@code <body>} ({@code <META ... charset=...>}), or null. */
    static String declaredInHtml(String head) {
        int end = Markup.find(head, "<body", 0, head.length());
        java.util.regex.Matcher m = META_CHARSET.matcher(head).region(0, end < 0 ? head.length() : end);
        return m.find() ? m.group(1) : null;
    }

    /** Decodes an HTML archive page by the charset it declares before its body ({@link #page}). */
    static Decoded htmlPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return page(declaredInHtml(head), bytes);
    }

    /**
     * Decodes an archive page whose declaration may lie. Pipermail pages declare {@code us-ascii}, a
     * Latin charset or nothing while holding UTF-8 or Latin-1, so for those the bytes are tried as
     * strict UTF-8 first (Latin-1 text is almost never valid UTF-8) and read as windows-1252 when they
     * are not; a warning says when the result goes against an explicit Latin declaration or falls
     * back from an ASCII or missing one. Any other declared charset ({@code KOI8-R},
     * {@code ISO-2022-JP}, ...) is honoured, with bad bytes replaced and a warning.
     */
    static Decoded page(String declared, byte[] bytes) {
        int len = bytes.length;
        if (ByteScan.isAscii(bytes, 0, len)) return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), null);
        Charset cs = lookup(declared);
        boolean latin = WINDOWS_1252.equals(cs);
        if (cs == null || latin || cs.equals(StandardCharsets.US_ASCII) || cs.equals(StandardCharsets.UTF_8)) {
            String utf8 = strict(StandardCharsets.UTF_8, bytes, 0, len);
            if (utf8 != null) {
                return new Decoded(utf8, latin ? "declared charset " + declared + " but the bytes are UTF-8; read as UTF-8" : null);
            }
            return new Decoded(new String(bytes, WINDOWS_1252), latin ? null
                    : "bytes are not valid UTF-8 (declared charset: " + (declared == null ? "none" : declared)
                    + "); read as windows-1252");
        }
        String text = strict(cs, bytes, 0, len);
        if (text != null) return new Decoded(text, null);
        return new Decoded(new String(bytes, cs), "bytes not valid in the declared charset " + declared + "; unreadable bytes replaced");
    }

    /** The charset of a name, treating {@code iso-8859-1} as windows-1252 as browsers and mailers do. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("iso8859-1")
                || n.equals("iso_8859-1")) return WINDOWS_1252;
        if (n.equals("ascii") || n.equals("us-ascii") || n.equals("ansi_x3.4-1968")) return StandardCharsets.US_ASCII;
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The text, or {@code null} when the bytes are not valid in the charset. */
    static String strict(Charset cs, byte[] bytes, int off, int len) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, off, len));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
