package org.listscope.crawl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A site's robots.txt rules for one crawler (RFC 9309): the group for our product token, else the
 * {@code *} group; the longest matching {@code Allow}/{@code Disallow} wins, {@code Allow} on a
 * tie; {@code *} and a final {@code $} as wildcards; {@code Crawl-delay} kept.
 */
public final class RobotsRules {

    private record Rule(boolean allow, String pattern) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;
    private final boolean disallowAll;

    private RobotsRules(List<Rule> rules, Duration crawlDelay, boolean disallowAll) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
        this.disallowAll = disallowAll;
    }

    /** No robots.txt (a 4xx answer): everything is allowed. */
    public static RobotsRules allowAll() {
        return new RobotsRules(List.of(), null, false);
    }

    /** robots.txt could not be read (5xx or unreachable): RFC 9309 says assume nothing is allowed. */
    public static RobotsRules disallowAll() {
        return new RobotsRules(List.of(), null, true);
    }

    /** Parses robots.txt text for the crawler whose product token is {@code agent} (e.g. {@code listscope}). */
    public static RobotsRules parse(String text, String agent) {
        String token = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        Duration myDelay = null;
        Duration starDelay = null;
        boolean foundMine = false;
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupIsMine = false;
                    groupIsStar = false;
                    inAgents = true;
                }
                String v = value.toLowerCase(Locale.ROOT);
                if (v.equals("*")) {
                    groupIsStar = true;
                } else if (!v.isEmpty() && token.startsWith(v.split("/")[0])) {
                    groupIsMine = true;
                    foundMine = true;
                }
                continue;
            }
            inAgents = false;
            if (key.equals("allow") || key.equals("disallow")) {
                if (value.isEmpty()) continue; // "Disallow:" with no path allows everything
                Rule r = new Rule(key.equals("allow"), value);
                if (groupIsMine) mine.add(r);
                if (groupIsStar) star.add(r);
            } else if (key.equals("crawl-delay")) {
                Duration d = parseDelay(value);
                if (groupIsMine) myDelay = d;
                if (groupIsStar) starDelay = d;
            }
        }
        return foundMine ? new RobotsRules(mine, myDelay, false) : new RobotsRules(star, starDelay, false);
    }

    /** Whether a path (with query, as sent in the request line) may be fetched. */
    public boolean allows(String pathAndQuery) {
        if (disallowAll) return false;
        if (pathAndQuery.equals("/robots.txt")) return true;
        Rule best = null;
        int bestLength = -1;
        for (Rule r : rules) {
            if (matches(r.pattern(), pathAndQuery)) {
                int len = r.pattern().length();
                if (len > bestLength || (len == bestLength && r.allow())) {
                    best = r;
                    bestLength = len;
                }
            }
        }
        return best == null || best.allow();
    }

    /** The {@code Crawl-delay} asked for, if any. */
    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (match(p, pi + 1, s, k, anchored)) return true;
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) return false;
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }

    private static Duration parseDelay(String value) {
        try {
            double seconds = Double.parseDouble(value);
            return seconds >= 0 && seconds < 86_400 ? Duration.ofMillis((long) (seconds * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
