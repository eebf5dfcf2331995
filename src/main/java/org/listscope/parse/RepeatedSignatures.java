package org.listscope.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.listscope.model.Message;
import org.listscope.model.ReplySubjects;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.Source;
import org.listscope.model.WordRuns;

/**
 * Signatures that only repetition shows: lines one person ends message after message with, with no
 * {@code -- } above them and no shape the per-message {@code SignatureDetector} knows (a slogan in
 * quotes, a legal notice, a boxed address with lines below the box). J. Michael Diehl's
 * "This message is protected by 18 USC 2511 and 18 USC 2703. Monitoring by anyone other than the
 * recipient is absolutely forbidden by US Law" was his own text, so it was cited and claimed in
 * each message it ends.
 *
 * <p>Within one input (a month or a year of a list; a month's folder of pipermail pages) and one person ({@code from.key}), a line among
 * the last {@link #TAIL} non-blank lines of own text is <em>repeated</em> when it ends messages (in
 * their own text, or in a signature found in them already) on at least {@link #MIN_SUBJECTS}
 * different subjects (a post sent again keeps its subject, so it never counts). A message's own
 * text ending in repeated lines, one of them a few words long, has them as its signature, unless
 * the repetition fills the whole window while the text goes on above it: a letter sent from a
 * template (John Gilmore's FOIA requests) repeats far more than its last lines, and it stays text.
 * So does a message that would be left with no own text at all, and a document posted again and
 * again under new subjects (a FAQ, an errata list): its messages share lines above the window too.
 *
 * <p>Deterministic per input, so {@code annotate} and {@code index} (which reads whole inputs per
 * chunk) agree.
 */
final class RepeatedSignatures {

    /** The last this many non-blank own lines are where a signature stands. */
    static final int TAIL = 12;
    /** A line must end messages on this many different subjects. */
    static final int MIN_SUBJECTS = 3;
    /** At least one line of the block must have this many words: "Thanks," alone proves nothing. */
    private static final int MIN_WORDS = 3;
    /** Shared lines above the window that make a message a document posted again rather than a signed one. */
    private static final int MIN_SHARED = 3;
    private static final String PAGES = new PipermailPageParser().format();

    private RepeatedSignatures() {
    }

    /** The messages, with repeated closing lines of own text made signature. */
    static List<Message> mark(List<Message> messages) {
        int n = messages.size();
        Tail[] tails = new Tail[n];
        long[] groups = new long[n];
        SubjectTable seen = new SubjectTable(n * 4);
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            tails[i] = Tail.of(m);
            if (tails[i] == null) continue;
            groups[i] = group(m);
            long subject = hash64(subjectKey(m.subject()));
            for (long line : tails[i].lines) seen.add(line ^ groups[i], subject);
            // lines the per-message detector already made signature count too: Paul Goggin's notice
            // is below a "-- " in most of his messages, and his own text in two
            for (long line : signatureLines(m)) seen.add(line ^ groups[i], subject);
        }
        int[] from = new int[n];
        // the lines above the closing window of the messages that end in a repeated block, by group: a
        // document posted again and again (a FAQ, an errata list) shares them too, a signature does not
        // (lines in the window are left out: the top of a signature box may differ only in its marks)
        Map<Long, Integer> aboveCounts = new HashMap<>();
        List<Set<Long>> above = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Tail t = tails[i];
            from[i] = t == null ? -1 : t.repeatedFrom(seen, groups[i]);
            Set<Long> lines = from[i] < 0 ? Set.of() : linesAbove(messages.get(i), t.starts[0], groups[i]);
            above.add(lines);
            for (long line : lines) aboveCounts.merge(line, 1, Integer::sum);
        }
        List<Message> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            boolean sign = from[i] >= 0 && !reposted(above.get(i), aboveCounts);
            out.add(sign ? m.withSegments(split(m.segments(), tails[i].segment, tails[i].starts[from[i]])) : m);
        }
        return out;
    }

    /**
     * For each line of a group (a line's hash mixed with its group's), the distinct subjects it ends
     * messages on, counted up to {@link #MIN_SUBJECTS}: open addressing over primitive arrays, since
     * a list's history holds hundreds of thousands of closing lines.
     */
    private static final class SubjectTable {
        private long[] keys;
        private long[][] subjects;
        private byte[] counts;
        private int size;

        SubjectTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[cap];
            subjects = new long[MIN_SUBJECTS][cap];
            counts = new byte[cap];
        }

        void add(long key, long subject) {
            if ((size + 1) * 2 > keys.length) grow();
            int at = slot(key);
            if (counts[at] == 0) {
                keys[at] = key;
                size++;
            }
            int c = counts[at];
            if (c == MIN_SUBJECTS) return;
            for (int k = 0; k < c; k++) if (subjects[k][at] == subject) return;
            subjects[c][at] = subject;
            counts[at] = (byte) (c + 1);
        }

        boolean enough(long key) {
            int at = slot(key);
            return counts[at] == MIN_SUBJECTS;
        }

        /** The slot holding {@code key}, or the empty one where it would go. */
        private int slot(long key) {
            int mask = keys.length - 1;
            int at = (int) (mix(key) & mask);
            while (counts[at] != 0 && keys[at] != key) at = (at + 1) & mask;
            return at;
        }

        private static long mix(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
        }

        private void grow() {
            long[] oldKeys = keys;
            long[][] oldSubjects = subjects;
            byte[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            subjects = new long[MIN_SUBJECTS][keys.length];
            counts = new byte[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldCounts[i] == 0) continue;
                int at = slot(oldKeys[i]);
                keys[at] = oldKeys[i];
                counts[at] = oldCounts[i];
                for (int k = 0; k < MIN_SUBJECTS; k++) subjects[k][at] = oldSubjects[k][i];
            }
        }
    }

    /**
     * Whether a message's own lines above its closing window stand in other such messages too:
     * {@link #MIN_SHARED} of them at least, and a quarter or more.
     */
    private static boolean reposted(Set<Long> lines, Map<Long, Integer> counts) {
        if (lines.isEmpty()) return false;
        int shared = 0;
        for (long line : lines) if (counts.get(line) > 1) shared++;
        return shared >= MIN_SHARED && shared * 4 >= lines.size();
    }

    /** The distinct own lines of a few words or more before {@code end}, as {@link Line#hash}es mixed with the group's. */
    private static Set<Long> linesAbove(Message m, int end, long group) {
        Set<Long> out = new HashSet<>();
        eachLine(m, SegmentKind.TEXT, end, MIN_WORDS, h -> out.add(h ^ group));
        return out;
    }

    /** The hashes of the non-blank lines of a message's own signature segments. */
    private static List<Long> signatureLines(Message m) {
        List<Long> out = new ArrayList<>();
        eachLine(m, SegmentKind.SIGNATURE, m.body().length(), 0, out::add);
        return out;
    }

    /**
     * Gives the {@link Line#hash} of each non-blank line of {@code minWords} words or more in the
     * message's depth-0 segments of {@code kind}, up to {@code end}.
     */
    private static void eachLine(Message m, SegmentKind kind, int end, int minWords, LongConsumer sink) {
        String body = m.body();
        for (Segment s : m.segments()) {
            if (s.kind() != kind || s.depth() != 0 || s.start() >= end) continue;
            int stop = Math.min(s.end(), end);
            for (int at = s.start(); at < stop; ) {
                int eol = body.indexOf('\n', at);
                if (eol < 0 || eol > stop) eol = stop;
                long h = Line.hash(body, at, eol);
                if (h != 0 && (minWords == 0 || WordRuns.count(body, at, eol) >= minWords)) sink.accept(h);
                at = eol + 1;
            }
        }
    }

    /**
     * A hash of the message's input and person: the lines of one group are counted together. A
     * pipermail page is one message, so its input is its month's folder (the indexer keeps a folder
     * of pages in one chunk, so {@code index} and {@code annotate} still agree). A copy read from a
     * WARC file is grouped by the file it captured inside that WARC file: a month's folder of pages,
     * a month's text archive, as when the crawl's mirror is read.
     */
    private static long group(Message m) {
        Source source = m.source();
        boolean captured = source.path() != null && source.url() != null && "warc".equals(source.format());
        String path = captured ? source.url() : source.path() != null ? source.path() : String.valueOf(source.url());
        if (PAGES.equals(WarcParser.heldFormat(source))) {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            if (slash > 0) path = path.substring(0, slash);
        }
        if (captured) path = source.path() + " " + path;
        return hash64(path) * 0x9E3779B97F4A7C15L + hash64(m.from().key());
    }

    private static long hash64(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** A subject's {@link ReplySubjects#key}, punctuation and spacing folded away as {@link DuplicateMerger#subjectKey} does. */
    static String subjectKey(String subject) {
        return DuplicateMerger.subjectKey(ReplySubjects.key(subject));
    }

    /** The segments with {@code segments[index]} cut at {@code at}: text before, signature from there on. */
    private static List<Segment> split(List<Segment> segments, int index, int at) {
        List<Segment> out = new ArrayList<>(segments.size() + 1);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i != index) {
                out.add(s);
                continue;
            }
            if (at > s.start()) out.add(Segment.of(SegmentKind.TEXT, s.start(), at, 0));
            out.add(Segment.of(SegmentKind.SIGNATURE, at, s.end(), 0));
        }
        return out;
    }

    /** A line's hash, with blanks folded away. */
    private static final class Line {
        private Line() {
        }

        /** A 64-bit hash of the line's non-blank characters, with one blank between runs; 0 for a blank line. */
        static long hash(String body, int start, int end) {
            long h = 1125899906842597L;
            boolean space = false;
            boolean any = false;
            for (int i = start; i < end; i++) {
                char c = body.charAt(i);
                if (blank(c)) {
                    space = any;
                } else {
                    if (space) h = 31 * h + ' ';
                    space = false;
                    any = true;
                    h = 31 * h + c;
                }
            }
            return any ? h : 0;
        }

        private static boolean blank(char c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b' || c > 127 && Character.isWhitespace(c);
        }
    }

    /**
     * The last non-blank lines of a message's own text, all in its last own-text segment: their
     * hashes, starts and ends.
     *
     * @param segment   the index of that segment
     * @param full      whether the segment has more non-blank lines above the window
     * @param ownBefore whether own text stands in an earlier segment (above a quote)
     */
    private record Tail(int segment, String body, long[] lines, int[] starts, int[] ends, boolean full, boolean ownBefore) {

        static Tail of(Message m) {
            List<Segment> segs = m.segments();
            int last = -1;
            boolean ownBefore = false;
            for (int i = segs.size() - 1; i >= 0; i--) {
                Segment s = segs.get(i);
                if (s.kind() == SegmentKind.TEXT && s.depth() == 0) {
                    if (last >= 0) {
                        ownBefore = true;
                        break;
                    }
                    last = i;
                }
            }
            if (last < 0) return null;
            Segment s = segs.get(last);
            String body = m.body();
            long[] lines = new long[TAIL];
            int[] starts = new int[TAIL];
            int[] ends = new int[TAIL];
            int k = TAIL;
            boolean full = false;
            int end = s.end();
            while (end > s.start()) {
                int lineStart = Math.max(s.start(), body.lastIndexOf('\n', end - 1) + 1);
                long h = Line.hash(body, lineStart, end);
                if (h != 0) {
                    if (k == 0) {
                        full = true;
                        break;
                    }
                    k--;
                    lines[k] = h;
                    starts[k] = lineStart;
                    ends[k] = end;
                }
                if (lineStart == s.start()) break;
                end = lineStart - 1;
            }
            if (k == TAIL) return null;
            return new Tail(last, body, Arrays.copyOfRange(lines, k, TAIL), Arrays.copyOfRange(starts, k, TAIL),
                    Arrays.copyOfRange(ends, k, TAIL), full, ownBefore);
        }

        /**
         * The index of the first line of the repeated block that ends the text, or -1 where there is
         * none or it has no line of a few words; and -1 where the block is all the segment holds
         * while the segment goes on above the window (a letter's template) or no own text is left.
         */
        int repeatedFrom(SubjectTable seen, long group) {
            int from = lines.length;
            boolean worded = false;
            while (from > 0) {
                if (!seen.enough(lines[from - 1] ^ group)) break;
                from--;
                if (!worded && WordRuns.count(body, starts[from], ends[from]) >= MIN_WORDS) worded = true;
            }
            if (from == lines.length || !worded) return -1;
            if (from == 0 && (full || !ownBefore)) return -1;
            return from;
        }
    }
}
