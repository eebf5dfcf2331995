package org.listscope.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;

/**
 * Reads authors as archives show them: {@code Name <user@host>}, {@code user@host (Name)}, pipermail's
 * obfuscated {@code user at host}, and addresses cut short ({@code smb at}) where host names were
 * stripped. An address that listscope's own export made up for an author whose address was hidden
 * ({@code name@unknown.listscope.invalid}) reads back as no address.
 */
public final class Addresses {

    private static final Pattern OBFUSCATED = Pattern.compile("([^\\s<>()\"@]+)\\s+at\\s+([A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,})");
    private static final Pattern CUT_SHORT = Pattern.compile("([^\\s<>()\"@]+)\\s+at\\s*$");
    private static final Pattern PLAIN = Pattern.compile("[^\\s<>()\"',;:]+@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]");
    private static final Pattern ANGLE = Pattern.compile("^(.*?)<([^<>]*)>\\s*(.*)$");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\((.*)\\)\\s*$");

    /** The domain under which {@code export} makes up addresses the archive hid: never a real address. */
    private static final String MADE_UP = "@unknown.listscope.invalid";

    private Addresses() {
    }

    /**
     * A complete address from text that holds one, plain or obfuscated ({@code jeff at
     * jamcupboard.co.uk}, {@code mailto:glyph%40divunal.com}); {@code null} when there is none or it
     * was cut short.
     */
    public static String address(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
            int q = s.indexOf('?');
            if (q >= 0) s = s.substring(0, q);
            s = URLDecoder.decode(s, StandardCharsets.UTF_8);
        }
        if (s.indexOf('@') >= 0) {
            Matcher plain = PLAIN.matcher(s);
            if (plain.find()) {
                return plain.group().toLowerCase(java.util.Locale.ROOT).endsWith(MADE_UP) ? null : plain.group();
            }
        }
        if (s.contains(" at ")) {
            Matcher ob = OBFUSCATED.matcher(s);
            if (ob.find()) return ob.group(1) + "@" + ob.group(2);
        }
        return null;
    }

    /** Whether the text holds an address whose host was stripped ({@code "smb at"}). */
    public static boolean isCutShort(String text) {
        return text != null && address(text) == null && CUT_SHORT.matcher(text.strip()).find();
    }

    /**
     * An author from a header value: {@code Name <addr>}, {@code "Name" <addr>}, {@code addr (Name)},
     * {@code user at host (Name)} or a bare address or name.
     */
    public static Author fromHeader(String value) {
        String shown = value == null ? "" : SpaceRuns.collapse(value.strip());
        String name = null;
        String addressPart = shown;
        // the patterns need both brackets: most values skip one or both
        Matcher angle = shown.indexOf('<') >= 0 && shown.indexOf('>') >= 0 ? ANGLE.matcher(shown) : null;
        boolean angled = angle != null && angle.matches();
        Matcher paren = angled || shown.indexOf('(') < 0 || shown.indexOf(')') < 0 ? null : PAREN.matcher(shown);
        boolean parenthesised = paren != null && paren.matches();
        if (angled) {
            name = angle.group(1);
            addressPart = angle.group(2);
            if (name.isBlank()) name = angle.group(3);
        } else if (parenthesised) {
            addressPart = paren.group(1);
            name = paren.group(2);
        }
        String address = address(addressPart);
        if (address != null && name == null && !angled && !parenthesised) {
            // early pipermail writes "Glyph Lefkowitz glyph@divunal.com": the rest is the name
            String rest = shown.replace(address, " ").strip();
            if (!rest.isEmpty() && !rest.contains("@") && !rest.contains(" at ")) name = rest;
        }
        if (address == null && name == null) {
            // a bare name, or an address we could not read
            name = shown.contains("@") || shown.contains(" at ") ? null : shown;
        }
        String cleaned = cleanName(name);
        if (cleaned != null && address != null && address.equalsIgnoreCase(address(cleaned))
                && cleaned.replace(" at ", "@").strip().equalsIgnoreCase(address)) {
            cleaned = null; // "glyph at divmod.com (glyph at divmod.com)": no name, only the address again
        }
        return Author.of(cleaned, address, shown);
    }

    /** A display name without quotes and surrounding noise; {@code null} when blank. */
    public static String cleanName(String name) {
        if (name == null) return null;
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1);
        n = n.replace("\\\"", "\"").strip();
        return n.isEmpty() ? null : n;
    }
}
