package org.listscope.annotate;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several entries' spellings as one alternation with a group per entry, so that a single pass
 * finds any of them and the group that matched tells which: the named acts, the laws' nicknames,
 * the standards by name.
 */
final class EntryPattern {

    private EntryPattern() {
    }

    /** {@code prefix}, then each entry's aliases as one group, in entry order. */
    static Pattern compile(String prefix, List<List<String>> aliases) {
        StringBuilder sb = new StringBuilder(prefix).append("(?:");
        for (int i = 0; i < aliases.size(); i++) {
            if (i > 0) sb.append('|');
            sb.append("((?:").append(String.join("|", aliases.get(i))).append("))");
        }
        return Pattern.compile(sb.append(")").toString());
    }

    /** The index of the entry whose group matched, or -1. */
    static int entry(MatchResult m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) return g - 1;
        }
        return -1;
    }

    /**
     * The index of the entry that {@code text} wholly names (blanks around it aside), or -1. A name
     * that is one only right after "the" ({@code the fourth amendment}, {@code the Crime Bill}) is
     * one here without it.
     */
    static int wholly(Pattern pattern, String text) {
        String name = text.strip();
        Matcher m = pattern.matcher(name);
        if (m.matches()) return entry(m);
        String afterThe = "the " + name;
        m = pattern.matcher(afterThe).region(4, afterThe.length()).useTransparentBounds(true);
        return m.matches() ? entry(m) : -1;
    }
}
