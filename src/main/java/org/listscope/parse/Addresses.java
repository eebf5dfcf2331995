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
    /**
     * What {@link #withoutTrailingNumber} cuts: a telephone number (checked for seven digits), an
     * extension ({@code x2044}) or a VMS date and time ({@code 23-Apr-1993 1109}), at the end.
     */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+(?:-\\s+)?(?:(?<phone>\\(?(?:\\+|\\p{Lu}{1,3}-)?\\d[\\d()\\s.+-]*\\d\\)?)\\.?"
            + "|x\\d{2,5}|\\d{1,2}-\\p{Lu}\\p{Ll}{2}-\\d{4}\\s+\\d{4})$");
    private static final Pattern CUT_SHORT = Pattern.compile("([^\\s<>()\"@]+)\\s+at\\s*$");
    private static final Pattern PLAIN = Pattern.compile("[^\\s<>()\"',;:]+@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\((.*)\\)\\s*$");
    /**
     * What {@link #withoutAddresses} cuts from a name: a comment or an angle address that holds an
     * address, or an address, plain or obfuscated, with the space before it.
     */
    private static final Pattern CARRIED = Pattern.compile("\\s*(?:\\((?=[^()]*[^\\s()@]@[A-Za-z0-9])[^()]*\\)|<[^<>]*@[^<>]*>"
            + "|[^\\s<>()\"',;:]+@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]|[^\\s<>()\"@]+\\s+at\\s+[A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,})");
    /** Words of letters (with dots, apostrophes and hyphens), as a person's name is written. */
    private static final Pattern NAME_WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M}.'\u2019-]*(?:\\s+\\p{L}[\\p{L}\\p{M}.'\u2019-]*)*");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s,;:/|-]+|[\\s,;:/|-]+$");

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
     * {@code user at host (Name)} or a bare address or name. A display name before an angle address
     * is read as RFC 5322 writes it: quoted strings lose their quotes and backslash escapes
     * ({@code "ERIC \"Thin\" S." <a@b>} is {@code ERIC "Thin" S.}), comments are left out, and the
     * {@code <} inside a quoted string does not start the address.
     */
    public static Author fromHeader(String value) {
        String shown = value == null ? "" : SpaceRuns.collapse(value.strip());
        String name = null;
        String addressPart = shown;
        // the forms need both brackets: most values skip one or both
        int lt = shown.indexOf('<') >= 0 && shown.indexOf('>') >= 0 ? angleStart(shown) : -1;
        int gt = lt < 0 ? -1 : shown.indexOf('>', lt + 1);
        boolean angled = gt > lt;
        Matcher paren = angled || shown.indexOf('(') < 0 || shown.indexOf(')') < 0 ? null : PAREN.matcher(shown);
        boolean parenthesised = paren != null && paren.matches();
        if (angled) {
            name = displayName(shown.substring(0, lt));
            addressPart = shown.substring(lt + 1, gt);
            if (name == null) name = displayName(shown.substring(gt + 1)); // "<addr> Name"
            if (name == null) name = ""; // an angle address alone: not a bare name
        } else if (parenthesised) {
            addressPart = paren.group(1);
            name = firstComment(shown, paren.end(1), paren.group(2));
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

    /**
     * The first comment of {@code s}, whose opening bracket is at {@code open}, to its matching
     * bracket: {@code Marc Andreessen} of {@code addr (Marc Andreessen) (by way of addr (Marc
     * Andreessen))}, where a relay noted itself after the author. {@code whole}, from the opening
     * bracket to the last, where the brackets do not pair up.
     */
    private static String firstComment(String s, int open, String whole) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return s.substring(open + 1, i);
        }
        return whole;
    }

    /**
     * Where the angle address starts: the first {@code <} outside quoted strings and comments
     * ({@code "Jim <jim@a.b>" <jim@c.d>}); the first {@code <} at all where quotes or parentheses
     * do not pair up. -1 where there is none.
     */
    static int angleStart(String s) {
        if (s.indexOf('"') < 0 && s.indexOf('(') < 0) return s.indexOf('<');
        int at = outsideQuotesAndComments(s, s.length(), i -> s.charAt(i) == '<' && s.indexOf('>', i + 1) > i);
        return at >= 0 && at < s.length() ? at : s.indexOf('<');
    }

    /**
     * Walks {@code s} up to {@code end}, keeping count of its quoted strings and comments: the first
     * index before {@code end} outside both that {@code stop} accepts; else {@code end} where
     * {@code end} itself stands outside both, -1 where it stands inside one.
     */
    static int outsideQuotesAndComments(String s, int end, java.util.function.IntPredicate stop) {
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\' && (quoted || depth > 0)) i++;
            else if (quoted) quoted = c != '"';
            else if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && c == '"') quoted = true;
            else if (depth == 0 && stop.test(i)) return i;
        }
        return quoted || depth > 0 ? -1 : end;
    }

    /**
     * The display name in an RFC 5322 phrase, or {@code null} when it is blank: quoted strings
     * unquoted with their backslash escapes resolved ({@code ""L. Detweiler""} is {@code L. Detweiler}),
     * comments left out (the comment itself where the phrase holds nothing else), the rest as written.
     * A quote left open runs to the end.
     */
    static String displayName(String phrase) {
        if (phrase.indexOf('"') < 0 && phrase.indexOf('(') < 0) return phrase.isBlank() ? null : phrase.strip();
        StringBuilder name = new StringBuilder(phrase.length());
        StringBuilder comment = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            StringBuilder to = depth > 0 ? comment : name;
            if (c == '\\' && (quoted || depth > 0) && i + 1 < phrase.length()) {
                to.append(phrase.charAt(++i));
            } else if (quoted) {
                if (c == '"') quoted = false;
                else name.append(c);
            } else if (c == '(') {
                if (depth++ > 0) comment.append(c);
                else comment.append(' ');
            } else if (c == ')' && depth > 0) {
                if (--depth > 0) comment.append(c);
            } else if (depth > 0) {
                comment.append(c);
            } else if (c == '"') {
                quoted = true;
            } else {
                name.append(c);
            }
        }
        String n = SpaceRuns.collapse(name.toString()).strip();
        if (n.isEmpty()) n = SpaceRuns.collapse(comment.toString()).strip();
        return n.isEmpty() ? null : n;
    }

    /**
     * A display name without surrounding quotes and noise; {@code null} when blank. A name wholly
     * in quotes is unquoted with its escapes resolved; quotes inside a name ({@code Amber "Hawkie"
     * Brown}, as a comment or a page shows it) are kept.
     */
    public static String cleanName(String name) {
        if (name == null) return null;
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1);
        n = withoutTrailingNumber(withoutAddresses(n.replace("\\\"", "\"").strip()));
        return n.isEmpty() ? null : n;
    }

    /**
     * {@code name} without the addresses some display names carry beside the name, and the
     * telephone number after it: {@code Grady Ward grady@btr.com}, {@code henry strickland --
     * strick@osc.versant.com}, {@code Jim Cooper (jwc00@cas.org; 614-447-3600 ext 3581)}, {@code
     * Jim Hawtree <raph@fnalv.fnal.gov>}, {@code Bill Stewart +1-908-949-0705 wcs@anchor.ho.att.com},
     * a remailer's {@code nobody@alumni.cco.caltech.edu Eternal Optimist}. The name is kept as it is
     * where what is left is no person's name: nothing (an address alone), a label before the address
     * ({@code Reply to: hahn@lds.loral.com}), or words with digits or other signs ({@code
     * CN=Ray Ozzie/O=Iris@IRIS}).
     */
    public static String withoutAddresses(String name) {
        if (name == null || name.indexOf('@') < 0 && !name.contains(" at ")) return name;
        Matcher m = CARRIED.matcher(name);
        if (!m.find() || name.substring(0, m.start()).strip().endsWith(":")) return name;
        String rest = EDGE_SEPARATORS.matcher(SpaceRuns.collapse(m.reset().replaceAll(" "))).replaceAll("");
        rest = withoutTrailingNumber(rest);
        return NAME_WORDS.matcher(rest).matches() ? rest : name;
    }

    /**
     * {@code name} without a telephone number, an extension or a VMS mail date after it, as some
     * display names carry them: {@code Syl Miniter 803-768-3759}, {@code Connie Sadler
     * (415)725-7703}, {@code Stephen Dunne (+44) 71-538-5656}, {@code Peter Capek (TL-863-6721)},
     * {@code Paul Ferguson x2044}, {@code ... 23-Apr-1993 1109}. A number of fewer than seven
     * digits is kept ({@code Hal 9000}), and so is a name that would be left empty.
     */
    public static String withoutTrailingNumber(String name) {
        if (name == null) return null;
        Matcher m = TRAILING_NUMBER.matcher(name);
        if (!m.find() || m.start() == 0) return name;
        String number = m.group();
        boolean phone = m.group("phone") == null || number.chars().filter(Character::isDigit).count() >= 7;
        return phone ? name.substring(0, m.start()).strip() : name;
    }
}
