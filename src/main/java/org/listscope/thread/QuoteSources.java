package org.listscope.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    /** Shingles of recently quoted bodies: a message is often quoted by several replies in a row. */
    private final Map<Integer, Shingles.Run> recent = new java.util.LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Shingles.Run> eldest) {
            return size() > 256;
        }
    };

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
        String body = corpus.get(best).body();
        int[] span = span(run, body, recent.computeIfAbsent(best, b -> Shingles.of(body, 0, body.length())));
        if (span == null) return null;
        return s.withSource(corpus.get(best).id(), span[0], span[1]);
    }

    /** From the first to the last shingle of {@code quote} found in the own lines of {@code body}. */
    private static int[] span(Shingles.Run quote, String body, Shingles.Run src) {
        long[] wanted = quote.hashes().clone();
        Arrays.sort(wanted);
        int start = -1;
        int end = -1;
        for (int k = 0; k < src.size(); k++) {
            if (Arrays.binarySearch(wanted, src.hashes()[k]) < 0) continue;
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
