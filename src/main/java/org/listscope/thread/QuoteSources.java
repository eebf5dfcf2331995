package org.listscope.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.listscope.model.Segment;
import org.listscope.model.SegmentKind;

/**
 * Links each quote segment to the message its text came from, and the span there
 * ({@link Segment#withSource}). A quote of depth {@code d} is looked for first in the ancestor
 * {@code d} levels up the reply tree, then in any earlier message whose own text shares the most
 * fingerprints with it. The span runs from the first to the last shared shingle in the source's own
 * (unquoted) lines.
 */
final class QuoteSources {

    private final Corpus corpus;
    private final ShingleIndex own;
    /** Fingerprints shared with the current quote, per earlier message; zero outside {@link #source}. */
    private final int[] hits;
    /** The messages with a non-zero {@link #hits} count, in {@code touchedIds[0..touched)}. */
    private int[] touchedIds = new int[64];
    private int touched;
    private final Bodies bodies;

    QuoteSources(Corpus corpus, ShingleIndex own, Bodies bodies) {
        this.corpus = corpus;
        this.own = own;
        this.bodies = bodies;
        this.hits = new int[corpus.size()];
    }

    /**
     * Message {@code i}'s segments {@code segs} with quote provenance; {@code parent} is the final
     * tree. A quote that already names its source is kept as it is.
     */
    List<Segment> link(int i, List<Segment> segs, int[] parent) {
        List<Segment> out = null;
        for (int k = 0; k < segs.size(); k++) {
            Segment s = segs.get(k);
            if (s.kind() != SegmentKind.QUOTE || s.quotedId() != null) continue;
            Segment linked = source(i, s, parent);
            if (linked != null) {
                if (out == null) out = new ArrayList<>(segs);
                out.set(k, linked);
            }
        }
        return out == null ? segs : out;
    }

    private Segment source(int i, Segment s, int[] parent) {
        String text = corpus.get(i).body();
        long[] quote = Shingles.hashes(bodies.of(i).run(), text, s.start(), s.end());
        if (quote.length == 0) return null;
        long[] prints = Shingles.fingerprints(quote);
        touched = 0;
        IntConsumer count = c -> {
            if (c != i && corpus.before(c, i) && hits[c]++ == 0) touch(c);
        };
        for (long f : prints) own.forEach(f, count);
        int best = best(i, s, parent);
        for (int t = 0; t < touched; t++) hits[touchedIds[t]] = 0;
        if (best < 0) return null;
        int[] span = bodies.of(best).ownSpan(quote);
        if (span == null) return null;
        return s.withSource(corpus.get(best).id(), span[0], span[1]);
    }

    private void touch(int c) {
        if (touched == touchedIds.length) touchedIds = Arrays.copyOf(touchedIds, touched * 2);
        touchedIds[touched++] = c;
    }

    /**
     * The source among the touched messages: the ancestor {@code depth} levels up where it shares a
     * fingerprint, else the one sharing the most (the latest of those); -1 for none.
     */
    private int best(int i, Segment s, int[] parent) {
        if (touched == 0) return -1;
        int ancestor = i;
        for (int d = 0; d < Math.max(1, s.depth()) && ancestor >= 0; d++) ancestor = parent[ancestor];
        if (ancestor >= 0 && hits[ancestor] > 0) return ancestor;
        int best = -1;
        int most = 0;
        for (int t = 0; t < touched; t++) {
            int c = touchedIds[t];
            if (best < 0 || hits[c] > most || hits[c] == most && corpus.rank[c] > corpus.rank[best]) {
                best = c;
                most = hits[c];
            }
        }
        return best;
    }
}
