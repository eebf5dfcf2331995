package org.listscope.thread;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shingles of recently seen bodies, by message number: a message's quotes and copies are read
 * off its own body's run, and a message is often the source of several replies in a row. One
 * instance per worker (it is not thread-safe); it keeps the {@link #KEPT} bodies used last.
 */
final class Bodies {

    /** Bodies kept. */
    static final int KEPT = 256;

    /** The shingles of a whole body, and which of them start on its own lines ({@link OwnLineShingles}). */
    static final class Body {
        private final Shingles.Run run;
        private final boolean[] ownLine;
        private LongSet ownHashes;

        Body(Shingles.Run run, boolean[] ownLine) {
            this.run = run;
            this.ownLine = ownLine;
        }

        Shingles.Run run() {
            return run;
        }

        /** For each shingle of {@link #run}, whether it starts on an own line. */
        boolean[] ownLine() {
            return ownLine;
        }

        /**
         * Where the body's own lines hold shingles of {@code hashes}: from the first such shingle's
         * start to the last one's end, or {@code null} where they hold none.
         */
        int[] ownSpan(long[] hashes) {
            LongSet wanted = new LongSet(hashes);
            int start = -1;
            int end = -1;
            for (int k = 0; k < run.size(); k++) {
                if (!ownLine[k] || !wanted.contains(run.hashes()[k])) continue;
                if (start < 0) start = run.starts()[k];
                end = Math.max(end, run.ends()[k]);
            }
            return start < 0 ? null : new int[] {start, end};
        }

        /** How many of {@code hashes} the body's own lines hold. */
        int held(long[] hashes) {
            LongSet own = ownHashes();
            int n = 0;
            for (long h : hashes) if (own.contains(h)) n++;
            return n;
        }

        /** The hashes of the shingles on the body's own lines, as a set; made on first use. */
        LongSet ownHashes() {
            if (ownHashes == null) {
                long[] h = new long[run.size()];
                int n = 0;
                for (int k = 0; k < h.length; k++) {
                    if (ownLine[k]) h[n++] = run.hashes()[k];
                }
                ownHashes = new LongSet(Arrays.copyOf(h, n));
            }
            return ownHashes;
        }
    }

    private final Corpus corpus;
    private final Map<Integer, Body> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Body> eldest) {
            return size() > KEPT;
        }
    };

    Bodies(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The shingles of message {@code m}'s body. */
    Body of(int m) {
        return recent.computeIfAbsent(m, k -> {
            String text = corpus.get(k).body();
            Shingles.Run run = Shingles.of(text, 0, text.length());
            return new Body(run, OwnLineShingles.of(text, run));
        });
    }
}
