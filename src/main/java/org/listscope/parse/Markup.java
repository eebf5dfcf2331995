package org.listscope.parse;

/**
 * Fast, case-insensitive search for the fixed markup that archive generators write
 * ({@code <H1>}, {@code <B>}, {@code <!--beginarticle-->}): the JDK's intrinsic {@code indexOf} jumps
 * from {@code <} to {@code <} and only those places are compared. Needles are given in lower case.
 */
final class Markup {

    private Markup() {
    }

    /** The first index of {@code lowerNeedle} in {@code s[from, to)}, ignoring ASCII case; -1 if none. */
    static int find(String s, String lowerNeedle, int from, int to) {
        int n = lowerNeedle.length();
        int last = Math.min(to, s.length()) - n;
        char first = lowerNeedle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int i = Math.max(0, from);
        while (i <= last) {
            int hit = s.indexOf(first, i);
            if (firstUpper != first) {
                int upper = s.indexOf(firstUpper, i);
                if (hit < 0 || (upper >= 0 && upper < hit)) hit = upper;
            }
            if (hit < 0 || hit > last) return -1;
            if (s.regionMatches(true, hit + 1, lowerNeedle, 1, n - 1)) return hit;
            i = hit + 1;
        }
        return -1;
    }

    /** The last index of {@code lowerNeedle} starting in {@code s[from, to)}, ignoring ASCII case; -1 if none. */
    static int findLast(String s, String lowerNeedle, int from, int to) {
        int n = lowerNeedle.length();
        char first = lowerNeedle.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int i = Math.min(to, s.length()) - n;
        while (i >= from) {
            int hit = s.lastIndexOf(first, i);
            if (firstUpper != first) hit = Math.max(hit, s.lastIndexOf(firstUpper, i));
            if (hit < from) return -1;
            if (s.regionMatches(true, hit + 1, lowerNeedle, 1, n - 1)) return hit;
            i = hit - 1;
        }
        return -1;
    }

    /**
     * The content of the first element opened by {@code lowerOpen} in {@code s[from, to)} and
     * closed by {@code lowerClose}: {@code {contentStart, contentEnd, endOfClose}}, or {@code null}.
     */
    static int[] element(String s, String lowerOpen, String lowerClose, int from, int to) {
        int open = find(s, lowerOpen, from, to);
        if (open < 0) return null;
        int start = open + lowerOpen.length();
        int close = find(s, lowerClose, start, to);
        if (close < 0) return null;
        return new int[] {start, close, close + lowerClose.length()};
    }

    /** White space runs turned into one space, ends stripped; {@code null} when nothing is left. */
    static String collapse(String s) {
        StringBuilder sb = null;
        int len = s.length();
        boolean space = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
            if (sb == null) {
                if (ws && (i == 0 || i == len - 1 || c != ' ' || Character.isWhitespace(s.charAt(i + 1)))) {
                    sb = new StringBuilder(len);
                    sb.append(s, 0, i);
                    space = i > 0;
                }
                continue;
            }
            if (ws) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        String out = sb == null ? s : sb.toString();
        return out.isEmpty() ? null : out;
    }
}
