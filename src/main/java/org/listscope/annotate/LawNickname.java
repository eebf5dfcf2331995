package org.listscope.annotate;

import java.util.List;

/**
 * A bill or act known by a nickname while it was debated ({@code the Cantwell bill}, {@code the FBI
 * wiretap bill}): the nickname names it only in messages written in those years, since later bills
 * of the same sponsor or subject take the name over.
 *
 * @param aliases    regular expressions for the nickname's spellings (case-sensitive)
 * @param kind       the citation kind it is cited as ({@code bill}, {@code act})
 * @param normalized the normalized name it is cited as ({@code H.R. 3627 (103rd)})
 * @param link       a canonical URL, or {@code null}
 * @param topics     policy topics of the bill or act
 * @param firstYear  the first year whose messages use the nickname for it
 * @param lastYear   the last such year
 */
record LawNickname(List<String> aliases, String kind, String normalized, String link, List<String> topics,
                int firstYear, int lastYear) {

    LawNickname {
        if (aliases == null || aliases.isEmpty()) throw new IllegalArgumentException("nickname needs an alias: " + normalized);
        if (kind == null || normalized == null || firstYear > lastYear) throw new IllegalArgumentException("incomplete nickname: " + normalized);
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
    }

    /** Whether a message of {@code year} uses the nickname for this bill or act. */
    boolean usedIn(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
