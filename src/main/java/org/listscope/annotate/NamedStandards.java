package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
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

    /** The standards' numbers, in {@link #PATTERN}'s entry order. */
    private static final int[] NUMBERS = {185, 186, 180};

    /** One group per standard, in {@link #NUMBERS} order. */
    static final Pattern PATTERN = EntryPattern.compile("(?<![\\w-])", List.of(
            List.of("Escrow(?:ed)?\\s{1,3}Encryption\\s{1,3}Standard\\b", "ESCROWED\\s{1,3}ENCRYPTION\\s{1,3}STANDARD\\b"),
            List.of("Digital\\s{1,3}Signature\\s{1,3}Standard\\b", "DIGITAL\\s{1,3}SIGNATURE\\s{1,3}STANDARD\\b"),
            List.of("Secure\\s{1,3}Hash\\s{1,3}Standard\\b", "SECURE\\s{1,3}HASH\\s{1,3}STANDARD\\b")));

    /** The citation of the standard a match names. */
    static Citation build(MatchResult m, Text t, String name) {
        int i = EntryPattern.entry(m);
        if (i < 0) return null;
        int n = NUMBERS[i];
        return Extractors.cite(t, "fips", m.start(), m.end(), Canonical.fips(n, null), null, StatuteTopics.fips(n), 0.9, name);
    }

    /** The normalized standard that {@code text} wholly names ({@code Escrowed Encryption Standard}: {@code FIPS 185}), or {@code null}. */
    static String named(String text) {
        int i = EntryPattern.wholly(PATTERN, text);
        return i < 0 ? null : Canonical.fips(NUMBERS[i], null);
    }
}
