package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Federal Information Processing Standards by the names NIST gave them, where the name is no
 * algorithm's too (unlike the Data Encryption Standard's): the Escrowed Encryption Standard (FIPS
 * 185, Clipper's), the Digital Signature Standard (186) and the Secure Hash Standard (180). Apart
 * from the other extractors, so that {@code cites:} can ask for a name without loading them.
 */
final class NamedStandards {

    private NamedStandards() {
    }

    /** Lower-case words of which every name holds one. */
    static final List<String> TRIGGERS = List.of("encryption standard", "signature standard", "hash standard");

    /** The characters a name starts with. */
    static final String STARTS = "EDS";

    /** One group per standard, in {@link #NUMBERS} order. */
    static final Pattern PATTERN = Pattern.compile(
            "(?<![\\w-])(?:(Escrow(?:ed)?\\s{1,3}Encryption\\s{1,3}Standard|ESCROWED\\s{1,3}ENCRYPTION\\s{1,3}STANDARD)"
                    + "|(Digital\\s{1,3}Signature\\s{1,3}Standard|DIGITAL\\s{1,3}SIGNATURE\\s{1,3}STANDARD)"
                    + "|(Secure\\s{1,3}Hash\\s{1,3}Standard|SECURE\\s{1,3}HASH\\s{1,3}STANDARD))\\b");

    /** The standards' numbers, group by group. */
    private static final int[] NUMBERS = {185, 186, 180};

    /** The citation of the standard a match names. */
    static Citation build(MatchResult m, Text t, String name) {
        int n = number(m);
        return n < 0 ? null : Extractors.cite(t, "fips", m.start(), m.end(), Canonical.fips(n, null), null, StatuteTopics.fips(n),
                0.9, name);
    }

    /** The normalized standard that {@code text} wholly names ({@code Escrowed Encryption Standard}: {@code FIPS 185}), or {@code null}. */
    static String named(String text) {
        Matcher m = PATTERN.matcher(text.strip());
        int n = m.matches() ? number(m) : -1;
        return n < 0 ? null : Canonical.fips(n, null);
    }

    /** The number of the standard whose group matched, or -1. */
    private static int number(MatchResult m) {
        for (int g = 1; g <= NUMBERS.length; g++) {
            if (m.group(g) != null) return NUMBERS[g - 1];
        }
        return -1;
    }
}
