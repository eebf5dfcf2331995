package org.listscope.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.listscope.model.Message;
import org.listscope.model.Segment;

/**
 * Splits a linked quote whose paragraphs came from different earlier messages. A reply to a message
 * that carried its own quotes unmarked (mail written as HTML and archived as text: "On ..., Jean-Paul
 * wrote:", his words, then Glyph's answers between them, all without {@code >}), or a quote holding
 * an earlier quote whose marks were lost, reads as one quote of one depth, with one source; its
 * paragraphs stand in the own text of two or more messages.
 *
 * <p>A paragraph (quoted lines between blank ones) of {@link QuoteSources#MIN_SHINGLES} shingles or
 * more, of which the quote's source holds under {@link InferenceLinker#MIN_QUOTE} on its own lines,
 * goes to the earlier message of the same thread whose own lines hold the most of them, at least
 * half (the earliest of equals: a later message holding the same words repeats them); shorter
 * paragraphs go with the one before them. A paragraph of which more than {@link #MAX_HOLDERS} messages
 * of other threads share half the fingerprints or more (a list's footer, a licence) is boilerplate,
 * and stays with the quote's source; within the thread, replies that carry a message's words
 * unmarked are common. An attribution's name stays on the parts whose source is by that person; where it
 * names the author of another part's source and not the quote's, the quote's own parts lose it.
 */
final class QuoteParts {

    /** Messages of other threads that may share half a paragraph's fingerprints before it counts as boilerplate. */
    static final int MAX_HOLDERS = 3;

    private final Corpus corpus;
    private final ShingleIndex own;
    private final Bodies bodies;
    private final HitCounts hits;

    /** {@code hits} is shared with the caller, and left all zero between calls. */
    QuoteParts(Corpus corpus, ShingleIndex own, Bodies bodies, HitCounts hits) {
        this.corpus = corpus;
        this.own = own;
        this.bodies = bodies;
        this.hits = hits;
    }

    /**
     * The parts of quote {@code s} of message {@code i}, already linked to message {@code source},
     * whose {@code quote} shingles it has; {@code null} where it stays whole.
     */
    List<Segment> split(int i, Segment s, int source, long[] quote, int[] root) {
        Bodies.Body src = bodies.of(source);
        if (s.forwarded() || quote.length - src.held(quote) < QuoteSources.MIN_SHINGLES) return null;
        Message m = corpus.get(i);
        Shingles.Run run = bodies.of(i).run();
        int[] starts = paragraphs(m.body(), s.start(), s.end());
        if (starts.length < 2) return null;
        int[] from = new int[starts.length];
        boolean other = false;
        for (int k = 0; k < starts.length; k++) {
            int[] r = Shingles.within(run, starts[k], end(starts, k, s));
            long[] h = Arrays.copyOfRange(run.hashes(), r[0], r[1]);
            from[k] = -1;
            if (h.length < QuoteSources.MIN_SHINGLES) continue; // too short to tell: goes with the one before
            from[k] = source;
            int held = src.held(h);
            if (held >= InferenceLinker.MIN_QUOTE * h.length) continue;
            int elsewhere = holder(i, source, h, held, root);
            if (elsewhere >= 0) {
                from[k] = elsewhere;
                other = true;
            }
        }
        return other ? parts(i, s, source, starts, from) : null;
    }

    /**
     * The earlier message of {@code i}'s thread ({@code root}), other than {@code source}, whose own
     * lines hold the most of the paragraph's shingles {@code h}, at least half and more than
     * {@code held}; -1 for none, or where more than {@link #MAX_HOLDERS} messages of other threads
     * share half its fingerprints or more.
     */
    private int holder(int i, int source, long[] h, int held, int[] root) {
        IntConsumer count = c -> {
            if (c != i && c != source && corpus.before(c, i)) hits.add(c);
        };
        long[] prints = Shingles.fingerprints(h);
        for (long f : prints) own.forEach(f, count);
        int max = hits.max();
        int holders = 0; // messages of other threads sharing half the paragraph's fingerprints or more
        for (int t = 0; t < hits.size(); t++) {
            int c = hits.touched(t);
            if (2 * hits.get(c) >= prints.length && root[c] != root[i]) holders++;
        }
        int best = -1;
        int most = Math.max(held + 1, Math.max(QuoteSources.MIN_SHINGLES, (h.length + 1) / 2));
        for (int t = 0; t < hits.size() && holders <= MAX_HOLDERS; t++) {
            int c = hits.touched(t);
            if (root[c] != root[i] || 2 * hits.get(c) < max) continue; // a few shared fingerprints: a phrase in common
            int n = bodies.of(c).held(h);
            if (n > most || n == most && (best < 0 || corpus.rank[c] < corpus.rank[best])) {
                best = c;
                most = n;
            }
        }
        hits.clear();
        return holders > MAX_HOLDERS ? -1 : best;
    }

    /** The parts: runs of paragraphs from one message, each linked to it. */
    private List<Segment> parts(int i, Segment s, int source, int[] starts, int[] from) {
        for (int k = 1; k < from.length; k++) if (from[k] < 0) from[k] = from[k - 1];
        int first = 0;
        while (from[first] < 0) first++;
        for (int k = 0; k < first; k++) from[k] = from[first];
        boolean namesOther = false;
        for (int f : from) namesOther |= f != source && Authors.names(s.quotedAuthor(), corpus.get(f).from());
        boolean keepsName = !namesOther || Authors.names(s.quotedAuthor(), corpus.get(source).from());
        Shingles.Run run = bodies.of(i).run();
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < starts.length; ) {
            int j = k;
            while (j + 1 < starts.length && from[j + 1] == from[k]) j++;
            int c = from[k];
            Segment part = s.slice(starts[k], end(starts, j, s));
            int[] r = Shingles.within(run, part.start(), part.end());
            int[] span = bodies.of(c).ownSpan(Arrays.copyOfRange(run.hashes(), r[0], r[1]));
            if (c == source) {
                if (!keepsName) part = part.withQuoted(null, null);
                out.add(span == null ? part : part.withSource(corpus.get(c).id(), span[0], span[1]));
            } else {
                boolean named = Authors.names(s.quotedAuthor(), corpus.get(c).from());
                part = named ? part : part.withQuoted(null, null);
                out.add(part.withSource(corpus.get(c).id(), span[0], span[1])); // it holds half the shingles of some
            }
            k = j + 1;
        }
        return out;
    }

    private static int end(int[] starts, int k, Segment s) {
        return k + 1 < starts.length ? starts[k + 1] : s.end();
    }

    /**
     * Where the paragraphs of {@code text[from, to)} start: the first at {@code from}, each other at
     * the first line with a letter or digit after a line with none (a quoted blank line: marks only).
     */
    static int[] paragraphs(String text, int from, int to) {
        int[] out = new int[8];
        int n = 0;
        out[n++] = from;
        boolean blankBefore = false;
        boolean wordsSeen = false;
        for (int at = from; at < to; ) {
            int eol = text.indexOf('\n', at);
            int next = eol < 0 || eol >= to ? to : eol + 1;
            boolean words = false;
            for (int c = at; c < next && !words; c++) words = Character.isLetterOrDigit(text.charAt(c));
            if (words && blankBefore && wordsSeen) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = at;
            }
            wordsSeen |= words;
            blankBefore = !words;
            at = next;
        }
        return Arrays.copyOf(out, n);
    }
}
