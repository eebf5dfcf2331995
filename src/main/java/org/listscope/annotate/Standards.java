package org.listscope.annotate;

import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * Technical standards that law makes operators meet, by designation (kind {@code standard}): the
 * lawful-intercept interfaces of CALEA and of Europe ({@code J-STD-025-B}, {@code ATIS-1000678},
 * {@code ANSI T1.678}, {@code ETSI TS 101 671}, {@code ETSI ES 201 671}, {@code ETSI TS 102 232-1},
 * {@code 3GPP TS 33.108}) and the retained-data handover of the Data Retention Directive ({@code ETSI
 * TS 102 657}). Any ETSI deliverable is cited, with a topic only where it is one of these.
 */
final class Standards {

    private Standards() {
    }

    /** Lower-case words of which every designation holds one. */
    static final List<String> TRIGGERS = List.of("etsi", "j-std", "jstd", "atis", "t1.678", "3gpp");

    /** The characters a designation starts with. */
    static final String STARTS = "EJAT3";

    /** Groups: ETSI type, number, part; J-STD revision; ATIS number; T1 number; 3GPP number. */
    static final Pattern PATTERN = Pattern.compile("(?<![\\w-])(?:"
            + "ETSI\\s{1,2}(TS|TR|ES|EN|EG)\\s{0,2}(\\d{3}\\s?\\d{3})((?:-\\d{1,2}){0,2})"
            + "|J-?STD-?0?25(?:-?([AB])(?![\\w]))?"
            + "|ATIS[-\\s]?(\\d{7})(?:\\.\\d{4})?"
            + "|(?:ANSI\\s{1,2})?T1\\.(678)(?:-\\d{4})?"
            + "|3GPP\\s{1,2}TS\\s{1,2}(33\\.10[678])"
            + ")(?![\\w-]*\\w)");

    /** ETSI's lawful-intercept deliverables (handover, IP delivery, the warrant interface, 3GPP's as ETSI's). */
    private static final Set<String> ETSI_INTERCEPT = Set.of("101331", "101671", "102232", "103120", "103221", "103280",
            "201671", "133106", "133107", "133108");
    /** ETSI's deliverables for retained data (the Data Retention Directive's requirements and handover). */
    private static final Set<String> ETSI_RETENTION = Set.of("102656", "102657");

    /** The citation of the designation a match holds. */
    static Citation build(MatchResult m, Text t, String name) {
        String normalized;
        List<String> topics = List.of("lawful-intercept");
        if (m.group(1) != null) {
            String number = m.group(2).replaceAll("\\s", "");
            normalized = "ETSI " + m.group(1) + " " + number.substring(0, 3) + " " + number.substring(3) + m.group(3);
            topics = ETSI_INTERCEPT.contains(number) ? List.of("lawful-intercept")
                    : ETSI_RETENTION.contains(number) ? List.of("data-retention") : List.of();
        } else if (m.group(5) != null) {
            normalized = "ATIS-" + m.group(5);
            if (!m.group(5).equals("1000678")) topics = List.of();
        } else if (m.group(6) != null) {
            normalized = "ANSI T1." + m.group(6);
        } else if (m.group(7) != null) {
            normalized = "3GPP TS " + m.group(7);
        } else {
            normalized = "J-STD-025" + (m.group(4) == null ? "" : "-" + m.group(4));
        }
        return Extractors.cite(t, "standard", m.start(), m.end(), normalized, null, topics, 0.95, name);
    }
}
