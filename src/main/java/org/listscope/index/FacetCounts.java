package org.listscope.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Counts of the facet values among all matches: most frequent first, years in time order. The
 * {@code from} facet counts person keys and shows each under its person's label ({@link PersonLabels}).
 */
final class FacetCounts {

    private FacetCounts() {
    }

    /** Every facet dimension, with no values: what a search that counts none (a limit of 0) shows. */
    static Map<String, Map<String, Long>> none() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String dim : Fields.FACETS) out.put(dim, Map.of());
        return out;
    }

    static Map<String, Map<String, Long>> of(SortedSetDocValuesReaderState state, FacetsCollector fc, int limit,
                                             PersonLabels persons) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        SortedSetDocValuesFacetCounts counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
        for (String dim : Fields.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            FacetResult r = null;
            if (counts != null && state.getOrdRange(dim) != null) {
                r = dim.equals(Fields.YEAR) ? counts.getAllChildren(dim) : counts.getTopChildren(limit, dim);
            }
            if (r != null) {
                LabelAndValue[] lv = r.labelValues.clone();
                if (dim.equals(Fields.YEAR)) Arrays.sort(lv, Comparator.comparing(l -> l.label));
                for (LabelAndValue l : lv) {
                    if (l.value.longValue() <= 0) continue;
                    values.put(dim.equals(Fields.FROM_FACET) ? persons.label(l.label) : l.label, l.value.longValue());
                }
            }
            out.put(dim, values);
        }
        return out;
    }
}
