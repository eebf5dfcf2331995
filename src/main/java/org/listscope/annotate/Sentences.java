package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a stretch of cleaned text into sentences by offsets (nothing is copied or moved).
 * Boundaries: {@code . ! ?} before a capital, digit or quote (not after an abbreviation such as
 * {@code U.S.C.}, {@code v.}, {@code Mr.} or an initial), blank lines, list items such as
 * {@code (a)} at a line start, and overlong runs without punctuation (cut at a line break).
 */
final class Sentences {

    private Sentences() {
    }

    /** Longest sentence before it is cut at a line break. */
    static final int MAX = 600;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "jr", "sr", "st", "vs", "v", "etc", "inc", "corp", "co", "ltd", "no", "nos", "sec", "secs", "art", "vol", "pp",
            "p", "fed", "reg", "stat", "pub", "cir", "ct", "supp", "dist", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "approx", "cf", "al", "ch", "para", "resp", "esp", "ca", "rev", "ed",
            "eds", "op", "cit", "ibid", "id", "ass'n", "int'l", "res", "cong", "sess", "assn", "govt", "e.g", "i.e", "u.s",
            "u.s.c", "c.f.r", "h.r", "p.l", "s.ct", "f.2d", "f.3d", "a.m", "p.m", "ph.d", "viz", "fig", "mt", "ft", "civ", "crim", "evid",
            "bankr");

    /** Sentence spans {@code [start, end)} inside {@code [from, to)}, trimmed of surrounding space. */
    static List<int[]> split(String s, int from, int to) {
        return split(s, s, from, to);
    }

    /**
     * As {@link #split(String, int, int)}, also cutting where the quote depth of the original body
     * changes from one line to the next, or after an attribution line ({@code X writes:}).
     */
    static List<int[]> split(String body, String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                while (j < to && (s.charAt(j) == ' ')) j++;
                if (j < to && s.charAt(j) == '\n') { // blank line
                    add(out, s, start, i);
                    start = j;
                    i = j;
                    continue;
                }
                if (j < to && (listItem(s, j, to) || depth(body, i + 1) != depth(body, lineStart(body, i))
                        || endsWithColon(s, lineStart(body, i), i))) {
                    add(out, s, start, i);
                    start = j;
                    i = j;
                    continue;
                }
                if (i - start > MAX) {
                    add(out, s, start, i);
                    start = i + 1;
                }
            } else if ((c == '.' || c == '!' || c == '?' || c == ')' && emoticon(s, i, from)) && endsSentence(s, i, to)) {
                int e = i + 1;
                while (e < to && (s.charAt(e) == '.' || s.charAt(e) == '!' || s.charAt(e) == '?'
                        || s.charAt(e) == '"' || s.charAt(e) == '\'' || s.charAt(e) == ')')) e++;
                add(out, s, start, e);
                start = e;
                i = e;
                continue;
            }
            i++;
        }
        add(out, s, start, to);
        return out;
    }

    private static boolean endsSentence(String s, int i, int to) {
        int e = i + 1;
        while (e < to && ".!?\"')".indexOf(s.charAt(e)) >= 0) e++;
        if (e >= to) return true;
        if (!Character.isWhitespace(s.charAt(e))) return false;
        int n = e;
        while (n < to && Character.isWhitespace(s.charAt(n))) n++;
        if (n >= to) return true;
        char next = s.charAt(n);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '(' || next == '\'' || next == '-')) {
            return false;
        }
        if (s.charAt(i) != '.') return true;
        if (e > i + 1 && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\'')) return true; // "... the U.S.' The next"
        // the word before the period
        int w = i;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != '(') w--;
        String word = s.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return false; // an initial
        if (ABBREVIATIONS.contains(word)) return false;
        if (word.indexOf('.') >= 0 && word.length() <= 6 && word.replace(".", "").length() <= 4) return false; // U.S., e.g.
        return true;
    }

    private static boolean emoticon(String s, int i, int from) {
        return i - 1 >= from && (s.charAt(i - 1) == ';' || s.charAt(i - 1) == ':'
                || s.charAt(i - 1) == '-' && i - 2 >= from && (s.charAt(i - 2) == ';' || s.charAt(i - 2) == ':'));
    }

    private static int lineStart(String s, int newline) {
        return s.lastIndexOf('\n', newline - 1) + 1;
    }

    /** The number of {@code >} marks that start the line at {@code start}. */
    private static int depth(String body, int start) {
        int d = 0;
        for (int k = start; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '>') d++;
            else if (c != ' ' && c != '\t') break;
        }
        return d;
    }

    /** An attribution or heading line: short, ending in a colon. */
    private static boolean endsWithColon(String s, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(s.charAt(e - 1))) e--;
        return e > start && s.charAt(e - 1) == ':' && e - start < 90;
    }

    private static boolean listItem(String s, int j, int to) {
        if (j + 2 >= to) return false;
        char c = s.charAt(j);
        if ((c == '-' || c == '*' || c == '\u2022' || c == 'o') && s.charAt(j + 1) == ' ') return c != 'o' || s.charAt(j + 2) != ' ';
        if (c == '(') {
            int k = j + 1;
            while (k < to && k < j + 5 && Character.isLetterOrDigit(s.charAt(k))) k++;
            return k > j + 1 && k < to && s.charAt(k) == ')';
        }
        if (Character.isDigit(c)) {
            int k = j;
            while (k < to && k < j + 3 && Character.isDigit(s.charAt(k))) k++;
            return k < to - 1 && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ';
        }
        return false;
    }

    private static void add(List<int[]> out, String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (end > start) out.add(new int[] {start, end});
    }
}
