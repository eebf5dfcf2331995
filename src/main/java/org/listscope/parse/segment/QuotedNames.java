package org.listscope.parse.segment;

import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.listscope.model.Author;
import org.listscope.parse.Addresses;

/**
 * The name an attribution gives, cleaned of what the line's wrapping and the archive left around
 * it: a name cut off before its address ({@code From: John Abel <}), quote marks around it, an
 * address's stray closing bracket. No name at all where what is left is no name: the tail of a
 * name wrapped onto the next line ({@code Sternlight)} of {@code (David} / {@code Sternlight)
 * writes:}), a host name alone ({@code gmail.com>}), a phone number, or marks without a letter
 * ({@code [...]}, {@code ??????}, an encoding's lost characters), markup ({@code value="-net.net"}),
 * or a list's own address ({@code twisted-python-request at twistedmatrix.com}, a digest's sender).
 * A name in a header's RFC 2047 form is decoded, and a telephone number after it left out
 * ({@code Connie Sadler (415)725-7703}), as is a relay's note ({@code (by way of ...)}).
 */
final class QuotedNames {

    /** A host name: dotted labels ending in a top-level domain ({@code freebsd.org}); not a bang path or a handle. */
    private static final Pattern HOST = Pattern.compile("(?:[a-z0-9-]+\\.)+[a-z]{2,4}");

    /** An HTML attribute ({@code value="...}); a handle such as {@code -=Xenon=-} has none. */
    private static final Pattern MARKUP = Pattern.compile("[A-Za-z]=\"");

    /** A list's own address, which sends its digests and bounces: no one's words are quoted under it. */
    private static final Pattern LIST_ROBOT = Pattern.compile("(?i)<?[\\w.+-]+-(?:request|bounces|owner|admin)(?:@| at )[^\\s>]+>?");

    private QuotedNames() {
    }

    /** The cleaned name, or {@code null} where none is left. */
    static String clean(String name) {
        if (name == null) return null;
        String s = name.replace('\u00a0', ' ').strip(); // a no-break space after "Von:" (webmail), which strip() keeps
        // a quoted From: header keeps its RFC 2047 form: =?ISO-8859-1?Q?Lafoucri=E8re?=
        if (s.contains("=?")) s = DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT).strip();
        s = Author.withoutRelayNote(s); // the relay's address, not the author's
        int open = s.indexOf('<');
        if (open >= 0 && s.indexOf('>', open) < 0) s = s.substring(0, open).strip(); // an address cut off, or an arrow
        while (s.endsWith(">") && count(s, '<') < count(s, '>')) s = s.substring(0, s.length() - 1).strip();
        s = unquoted(s);
        if (count(s, '(') < count(s, ')') || count(s, '[') < count(s, ']') || s.startsWith(")")) {
            return null; // a wrapped name's tail
        }
        if (s.chars().noneMatch(Character::isLetter)) return null;
        if (LIST_ROBOT.matcher(s).matches()) return null; // a digest's sender: the words are its posters'
        if (MARKUP.matcher(s).find()) return null; // a webmail's form markup ("value=\"-net.net\""), no name
        if (HOST.matcher(s).matches()) return null; // a host name alone: the rest of an address cut at its "<at>"
        return Addresses.withoutTrailingNumber(s); // a telephone number after the name
    }

    /** {@code s} without one pair of double quotes, or of {@code `...'}, around all of it. */
    private static String unquoted(String s) {
        int n = s.length();
        if (n >= 2 && (s.charAt(0) == '"' && s.charAt(n - 1) == '"' || s.charAt(0) == '`' && s.charAt(n - 1) == '\'')) {
            return s.substring(1, n - 1).strip();
        }
        return s;
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) k++;
        }
        return k;
    }
}
