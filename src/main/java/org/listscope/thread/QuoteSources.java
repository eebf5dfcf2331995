package org.listscope.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.listscope.model.Message;
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

    QuoteSources(Corpus corpus, ShingleIndex own) {
        this.corpus = corpus;
        this.own = own;
    }

    /** Message {@code i}'s segments with quote provenance; {@code parent} is the final tree. */
    List<Segment> link(int i, int[] parent) {
        Message m = corpus.get(i);
        List<Segment> out = null;
        List<Segment> segs = m.segments();
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
        Shingles.Run run = Shingles.of(corpus.get(i).body(), s.start(), s.end());
        if (run.size() == 0) return null;
        long[] prints = Shingles.fingerprints(run);
        Map<Integer, Integer> hits = new HashMap<>();
        for (long f : prints) {
            own.forEach(f, c -> {
                if (c != i && corpus.before(c, i)) hits.merge(c, 1, Integer::sum);
            });
        }
        if (hits.isEmpty()) return null;
        int ancestor = i;
        for (int d = 0; d < Math.max(1, s.depth()) && ancestor >= 0; d++) ancestor = parent[ancestor];
        int best = ancestor >= 0 && hits.containsKey(ancestor) ? ancestor : -1;
        if (best < 0) {
            int most = 0;
            for (Map.Entry<Integer, Integer> e : hits.entrySet()) {
                if (best < 0 || e.getValue() > most || e.getValue() == most && corpus.rank[e.getKey()] > corpus.rank[best]) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
        }
        int[] span = span(run, corpus.get(best).body());
        if (span == null) return null;
        return s.withSource(corpus.get(best).id(), span[0], span[1]);
    }

    /** From the first to the last shingle of {@code quote} found in the own lines of {@code body}. */
    private static int[] span(Shingles.Run quote, String body) {
        Set<Long> wanted = new HashSet<>();
        for (long h : quote.hashes()) wanted.add(h);
        Shingles.Run src = Shingles.of(body, 0, body.length());
        int start = -1;
        int end = -1;
        for (int k = 0; k < src.size(); k++) {
            if (!wanted.contains(src.hashes()[k])) continue;
            if (QuoteLines.depth(body, lineStart(body, src.starts()[k])) > 0) continue;
            if (start < 0) start = src.starts()[k];
            end = Math.max(end, src.ends()[k]);
        }
        return start < 0 ? null : new int[] {start, end};
    }

    private static int lineStart(String body, int at) {
        int nl = body.lastIndexOf('\n', at - 1);
        return nl + 1;
    }
}
