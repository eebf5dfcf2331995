package org.listscope.model;

/** White space made plain: each run of it one space, none at the ends (a snippet's line, a name as a key, a short quote). */
public final class BlankRuns {

    private BlankRuns() {
    }

    /** {@code s} with each run of white space as one space, and none at its ends. */
    public static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean blank = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                blank = sb.length() > 0;
            } else {
                if (blank) sb.append(' ');
                blank = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
