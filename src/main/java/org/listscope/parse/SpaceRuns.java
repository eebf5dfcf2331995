package org.listscope.parse;

import java.util.regex.Pattern;

/**
 * Collapses white space in header values and dates: each run of two or more blanks ({@code \s}),
 * and each single tab or line break, becomes one space. Most values hold none, so the text is
 * checked char by char before any regex runs.
 */
final class SpaceRuns {

    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\r\\n]");

    private SpaceRuns() {
    }

    /** {@code s} with its white-space runs collapsed; {@code s} itself where there is nothing to collapse. */
    static String collapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n'
                    || (Character.isWhitespace(c) && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }
}
