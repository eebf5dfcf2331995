package org.listscope.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.listscope.model.Citation;

/**
 * Stage 3, find: of overlapping candidates keeps the longest (then the most confident, then the
 * earliest extractor), so that "Katz v. United States, 389 U.S. 347" is one case and not a case
 * plus a reporter, and a URL holding "rfc822" stays one URL.
 */
final class Overlaps {

    private Overlaps() {
    }

    /** Non-overlapping citations in body order. {@code candidates} is in extractor order. */
    static List<Citation> resolve(List<Citation> candidates) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) order.add(i);
        order.sort(Comparator.<Integer>comparingInt(i -> -(candidates.get(i).end() - candidates.get(i).start()))
                .thenComparingDouble(i -> -candidates.get(i).confidence())
                .thenComparingInt(i -> i));
        List<Citation> kept = new ArrayList<>();
        for (int i : order) {
            Citation c = candidates.get(i);
            boolean free = true;
            for (Citation k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Citation::start).thenComparingInt(Citation::end));
        return kept;
    }
}
