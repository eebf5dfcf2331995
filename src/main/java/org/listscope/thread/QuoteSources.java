package org.listscope.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Links each quote segment to the message its text came from, and the span there
 * ({@link Segment#withSource}). A quote of depth {@code d} is looked for first in the ancestor
 * {@code d} levels up the reply tree, then in the earlier message whose own text shares the most
 * fingerprints with it: any of its thread, but one of another thread only where they are at least
 * {@link InferenceLinker#MIN_QUOTE} of the quote's, as a parent inferred from quoted text must share,
 * and its own lines hold {@link #MIN_SHINGLES} or more of the quote's four-word shingles. A stock
 * phrase in common ("if you have any specific questions", "you want to use", "thanks for the
 * answer") is no sign that a quote came from another thread, while a line quoted from a message
 * of its own thread often shares no more. The span runs from the first to the last shared shingle
 * in the source's own (unquoted) lines.
 */
final class QuoteSources {

    /** Shingles of the quote that a source outside its thread must hold on its own lines, at the least. */
    static final int MIN_SHINGLES = 5;

    private final Corpus corpus;
    private final ShingleIndex own;
    /** Fingerprints shared with the current quote, per earlier message; zero outside {@link #source}. */
    private final HitCounts hits;
    private final Bodies bodies;
    private final QuoteParts parts;

    QuoteSources(Corpus corpus, ShingleIndex own, Bodies bodies) {
        this.corpus = corpus;
        this.own = own;
        this.bodies = bodies;
        this.hits = new HitCounts(corpus.size());
        this.parts = new QuoteParts(corpus, own, bodies, hits);
    }

    /**
     * Message {@code i}'s segments {@code segs} with quote provenance; {@code parent} is the final
     * tree and {@code root} each message's thread root in it. A quote that already names its source
     * is kept as it is; one whose paragraphs came from different messages is split ({@link QuoteParts}).
     */
    List<Segment> link(int i, List<Segment> segs, int[] parent, int[] root) {
        List<Segment> out = null;
        for (int k = 0; k < segs.size(); k++) {
            Segment s = segs.get(k);
            List<Segment> linked = s.kind() != SegmentKind.QUOTE || s.quotedId() != null ? null : source(i, s, parent, root);
            if (linked != null && out == null) out = new ArrayList<>(segs.subList(0, k));
            if (out != null) {
                if (linked == null) out.add(s);
                else out.addAll(linked);
            }
        }
        return out == null ? segs : out;
    }

    /** Quote {@code s} linked to its source, in parts where they came from several; {@code null} for none. */
    private List<Segment> source(int i, Segment s, int[] parent, int[] root) {
        String text = corpus.get(i).body();
        long[] quote = Shingles.hashes(bodies.of(i).run(), text, s.start(), s.end());
        if (quote.length == 0) return null;
        long[] prints = Shingles.fingerprints(quote);
        IntConsumer count = c -> {
            if (c != i && corpus.before(c, i)) hits.add(c);
        };
        for (long f : prints) own.forEach(f, count);
        int best = best(i, s, parent, root, quote, prints.length);
        boolean whole = best >= 0 && hits.get(best) >= prints.length; // shares every fingerprint: one source
        hits.clear();
        if (best < 0) return null;
        int[] span = bodies.of(best).ownSpan(quote);
        if (span == null) return null;
        Segment linked = s.withSource(corpus.get(best).id(), span[0], span[1]);
        List<Segment> split = whole ? null : parts.split(i, linked, best, quote, root);
        return split != null ? split : List.of(linked);
    }

    /**
     * The source among the touched messages: the ancestor {@code depth} levels up where it shares a
     * fingerprint and either half as many as any other or the author the quote's attribution names,
     * else the one sharing the most (the latest of those) of those in its thread or sharing enough of
     * the quote's {@code prints} fingerprints and {@code quote} shingles; -1 for none. (A reply filed
     * under one message often quotes another of the thread, and the message it is filed under may
     * share a phrase or two with the quote.)
     */
    private int best(int i, Segment s, int[] parent, int[] root, long[] quote, int prints) {
        if (hits.size() == 0) return -1;
        int ancestor = i;
        for (int d = 0; d < Math.max(1, s.depth()) && ancestor >= 0; d++) ancestor = parent[ancestor];
        boolean shares = ancestor >= 0 && hits.get(ancestor) > 0;
        if (shares && 2 * hits.get(ancestor) >= hits.max()) return ancestor; // most quotes: no candidate need be judged
        int best = most(i, root, quote, prints);
        if (shares && (best < 0 || 2 * hits.get(ancestor) >= hits.get(best) || Authors.names(s.quotedAuthor(), corpus.get(ancestor).from()))) return ancestor;
        return best;
    }

    /** The touched message sharing the most fingerprints (the latest of those) that may be a source; -1 for none. */
    private int most(int i, int[] root, long[] quote, int prints) {
        int best = -1;
        int most = 0;
        double enough = InferenceLinker.MIN_QUOTE * prints;
        for (int t = 0; t < hits.size(); t++) {
            int c = hits.touched(t);
            int h = hits.get(c);
            boolean better = best < 0 || h > most || h == most && corpus.rank[c] > corpus.rank[best];
            if (!better || root[c] != root[i] && (h < enough || bodies.of(c).held(quote) < MIN_SHINGLES)) continue;
            best = c;
            most = h;
        }
        return best;
    }
}
