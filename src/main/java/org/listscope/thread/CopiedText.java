package org.listscope.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.listscope.model.Author;
import org.listscope.model.Message;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;
import org.listscope.model.WordRuns;

/**
 * Own text that is not its poster's: lines of a message's own text that repeat, word for word, the
 * own text of an earlier message by someone else. They are quotes that carry no mark the segmenter
 * knows (a reply that indents what it answers, a paragraph pasted under an attribution, a quote
 * behind {@code < } or {@code # }), or documents posted again (a press release, a bill, a FAQ).
 * Each run of at least {@link #MIN_WORDS} such words becomes a quote segment of whole lines, linked
 * to the message it repeats ({@code quotedId}); its words are then that message's author's, or, where
 * they stand in a forward there, the forwarded sender's.
 *
 * <p>Which earlier message: one up the reply tree that shares the words, else the one sharing the
 * most (the earliest of those, the nearest to the words' first appearance here). Words the poster
 * also wrote in an earlier message of their own, or that someone forwarded naming them, stay their
 * own, so a poster repeating a proposal that someone pasted without marks keeps it. Candidates are
 * found through the winnowed fingerprints of everyone's own text ({@link ShingleIndex}): those that
 * share a run of {@link #MIN_PRINTS} of them are compared shingle by shingle.
 */
final class CopiedText {

    /** Words a repeated run must have to be taken as copied: shorter ones are stock phrases. */
    static final int MIN_WORDS = 20;
    /**
     * Fingerprints an earlier message must share in one run before its shingles are compared: a
     * shared run of {@link #MIN_WORDS} words holds {@code MIN_WORDS - K + 1} shingles, so at least
     * this many disjoint winnowing windows, each of which selects a fingerprint both texts hold, one
     * after the other among the text's fingerprints.
     */
    static final int MIN_PRINTS = (MIN_WORDS - Shingles.K + 1) / Shingles.WINDOW;
    /**
     * Places among a text's fingerprints that may lie between two of one shared run: a word changed,
     * or a fingerprint too common to be looked up ({@link ShingleIndex#COMMON}).
     */
    static final int PRINT_GAP = 2;
    /** Unmatched shingles a run may bridge: a word or two changed, an elision mark's neighbours. */
    static final int GAP = Shingles.K + 1;
    /** Words on a run's first or last line outside the run above which that line is left out. */
    static final int LINE_SLACK = 2;
    /** Earlier messages compared per message: the poster's own first, then the reply tree's, then the most sharing. */
    static final int MAX_SOURCES = 4;

    private final Corpus corpus;
    private final IntFunction<SharedPrints> sharedPrints;
    private final Bodies bodies;
    private final IndentedQuotes indented;
    /** The earlier messages sharing the current message's fingerprints; empty outside {@link #split}. */
    private final PrintRuns shared;

    /**
     * Copies among the messages of {@code corpus}, whose own text {@code own} indexes;
     * {@code sharedPrints} gives a message's fingerprints there that earlier messages hold too.
     */
    CopiedText(Corpus corpus, ShingleIndex own, IntFunction<SharedPrints> sharedPrints, Bodies bodies) {
        this.corpus = corpus;
        this.sharedPrints = sharedPrints;
        this.bodies = bodies;
        this.indented = new IndentedQuotes(corpus);
        this.shared = new PrintRuns(corpus, own);
    }

    /** An earlier message to compare, and whether it holds the poster's own words ({@link #byPoster}). */
    private record Candidate(int message, boolean posters) {
    }

    /** A copied stretch of the body and the stretch of the source it repeats. */
    record Copy(int start, int end, int source, int sourceStart, int sourceEnd) {
    }

    /**
     * Message {@code i}'s segments, its own text split where lines repeat an earlier message of
     * someone else; the message's own segments when none do. {@code parent} is the final tree.
     */
    List<Segment> split(int i, int[] parent) {
        List<Segment> segs = corpus.get(i).segments();
        if (!hasText(segs)) return segs;
        List<IndentedQuotes.Run> runs = indented.runs(corpus.get(i).body(), segs);
        List<Copy> copies = new ArrayList<>();
        List<Copy> posters = runs.isEmpty() ? null : new ArrayList<>();
        repeated(i, parent, segs, copies, posters);
        if (!runs.isEmpty()) {
            posters.addAll(copies);
            copies.addAll(indented.find(i, runs, parent, posters));
        }
        return copies.isEmpty() ? segs : withCopies(corpus.get(i).body(), segs, copies);
    }

    /**
     * Adds to {@code copies} the runs of {@link #MIN_WORDS} words or more among message {@code i}'s
     * text segments {@code segs} that repeat someone else's earlier words, and to {@code posters},
     * unless {@code null}, those that repeat the poster's own.
     */
    private void repeated(int i, int[] parent, List<Segment> segs, List<Copy> copies, List<Copy> posters) {
        Message m = corpus.get(i);
        // earlier messages sharing fingerprints of the own text: most messages share too few, and
        // their bodies are never broken into shingles here
        SharedPrints prints = sharedPrints.apply(i);
        if (prints.size() < MIN_PRINTS) return;
        // only fingerprints that stand in a run of shared ones can belong to a copy: most messages
        // share a few scattered ones (common phrases) and need no look-up at all
        int[] at = prints.at();
        for (int from = 0, to; from < at.length; from = to) {
            to = from + 1;
            while (to < at.length && at[to] - at[to - 1] <= PRINT_GAP) to++;
            if (to - from < MIN_PRINTS) continue;
            for (int k = from; k < to; k++) shared.add(i, prints.prints()[k], at[k]);
        }
        List<Candidate> candidates = candidates(i, parent, posters != null);
        shared.clear();
        if (candidates.isEmpty()) return;

        Shingles.Run run = bodies.of(i).run();
        boolean[] claimed = new boolean[run.size()];
        for (Candidate c : candidates) {
            Bodies.Body src = bodies.of(c.message());
            for (Segment s : segs) {
                if (s.kind() == SegmentKind.TEXT) runs(m.body(), run, s, c.message(), src, claimed, c.posters() ? posters : copies);
            }
        }
    }

    private static boolean hasText(List<Segment> segs) {
        for (Segment s : segs) {
            if (s.kind() == SegmentKind.TEXT) return true;
        }
        return false;
    }

    /**
     * The earlier messages to compare, at most {@link #MAX_SOURCES}: those holding the poster's own
     * words first ({@link #byPoster}: what they wrote before stays theirs), then one up the reply
     * tree, then the others by shared fingerprints, the earliest of equals first.
     */
    private List<Candidate> candidates(int i, int[] parent, boolean posters) {
        Author poster = corpus.get(i).from();
        List<Candidate> out = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int t = 0; t < shared.size(); t++) {
            int c = shared.touched(t);
            // a placeholder's fragment of another message, under a date Mailman made up, is no source
            boolean placeholder = Author.MAILMAN_PLACEHOLDER.equalsIgnoreCase(corpus.get(c).from().address());
            if (shared.longest(c) < MIN_PRINTS || placeholder) continue;
            if (byPoster(c, poster)) out.add(new Candidate(c, true));
            else others.add(c);
        }
        if (others.isEmpty() && !posters) return List.of();
        int up = -1;
        for (int a = parent[i]; a >= 0 && up < 0; a = parent[a]) {
            if (others.contains(a)) up = a;
        }
        others.sort((a, b) -> shared.shared(a) != shared.shared(b) ? Integer.compare(shared.shared(b), shared.shared(a))
                : Integer.compare(corpus.rank[a], corpus.rank[b]));
        if (up >= 0) {
            others.remove(Integer.valueOf(up));
            others.add(0, up);
        }
        for (int c : others) out.add(new Candidate(c, false));
        return out.subList(0, Math.min(out.size(), MAX_SOURCES));
    }

    /**
     * Finds the runs of shingles of text segment {@code seg} that the own lines of source {@code c}
     * hold and no earlier source claimed, claims them, and adds each long enough as a copy of whole
     * lines to {@code copies}; where that is {@code null} (the poster's own earlier words, unless asked
     * for), claims them only.
     */
    private static void runs(String text, Shingles.Run run, Segment seg, int c, Bodies.Body src, boolean[] claimed,
                             List<Copy> copies) {
        LongSet held = src.ownHashes();
        int[] range = Shingles.within(run, seg.start(), seg.end());
        int k = range[0];
        while (k < range[1]) {
            if (claimed[k] || !held.contains(run.hashes()[k])) {
                k++;
                continue;
            }
            int first = k;
            int last = k;
            int matched = 1;
            for (int j = k + 1; j < range[1] && j - last <= GAP; j++) {
                if (!claimed[j] && held.contains(run.hashes()[j])) {
                    last = j;
                    matched++;
                }
            }
            k = last + 1;
            if (matched + Shingles.K - 1 < MIN_WORDS) continue;
            Arrays.fill(claimed, first, last + 1, true);
            if (copies == null) continue;
            int start = lineStart(text, run.starts()[first], seg);
            int end = lineEnd(text, run.ends()[last], seg);
            if (end <= start) continue;
            int[] span = src.ownSpan(Arrays.copyOfRange(run.hashes(), first, last + 1));
            if (span == null) continue;
            copies.add(new Copy(start, end, c, span[0], span[1]));
        }
    }

    /**
     * Where a copy starting at {@code at} begins: its line's start, or, when more than
     * {@link #LINE_SLACK} words of the poster's precede it on that line, the next line's; never
     * before the segment.
     */
    private static int lineStart(String text, int at, Segment seg) {
        int line = Math.max(seg.start(), text.lastIndexOf('\n', at - 1) + 1);
        if (WordRuns.count(text, line, at) <= LINE_SLACK) return line;
        int next = text.indexOf('\n', at);
        return next < 0 || next + 1 > seg.end() ? seg.end() : next + 1;
    }

    /**
     * Where a copy ending at {@code at} ends: after its line's break, or, when more than
     * {@link #LINE_SLACK} words of the poster's follow it on that line, at that line's start; never
     * after the segment.
     */
    private static int lineEnd(String text, int at, Segment seg) {
        int eol = text.indexOf('\n', at);
        int lineEnd = eol < 0 ? text.length() : eol + 1;
        if (WordRuns.count(text, at, Math.min(lineEnd, seg.end())) <= LINE_SLACK) return Math.min(lineEnd, seg.end());
        return Math.max(seg.start(), text.lastIndexOf('\n', at - 1) + 1);
    }

    /**
     * The segments with each copy cut out of the text segment holding it as a quote of its source,
     * and the line right above it, where that line names the source's author before a verb of saying
     * ({@code Black Unicorn writes:}), as the copy's attribution, naming that author as the source
     * does, linked to the source and marked copied as the copy is.
     */
    private List<Segment> withCopies(String body, List<Segment> segs, List<Copy> copies) {
        copies.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Segment> out = new ArrayList<>(segs.size() + 3 * copies.size());
        for (Segment s : segs) {
            if (s.kind() != SegmentKind.TEXT) {
                out.add(s);
                continue;
            }
            int at = s.start();
            for (Copy c : copies) {
                if (c.start() < at || c.end() > s.end()) continue;
                Message src = corpus.get(c.source());
                int[] line = attributionLine(body, at, c.start(), src.from());
                if (line != null) {
                    if (line[0] > at) out.add(Segment.of(SegmentKind.TEXT, at, line[0], s.depth()));
                    // linked and marked as the copy is, so that an index run that unlinks the copy makes it text again too
                    out.add(Segment.of(SegmentKind.ATTRIBUTION, line[0], line[1], s.depth()).withQuoted(src.from().label(), null)
                            .withSource(src.id(), -1, -1).asCopied());
                    at = line[1];
                }
                if (c.start() > at) out.add(Segment.of(SegmentKind.TEXT, at, c.start(), s.depth()));
                out.add(quoteOf(c));
                at = c.end();
            }
            if (at < s.end()) out.add(Segment.of(SegmentKind.TEXT, at, s.end(), s.depth()));
        }
        return out;
    }

    /** A line that gives a name and a verb of saying: {@code Black Unicorn writes:}, {@code Tim May wrote:}; group 1 the name. */
    private static final Pattern ATTRIBUTION_LINE = Pattern.compile(
            "(.{1,80}?),?\\s+(?:also\\s+)?(?:wrote|writes|said|says|asks|asked|replied|replies|responded|responds)\\s*:");

    /**
     * The names that lines of {@code text} give before a verb of saying and a colon
     * ({@code Black Unicorn writes:}, {@link #ATTRIBUTION_LINE}), in text order; none where no line
     * ends in a colon so.
     */
    static String[] namesBeforeSaying(String text) {
        List<String> out = new ArrayList<>(0);
        for (int from = 0; from < text.length(); ) {
            int eol = text.indexOf('\n', from);
            if (eol < 0) eol = text.length();
            String who = sayer(text, from, eol);
            if (who != null) out.add(who);
            from = eol + 1;
        }
        return out.toArray(String[]::new);
    }

    /**
     * The start and end (after its line break) of the last line of {@code body} between {@code from}
     * and {@code to}, blank lines below it aside, where it names {@code author} before a verb of
     * saying ({@link #ATTRIBUTION_LINE}); else {@code null}.
     */
    private static int[] attributionLine(String body, int from, int to, Author author) {
        int end = to;
        while (end > from && Character.isWhitespace(body.charAt(end - 1))) end--;
        if (end == from) return null;
        int start = Math.max(from, body.lastIndexOf('\n', end - 1) + 1);
        String who = sayer(body, start, end);
        if (who == null || !Authors.names(who, author)) return null;
        int eol = body.indexOf('\n', end);
        return new int[] {start, eol < 0 || eol >= to ? to : eol + 1};
    }

    /**
     * The name the line {@code [start, end)} of {@code text} gives before a verb of saying and a
     * colon, white space after it aside ({@link #ATTRIBUTION_LINE}); else {@code null}.
     */
    private static String sayer(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end == start || text.charAt(end - 1) != ':') return null;
        Matcher m = ATTRIBUTION_LINE.matcher(text.substring(start, end).strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The quote segment of a copy: linked to its source; where the source's words stand in a
     * forward there, the forwarded sender's (named as that forward names it, or nobody known).
     */
    private Segment quoteOf(Copy c) {
        Message src = corpus.get(c.source());
        Segment at = sourceSegment(c);
        Segment q = Segment.of(SegmentKind.QUOTE, c.start(), c.end(), 1);
        if (at != null && at.kind() == SegmentKind.QUOTE && at.forwarded()) {
            q = q.withQuoted(at.quotedAuthor(), at.quotedDate()).asForwarded();
        } else {
            q = q.withQuoted(null, src.date());
        }
        return q.withSource(src.id(), c.sourceStart(), c.sourceEnd()).asCopied();
    }

    /**
     * Whether message {@code c} holds words of {@code poster}: it is theirs, or it forwards a message
     * of theirs (someone forwarded what the poster wrote, and the poster posts it again).
     */
    private boolean byPoster(int c, Author poster) {
        Message src = corpus.get(c);
        if (samePerson(src.from(), poster)) return true;
        for (Segment s : src.segments()) {
            if (s.kind() == SegmentKind.QUOTE && s.forwarded() && names(s.quotedAuthor(), poster)) return true;
        }
        return false;
    }

    /** The source's segment where a copy's words start there. */
    private Segment sourceSegment(Copy c) {
        for (Segment s : corpus.get(c.source()).segments()) {
            if (s.contains(c.sourceStart())) return s;
        }
        return null;
    }

    /** Whether {@code who}, a name or address as a forward gives it, names the author. */
    private static boolean names(String who, Author a) {
        return same(who, a.name()) || same(who, a.address());
    }

    /** Whether two authors are one person: the same key, address or name. */
    static boolean samePerson(Author a, Author b) {
        if (a == null || b == null) return false;
        if (a.key().equals(b.key())) return true; // a record's key is never null
        return same(a.address(), b.address()) || same(a.name(), b.name());
    }

    /** Whether two names or addresses are one, case and surrounding spaces aside; blanks never are. */
    private static boolean same(String x, String y) {
        return x != null && y != null && !x.isBlank() && x.strip().equalsIgnoreCase(y.strip());
    }
}
