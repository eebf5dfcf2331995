package org.listscope.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns archive bytes into text when the declared charset may lie. Pipermail pages often declare
 * {@code us-ascii} (or nothing) while holding UTF-8 or Latin-1, so for those and the Latin family
 * the bytes are tried as strict UTF-8 first (Latin-1 text is almost never valid UTF-8) and read
 * as windows-1252 when they are not, with a warning. Any other declared charset ({@code KOI8-R},
 * {@code ISO-2022-JP}, ...) is honoured.
 */
public final class Decoding {

    /**
     * Decoded text.
     *
     * @param text    the text
     * @param charset the charset used
     * @param warning what was guessed against the declaration, or {@code null}
     */
    public record Decoded(String text, Charset charset, String warning) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> UTF8_OR_LATIN = Set.of("us-ascii", "ascii", "utf-8", "utf8", "iso-8859-1",
            "latin1", "latin-1", "iso8859-1", "iso_8859-1", "windows-1252", "cp1252", "x-unknown", "unknown-8bit");
    private static final Set<String> LATIN = Set.of("iso-8859-1", "latin1", "latin-1", "iso8859-1", "iso_8859-1",
            "windows-1252", "cp1252");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private Decoding() {
    }

    /** The charset an HTML page declares in its first bytes ({@code <META ... charset=...>}), or null. */
    public static String declaredCharset(String head) {
        int end = head.length();
        int body = indexOfIgnoreCase(head, "<body", 0);
        if (body >= 0) end = body;
        Matcher m = META_CHARSET.matcher(head).region(0, end);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Decodes bytes. {@code declared} may be {@code null} (nothing declared), a name Java does not
     * know (then treated as undeclared), or a real charset.
     */
    public static Decoded decode(byte[] bytes, String declared) {
        if (isAscii(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII, null);
        }
        String name = declared == null ? null : declared.strip().toLowerCase(Locale.ROOT);
        Charset cs = lookup(name);
        if (name == null || cs == null || UTF8_OR_LATIN.contains(name)
                || cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)
                || cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(WINDOWS_1252)) {
            return utf8OrLatin(bytes, declared, name);
        }
        try {
            return new Decoded(strict(bytes, cs), cs, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, cs), cs,
                    "bytes not valid in the declared charset " + declared + "; unreadable bytes replaced");
        }
    }

    private static Decoded utf8OrLatin(byte[] bytes, String declared, String name) {
        boolean latinDeclared = name != null && (LATIN.contains(name) || WINDOWS_1252.equals(lookup(name))
                || StandardCharsets.ISO_8859_1.equals(lookup(name)));
        try {
            String text = strict(bytes, StandardCharsets.UTF_8);
            String warning = latinDeclared ? "declared charset " + declared + " but the bytes are UTF-8; read as UTF-8" : null;
            return new Decoded(text, StandardCharsets.UTF_8, warning);
        } catch (CharacterCodingException e) {
            String warning = latinDeclared ? null
                    : "bytes are not valid UTF-8 (declared charset: " + (declared == null ? "none" : declared)
                    + "); read as windows-1252";
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, warning);
        }
    }

    private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static Charset lookup(String name) {
        if (name == null || name.isEmpty()) return null;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    /** {@code String.indexOf} ignoring ASCII case, for markup search without lower-casing copies. */
    static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        int last = s.length() - n;
        char first = needle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        for (int i = Math.max(0, from); i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || c == firstUpper) && s.regionMatches(true, i, needle, 0, n)) return i;
        }
        return -1;
    }
}
