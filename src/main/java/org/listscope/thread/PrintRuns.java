package org.listscope.thread;

/**
 * The earlier messages that hold a message's own-text fingerprints, found in the own-text index:
 * per earlier message, how many it shares and the longest run of them (places at most
 * {@link CopiedText#PRINT_GAP} apart among the message's fingerprints). What {@link CopiedText}
 * and {@link PastedPrints} pick their candidate sources from. One message at a time: {@link #clear}
 * before the next; not thread-safe.
 */
final class PrintRuns {

    private final Corpus corpus;
    private final ShingleIndex own;
    private final HitCounts hits;
    /** Per earlier message: the shared fingerprints in the current run, the longest run, the place of the last one. */
    private final int[] streak;
    private final int[] longest;
    private final int[] lastAt;

    /** Runs among the messages of {@code corpus}, whose own text {@code own} indexes. */
    PrintRuns(Corpus corpus, ShingleIndex own) {
        this.corpus = corpus;
        this.own = own;
        this.hits = new HitCounts(corpus.size());
        this.streak = new int[corpus.size()];
        this.longest = new int[corpus.size()];
        this.lastAt = new int[corpus.size()];
    }

    /** Counts fingerprint {@code print}, at place {@code place} of message {@code i}, for each message before {@code i} that holds it. */
    void add(int i, long print, int place) {
        own.forEach(print, c -> {
            if (c == i || !corpus.before(c, i)) return;
            int h = hits.add(c);
            streak[c] = h > 1 && place - lastAt[c] <= CopiedText.PRINT_GAP ? streak[c] + 1 : 1;
            lastAt[c] = place;
            longest[c] = Math.max(longest[c], streak[c]);
        });
    }

    /** How many earlier messages share a fingerprint. */
    int size() {
        return hits.size();
    }

    /** The {@code t}-th of them. */
    int touched(int t) {
        return hits.touched(t);
    }

    /** How many fingerprints message {@code c} shares. */
    int shared(int c) {
        return hits.get(c);
    }

    /** The longest run of them. */
    int longest(int c) {
        return longest[c];
    }

    /** Forgets the message counted, for the next one. */
    void clear() {
        for (int t = 0; t < hits.size(); t++) {
            int c = hits.touched(t);
            streak[c] = longest[c] = lastAt[c] = 0;
        }
        hits.clear();
    }
}
