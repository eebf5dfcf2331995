package org.listscope.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Quotes marked by indenting alone, however short: Emacs' mail mode yanks the message replied to
 * indented by three spaces, with or without its headers, and a poster answering passage by passage
 * keeps a line or two of it above each answer ({@code    Is there one?} / blank / {@code I don't
 * think there is...}). The segmenter cannot tell such lines from an indented paragraph, and
 * {@link CopiedText} takes repeated runs of {@link CopiedText#MIN_WORDS} words or more only.
 *
 * <p>A run of lines of the poster's text, each indented alike (two to eight spaces, or a tab), set
 * off by blank lines or the edges of its segment, is a quote where its words, at least
 * {@link #MIN_WORDS} of them, stand in the same order in the own text of a message up the reply tree
 * (at most {@link #UP} levels) by someone else: the nearest such message is its source. Where the
 * nearest message holding them is the poster's own, they stay the poster's (code posted again, a
 * poster's own words that a reply quoted).
 */
final class IndentedQuotes {

    /** The fewest words a run must have. */
    static final int MIN_WORDS = 3;
    /** How far up the reply tree a source is looked for. */
    static final int UP = 3;
    /** The deepest indent in spaces. */
    private static final int MAX_INDENT = 8;

    private final Corpus corpus;

    IndentedQuotes(Corpus corpus) {
        this.corpus = corpus;
    }

    /** A run of lines that may be a quote: {@code [start, end)} of whole lines, and its words as {@link OwnWords#join} gives them. */
    record Run(int start, int end, String words) {
    }

    /**
     * The runs of lines of text segments {@code segs} of {@code body} that may be quotes: indented
     * alike, set off by blank lines or their segment's edges, with {@link #MIN_WORDS} words or more.
     */
    List<Run> runs(String body, List<Segment> segs) {
        List<Run> out = new ArrayList<>();
        for (Segment s : segs) {
            if (s.kind() != SegmentKind.TEXT) continue;
            for (int[] run : runs(body, s.start(), s.end())) {
                String words = OwnWords.join(body, run[0], run[1]);
                if (count(words) >= MIN_WORDS) out.add(new Run(run[0], run[1], words));
            }
        }
        return out;
    }

    /**
     * The {@code runs} of message {@code i} whose words stand in the own text of a message up the
     * reply tree {@code parent} by someone else, as copies of it; a run overlapping one of
     * {@code taken} (copies found otherwise, or the poster's own earlier words) is left out.
     */
    List<CopiedText.Copy> find(int i, List<Run> runs, int[] parent, List<CopiedText.Copy> taken) {
        if (parent[i] < 0) return List.of();
        Message m = corpus.get(i);
        List<CopiedText.Copy> out = new ArrayList<>();
        OwnWords[] up = new OwnWords[UP];
        for (Run run : runs) {
            if (overlaps(run, taken)) continue;
            int a = parent[i];
            for (int level = 0; level < UP && a >= 0; level++, a = parent[a]) {
                if (up[level] == null) up[level] = OwnWords.of(corpus.get(a));
                int[] span = up[level].find(run.words());
                if (span == null) continue;
                if (!CopiedText.samePerson(corpus.get(a).from(), m.from())) {
                    out.add(new CopiedText.Copy(run.start(), run.end(), a, span[0], span[1]));
                }
                break;
            }
        }
        return out;
    }

    /**
     * The runs of lines in {@code body[from, to)} indented alike, each set off above and below by a
     * blank line or the edge of the range, as {@code [start, end)} of whole lines.
     */
    static List<int[]> runs(String body, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int line = from;
        boolean afterBlank = true;
        while (line < to) {
            int eol = lineEnd(body, line, to);
            int indent = indent(body, line, eol);
            if (indent == 0 || !afterBlank) {
                afterBlank = blank(body, line, eol);
                line = eol;
                continue;
            }
            int end = eol;
            while (end < to) {
                int next = lineEnd(body, end, to);
                if (indent(body, end, next) != indent || !body.regionMatches(end, body, line, indent)) break;
                end = next;
            }
            int below = lineEnd(body, end, to);
            if (end >= to || blank(body, end, below)) out.add(new int[] {line, end});
            afterBlank = false;
            line = end;
        }
        return out;
    }

    /** Where the line starting at {@code at} ends, after its line break; at most {@code to}. */
    private static int lineEnd(String body, int at, int to) {
        int eol = body.indexOf('\n', at);
        return eol < 0 || eol + 1 > to ? to : eol + 1;
    }

    /**
     * The length of the indent of line {@code body[start, end)} before its text: 1 for a tab, else
     * its two to {@link #MAX_INDENT} spaces; 0 for none, another indent or a blank line.
     */
    static int indent(String body, int start, int end) {
        if (start < end && body.charAt(start) == '\t') {
            return start + 1 < end && !Character.isWhitespace(body.charAt(start + 1)) ? 1 : 0;
        }
        int k = start;
        while (k < end && body.charAt(k) == ' ') k++;
        int n = k - start;
        return n >= 2 && n <= MAX_INDENT && k < end && !Character.isWhitespace(body.charAt(k)) ? n : 0;
    }

    private static boolean blank(String body, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!Character.isWhitespace(body.charAt(k))) return false;
        }
        return true;
    }

    private static boolean overlaps(Run run, List<CopiedText.Copy> taken) {
        for (CopiedText.Copy c : taken) {
            if (c.start() < run.end() && run.start() < c.end()) return true;
        }
        return false;
    }

    private static int count(String words) {
        if (words.isEmpty()) return 0;
        int n = 1;
        for (int k = 0; k < words.length(); k++) if (words.charAt(k) == ' ') n++;
        return n;
    }

    /**
     * The words of a message's own text (its text segments), lower case, joined by single spaces,
     * with where each stands in the body.
     */
    static final class OwnWords {
        private final String joined;
        /** Per word: its place in {@link #joined}, its start and end in the body. */
        private final int[] at;
        private final int[] starts;
        private final int[] ends;

        private OwnWords(String joined, int[] at, int[] starts, int[] ends) {
            this.joined = joined;
            this.at = at;
            this.starts = starts;
            this.ends = ends;
        }

        static OwnWords of(Message m) {
            StringBuilder sb = new StringBuilder();
            List<int[]> words = new ArrayList<>();
            for (Segment s : m.segments()) {
                if (s.kind() == SegmentKind.TEXT) append(sb, m.body(), s.start(), s.end(), words);
            }
            int n = words.size();
            int[] at = new int[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int w = 0; w < n; w++) {
                at[w] = words.get(w)[0];
                starts[w] = words.get(w)[1];
                ends[w] = words.get(w)[2];
            }
            return new OwnWords(sb.toString(), at, starts, ends);
        }

        /** The words of {@code body[from, to)}, lower case, joined by single spaces. */
        static String join(String body, int from, int to) {
            StringBuilder sb = new StringBuilder();
            append(sb, body, from, to, null);
            return sb.toString();
        }

        /**
         * Appends the words (runs of letters and digits) of {@code body[from, to)} to {@code sb}, lower
         * case char for char (so that places stay put), each after a space unless first; where
         * {@code places} is given, adds each word's place in {@code sb} and its start and end in the body.
         */
        private static void append(StringBuilder sb, String body, int from, int to, List<int[]> places) {
            int k = from;
            while (k < to) {
                if (!Character.isLetterOrDigit(body.charAt(k))) {
                    k++;
                    continue;
                }
                int w = k;
                while (k < to && Character.isLetterOrDigit(body.charAt(k))) k++;
                if (sb.length() > 0) sb.append(' ');
                if (places != null) places.add(new int[] {sb.length(), w, k});
                for (int c = w; c < k; c++) sb.append(Character.toLowerCase(body.charAt(c)));
            }
        }

        /** Where {@code words} (as {@link #join} gives them) stand in the body, as {@code [start, end)}; {@code null} where they do not. */
        int[] find(String words) {
            int from = 0;
            while (true) {
                int p = joined.indexOf(words, from);
                if (p < 0) return null;
                int end = p + words.length();
                boolean whole = (p == 0 || joined.charAt(p - 1) == ' ') && (end == joined.length() || joined.charAt(end) == ' ');
                if (whole) {
                    int first = Arrays.binarySearch(at, p);
                    int last = first + count(words) - 1;
                    return new int[] {starts[first], ends[last]};
                }
                from = p + 1;
            }
        }
    }
}
