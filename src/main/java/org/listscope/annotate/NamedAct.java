package org.listscope.annotate;

import java.util.List;

/**
 * A law or constitutional provision known by name.
 *
 * @param canonical the canonical name ({@code Communications Assistance for Law Enforcement Act})
 * @param aliases   regular expressions for the spellings met in the archives (case-sensitive)
 * @param link      a canonical URL, or {@code null}
 * @param topics    policy topics the act belongs to
 */
record NamedAct(String canonical, List<String> aliases, String link, List<String> topics) {

    NamedAct {
        if (canonical == null || canonical.isBlank()) throw new IllegalArgumentException("act name is required");
        if (aliases == null || aliases.isEmpty()) throw new IllegalArgumentException("act needs an alias: " + canonical);
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
    }

    /** The year the canonical name ends in ({@code Telecommunications Act of 1996}: 1996, {@code Investigatory Powers Act 2016}: 2016), or 0. */
    int year() {
        int n = canonical.length();
        if (n < 5 || canonical.charAt(n - 5) != ' ') return 0;
        String tail = canonical.substring(n - 4);
        return tail.chars().allMatch(Character::isDigit) ? Integer.parseInt(tail) : 0;
    }
}
