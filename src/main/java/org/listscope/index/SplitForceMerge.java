package org.listscope.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;

/**
 * A forced merge into {@code n > 1} segments as {@code n} merges of about equal size, which a
 * merge scheduler with {@code n} threads runs at once: on two cores {@code forceMerge(2)} then takes
 * about half the time of {@code forceMerge(1)}, where Lucene's policies would merge nearly
 * everything into one segment and leave the rest. A forced merge into one segment, and every
 * natural merge, is the wrapped policy's.
 */
final class SplitForceMerge extends FilterMergePolicy {

    SplitForceMerge(MergePolicy in) {
        super(in);
    }

    @Override
    public MergeSpecification findForcedMerges(SegmentInfos infos, int maxSegmentCount,
                                               Map<SegmentCommitInfo, Boolean> segmentsToMerge,
                                               MergeContext context) throws IOException {
        if (maxSegmentCount < 2) return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
        Set<SegmentCommitInfo> merging = context.getMergingSegments();
        List<SegmentCommitInfo> free = new ArrayList<>();
        for (SegmentCommitInfo info : infos) {
            if (segmentsToMerge.containsKey(info) && !merging.contains(info)) free.add(info);
        }
        if (free.size() + (merging.isEmpty() ? 0 : 1) <= maxSegmentCount) return null;
        // largest first, each to the lightest group: groups of about equal bytes
        List<Long> sizes = new ArrayList<>();
        for (SegmentCommitInfo info : free) sizes.add(info.sizeInBytes());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) order.add(i);
        order.sort(Comparator.comparingLong((Integer i) -> sizes.get(i)).reversed());
        List<List<SegmentCommitInfo>> groups = new ArrayList<>();
        long[] weight = new long[maxSegmentCount];
        for (int g = 0; g < maxSegmentCount; g++) groups.add(new ArrayList<>());
        for (int i : order) {
            int lightest = 0;
            for (int g = 1; g < maxSegmentCount; g++) if (weight[g] < weight[lightest]) lightest = g;
            groups.get(lightest).add(free.get(i));
            weight[lightest] += sizes.get(i);
        }
        MergeSpecification spec = new MergeSpecification();
        for (List<SegmentCommitInfo> group : groups) {
            if (group.size() > 1) spec.add(new OneMerge(group));
        }
        return spec.merges.isEmpty() ? null : spec;
    }
}
