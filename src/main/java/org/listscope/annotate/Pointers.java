package org.listscope.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.listscope.model.Citation;

/**
 * References whose target was lost: a line that ends in "Please see, among others," (or "available
 * at:", "the following URLs:") where no citation follows before the next paragraph's text, as
 * in renderings that dropped the links.
 */
final class Pointers {

    private Pointers() {
    }

    /** {@code found} plus the pointers with no citation after them, in body order. */
    /** The letters a pointer's words can start with. */
    static final Scan STARTS = Scan.atAnyCase("psafuhlrt").refine(Patterns.POINTER);

    static List<Citation> find(Text text, List<Citation> found) {
        String s = text.clean();
        String l = text.lower();
        if (!l.contains("see") && !l.contains("available") && !l.contains("following") && !l.contains("url")
                && !l.contains("link") && !l.contains("reference") && !l.contains("found") && !l.contains("posted")) {
            return found;
        }
        List<int[]> matches = new ArrayList<>();
        STARTS.each(Patterns.POINTER, s, m -> matches.add(new int[] {m.start(), m.end()}));
        List<Citation> out = null;
        for (int[] m : matches) {
            int lineEnd = s.indexOf('\n', m[1]);
            if (lineEnd < 0) lineEnd = s.length();
            String matched = s.substring(m[0], m[1]).strip();
            boolean punctuated = matched.endsWith(",") || matched.endsWith(":");
            if (!punctuated && !nextLineBlank(s, lineEnd)) continue; // the sentence goes on
            if (followedByCitation(s, lineEnd, found)) continue;
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

    private static boolean nextLineBlank(String s, int lineEnd) {
        if (lineEnd >= s.length()) return true;
        int next = s.indexOf('\n', lineEnd + 1);
        if (next < 0) next = s.length();
        return s.substring(lineEnd + 1, next).isBlank();
    }

    /**
     * Whether the first non-blank line after the pointer holds a reference: a citation found
     * there, or a list item or bracketed entry (a reference written in words).
     */
    private static boolean followedByCitation(String s, int from, List<Citation> found) {
        int pos = from;
        while (pos < s.length()) {
            int next = s.indexOf('\n', pos + 1);
            if (next < 0) next = s.length();
            String line = s.substring(pos, next).trim();
            if (!line.isEmpty()) {
                final int a = pos;
                final int b = next;
                if (found.stream().anyMatch(c -> c.start() >= a && c.start() < b)) return true;
                return line.matches("(?s)^(?:[\\[(<*\u2022-]|\\d+[.)]).*");
            }
            pos = next;
        }
        return false;
    }
}
