package org.listscope.thread;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import org.listscope.model.Message;

/**
 * The fingerprints by which threading finds copied text ({@link CopiedText}), for a caller that
 * threads messages in batches and must give each batch the earlier messages its copies may come
 * from: the winnowed fingerprints of a message's own text, as threading indexes them, and which
 * holders of them share enough, in a run, to be compared as sources.
 */
public final class CopyPrints {

    /** Messages beyond which a fingerprint is boilerplate, as threading counts them ({@link ShingleIndex#COMMON}). */
    public static final int COMMON = ShingleIndex.COMMON;

    private CopyPrints() {
    }

    /** The fingerprints of the message's own text ({@link QuoteLines#own}), in text order; a print may repeat. */
    public static long[] of(Message m) {
        String own = QuoteLines.of(m).own();
        return Shingles.fingerprints(Shingles.of(own, 0, own.length()).hashes());
    }

    /**
     * The holders that {@link CopiedText} may compare as sources of a text with fingerprints
     * {@code prints} (as {@link #of} gives them): those holding {@link CopiedText#MIN_PRINTS} of them
     * in one run, at most {@link CopiedText#PRINT_GAP} places apart. {@code mayBeHeld} tells, without
     * a false "no", whether anyone may hold a fingerprint: only those standing in a run of such are
     * looked up (most texts share a few scattered phrases, and need no look-up at all).
     * {@code holders} gives the holders of a fingerprint, or {@code null} for none or for more than
     * {@link #COMMON}; a holder is any int (a document number). Sorted ascending.
     */
    public static int[] sources(long[] prints, LongPredicate mayBeHeld, LongFunction<int[]> holders) {
        int[] at = new int[prints.length];
        int shared = 0;
        for (int place = 0; place < prints.length; place++) {
            if (mayBeHeld.test(prints[place])) at[shared++] = place;
        }
        // per holder: the current run's length, the longest run, the place of its last print
        Map<Integer, int[]> runs = new HashMap<>();
        int[] out = new int[8];
        int n = 0;
        for (int from = 0, to; from < shared; from = to) {
            to = from + 1;
            while (to < shared && at[to] - at[to - 1] <= CopiedText.PRINT_GAP) to++;
            if (to - from < CopiedText.MIN_PRINTS) continue;
            for (int k = from; k < to; k++) {
                int place = at[k];
                int[] held = holders.apply(prints[place]);
                if (held == null) continue;
                for (int h : held) {
                    int[] r = runs.computeIfAbsent(h, x -> new int[] {0, 0, Integer.MIN_VALUE / 2});
                    r[0] = place - r[2] <= CopiedText.PRINT_GAP ? r[0] + 1 : 1;
                    r[2] = place;
                    if (r[0] == CopiedText.MIN_PRINTS && r[1] < CopiedText.MIN_PRINTS) {
                        if (n == out.length) out = Arrays.copyOf(out, 2 * n);
                        out[n++] = h;
                    }
                    r[1] = Math.max(r[1], r[0]);
                }
            }
        }
        int[] found = Arrays.copyOf(out, n);
        Arrays.sort(found);
        return found;
    }
}
