package org.listscope.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.listscope.model.Citation;

/**
 * References whose target was lost: a line that ends in "Please see, among others," (or "available
 * at:", "the following URLs:") where no citation follows before the next paragraph's text, as
 * in renderings that dropped the links. A pointer whose target is there is none: the next line
 * goes on at once, the next paragraph is a quote, an indented block, a list, a host, path or
 * address, a heading or a line that ends in a colon (code, an attribution), or the words point
 * at what follows anyway ("see below", "the following:", "I see these:").
 */
final class Pointers {

    private Pointers() {
    }

    /** The letters a pointer's words can start with. */
    static final Scan STARTS = Scan.atAnyCase("psafuhlrt").refine(Patterns.POINTER);

    /** {@code found} plus the pointers with no citation after them, in body order. */
    static List<Citation> find(Text text, List<Citation> found) {
        String s = text.clean();
        String l = text.lower();
        if (!l.contains("see") && !l.contains("available") && !l.contains("following") && !l.contains("url")
                && !l.contains("link") && !l.contains("reference") && !l.contains("found") && !l.contains("posted")
                && !l.contains("located")) {
            return found;
        }
        List<int[]> matches = matches(s, l);
        List<Citation> out = null;
        for (int[] m : matches) {
            int lineEnd = s.indexOf('\n', m[1]);
            if (lineEnd < 0) lineEnd = s.length();
            String matched = s.substring(m[0], m[1]).strip();
            boolean punctuated = matched.endsWith(",") || matched.endsWith(":");
            if (!punctuated && !nextLineBlank(s, lineEnd)) continue; // the sentence goes on
            if (pointsAtWhatFollows(l, m[1]) || targetFollows(s, lineEnd, found)) continue;
            int start = m[0];
            int end = m[1];
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) end--;
            if (out == null) out = new ArrayList<>(found);
            out.add(new Citation("pointer", start, end, text.slice(start, end), null, null, null, List.of(), 0.8,
                    List.of("pointer: line ends before its reference"), false, null));
        }
        if (out == null) return found;
        out.sort(Comparator.comparingInt(Citation::start));
        return out;
    }

    /**
     * A bound on the characters a pointer's words take, from its first letter to its last: the
     * longest the pattern allows, "please see the following references" with three spaces at each
     * gap, takes 44.
     */
    static final int LONGEST = 64;

    /** The words a pointer can end with, before an optional comma or colon and the line's end. */
    private static final java.util.Set<String> LAST_WORDS = java.util.Set.of("others", "example", "following", "url", "urls",
            "link", "links", "reference", "references", "article", "articles", "page", "pages", "also", "here", "these", "below",
            "at", "from", "on", "address", "location", "site", "is", "are", "follow");

    /**
     * The [start, end) of every match of {@link Patterns#POINTER} in {@code s}, exactly as
     * {@code find()} gives them. A match ends a line, so the pattern is tried only in the
     * {@link #LONGEST} characters before the end of a line whose last word can end one
     * ({@code lower} is {@code s} in lower case).
     */
    static List<int[]> matches(String s, String lower) {
        int n = s.length();
        int[] starts = new int[64];
        int count = 0;
        int covered = 0; // positions below this are listed already
        for (int lineEnd = s.indexOf('\n'); ; lineEnd = s.indexOf('\n', lineEnd + 1)) {
            int end = lineEnd < 0 ? n : lineEnd;
            int e = end;
            while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t')) e--;
            if (e > 0 && (s.charAt(e - 1) == ',' || s.charAt(e - 1) == ':')) e--;
            if (canEndPointer(lower, e)) {
                for (int i = Math.max(covered, e - LONGEST); i < e; i++) {
                    if (!STARTS.candidate(s, i)) continue;
                    if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
                    starts[count++] = i;
                }
                covered = Math.max(covered, e);
            }
            if (lineEnd < 0) break;
        }
        List<int[]> out = new ArrayList<>();
        if (count > 0) {
            STARTS.each(Patterns.POINTER, s, java.util.Arrays.copyOf(starts, count), m -> out.add(new int[] {m.start(), m.end()}));
        }
        return out;
    }

    /** Whether the text before {@code e} ends with a word a pointer can end with, or with "e.g.". */
    private static boolean canEndPointer(String lower, int e) {
        if (e >= 2 && lower.charAt(e - 1) == '.' && lower.charAt(e - 2) == 'g') return true;
        int b = e;
        while (b > 0 && e - b <= 10 && lower.charAt(b - 1) >= 'a' && lower.charAt(b - 1) <= 'z') b--;
        return b < e && LAST_WORDS.contains(lower.substring(b, e));
    }

    private static boolean nextLineBlank(String s, int lineEnd) {
        if (lineEnd >= s.length()) return true;
        int next = s.indexOf('\n', lineEnd + 1);
        if (next < 0) next = s.length();
        return s.substring(lineEnd + 1, next).isBlank();
    }

    /** Words that point at the rest of the message, which is there: "see below", "the following:", "I see these:". */
    private static boolean pointsAtWhatFollows(String lower, int end) {
        int e = end;
        while (e > 0 && (Character.isWhitespace(lower.charAt(e - 1)) || lower.charAt(e - 1) == ',' || lower.charAt(e - 1) == ':')) e--;
        return lower.startsWith("below", e - 5) || lower.startsWith("following", e - 9) || lower.startsWith("these", e - 5);
    }

    /** A list item: {@code 1.}, {@code 2)}, {@code a)}, {@code (b)}, a bullet, or a bracketed entry. */
    private static final Pattern ITEM = Pattern.compile("^(?:[\\[(<*\u2022~-]|\\d+[.)]|[a-zA-Z][.)]\\s)");
    /** A host name ({@code wuarchive.wustl.edu}), an address, a path or a URL's scheme. */
    private static final Pattern PLACE = Pattern.compile("@|://|(?:^|\\s)/\\w|\\b[\\w-]+\\.[\\w-]+\\.[a-zA-Z]{2,}\\b");

    /**
     * Whether the target follows the pointer: the next line goes on at once, or the first non-blank
     * line holds a citation found there, is indented or quoted, is a list item, names a host, path
     * or address, starts with a digit, is a heading in capitals, or ends in a colon.
     */
    private static boolean targetFollows(String s, int lineEnd, List<Citation> found) {
        if (lineEnd >= s.length()) return false;
        int pos = lineEnd + 1;
        boolean blank = false;
        while (pos < s.length()) {
            int next = s.indexOf('\n', pos);
            if (next < 0) next = s.length();
            String raw = s.substring(pos, next);
            if (!raw.isBlank()) {
                if (!blank) return true; // the text goes on at once: what it points at is there
                final int a = pos;
                final int b = next;
                if (found.stream().anyMatch(c -> c.start() >= a && c.start() < b)) return true;
                String line = raw.strip();
                char first = raw.charAt(0);
                return Character.isWhitespace(first) || first == '>' || first == '|' || Character.isDigit(first)
                        || line.endsWith(":") || ITEM.matcher(line).find() || PLACE.matcher(line).find()
                        || line.equals(line.toUpperCase(java.util.Locale.ROOT));
            }
            blank = true;
            pos = next + 1;
        }
        return false;
    }
}
