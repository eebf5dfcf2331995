package org.listscope.annotate;

/**
 * Stage 1, clean: blanks out what is not prose without moving any character, so that patterns
 * can run across quoted line breaks while every offset stays a body offset. Quote markers at line
 * starts ({@code > }, {@code >> }, {@code | }) become spaces; tabs, no-break spaces and other
 * spacing become plain spaces; typographic quotes and dashes are folded to ASCII; the control
 * character 0x15, which is the section sign of the IBM PC's code page 437 that a DOS writer's bytes
 * kept (in {@code 31 U.S.C. <0x15> 5313(a)}), becomes {@code §}.
 */
final class Cleaner {

    private Cleaner() {
    }

    /** A copy of {@code body} of the same length, cleaned as described above. */
    static String clean(String body) {
        char[] cs = body.toCharArray();
        boolean lineStart = true;
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == '\n') {
                lineStart = true;
                continue;
            }
            if (lineStart) {
                // blank the quote prefix: any run of '>', '|', ':' (only with '>') and spaces
                int j = i;
                while (j < cs.length && (cs[j] == '>' || cs[j] == ' ' || cs[j] == '\t')) j++;
                boolean quoted = false;
                for (int k = i; k < j; k++) {
                    if (cs[k] == '>') quoted = true;
                }
                if (quoted) {
                    for (int k = i; k < j; k++) cs[k] = ' ';
                    i = j - 1;
                    lineStart = false;
                    continue;
                }
                lineStart = false;
            }
            cs[i] = fold(c);
        }
        return new String(cs);
    }

    private static char fold(char c) {
        switch (c) {
            case '\t': case '\u00a0': case '\u2007': case '\u202f': case '\r': case '\f': case '\u000b':
                return ' ';
            case '\u2018': case '\u2019': case '\u201b': case '\u2032':
                return '\'';
            case '\u201c': case '\u201d': case '\u201f': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012':
                return '-';
            case '\u0015':
                return '\u00a7';
            default:
                return c;
        }
    }
}
