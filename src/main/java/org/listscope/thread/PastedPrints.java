package org.listscope.thread;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.listscope.model.Author;

/**
 * Text a reply pasted without quote marks from an earlier message of someone else: the
 * fingerprints of the reply's own text ({@link QuoteLines#own}) that stand in a run of at least
 * {@link #MIN_WORDS} words which that message's own text holds. {@link InferenceLinker} reads them
 * as the reply's quoted text where its quotes find no parent.
 *
 * <p>Candidates are found as {@link CopiedText} finds them ({@link PrintRuns}): earlier messages
 * sharing a run of {@link CopiedText#MIN_PRINTS} fingerprints in the own-text index; the
 * {@link #MAX_SOURCES} sharing the longest runs are then compared shingle by shingle, so that only
 * a run of whole words counts. The poster's own earlier words and Mailman's sender-less fragments
 * are no source. One instance per linking run (it is not thread-safe).
 */
final class PastedPrints {

    /** Words a pasted run must have: shorter ones are stock phrases. */
    static final int MIN_WORDS = CopiedText.MIN_WORDS;
    /** Earlier messages compared shingle by shingle per reply, those sharing the longest runs of fingerprints first. */
    static final int MAX_SOURCES = 4;
    /** How much older than the reply a source of another subject, named above the pasted words, may be. */
    static final int NAMED_DAYS = InferenceLinker.ONE_PRINT_DAYS;

    private static final long[] NONE = new long[0];

    private final Corpus corpus;
    /** The earlier messages sharing the current reply's fingerprints; empty outside {@link #of}. */
    private final PrintRuns shared;

    /** Pasted text among the messages of {@code corpus}, whose earlier messages' own text {@code own} indexes. */
    PastedPrints(Corpus corpus, ShingleIndex own) {
        this.corpus = corpus;
        this.shared = new PrintRuns(corpus, own);
    }

    /**
     * The fingerprints of the runs of {@link #MIN_WORDS} words or more of message {@code i}'s own
     * text {@code ownText} (whose fingerprints are {@code prints}, in text order) that the own text
     * of an earlier message of its topic by someone else holds ({@link #sources}); none where no
     * such run stands in it.
     */
    long[] of(int i, String ownText, long[] prints, String[] sayers) {
        List<Integer> sources = sources(i, prints, sayers);
        if (sources.isEmpty()) return NONE;
        Shingles.Run run = Shingles.of(ownText, 0, ownText.length());
        boolean[] pasted = new boolean[run.size()];
        boolean any = false;
        for (int c : sources) {
            String theirs = QuoteLines.of(corpus.get(c)).own();
            any |= mark(run.hashes(), new LongSet(Shingles.of(theirs, 0, theirs.length()).hashes()), pasted);
        }
        return any ? printsOfRuns(run.hashes(), pasted) : NONE;
    }

    /**
     * The earlier messages of message {@code i}'s topic ({@link Corpus#sameTopic}) by someone other
     * than its poster that share a run of {@link CopiedText#MIN_PRINTS} of its fingerprints
     * {@code prints} (places at most {@link CopiedText#PRINT_GAP} apart), at most
     * {@link #MAX_SOURCES}, the longest runs first. Text pasted from a message of another subject
     * is most often a document cited (a FAQ, an article, the list's welcome message), not the
     * message answered.
     */
    private List<Integer> sources(int i, long[] prints, String[] sayers) {
        for (int k = 0; k < prints.length; k++) shared.add(i, prints[k], k);
        Author poster = corpus.get(i).from();
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < shared.size(); t++) {
            int c = shared.touched(t);
            Author by = corpus.get(c).from();
            if (shared.longest(c) < CopiedText.MIN_PRINTS || !(corpus.sameTopic(i, c) || named(i, c, sayers))
                    || CopiedText.samePerson(by, poster)) continue;
            if (Author.MAILMAN_PLACEHOLDER.equalsIgnoreCase(by.address())) continue;
            out.add(c);
        }
        out.sort((a, b) -> shared.longest(a) != shared.longest(b) ? Integer.compare(shared.longest(b), shared.longest(a))
                : Integer.compare(corpus.rank[a], corpus.rank[b]));
        shared.clear();
        return out.subList(0, Math.min(out.size(), MAX_SOURCES));
    }

    /**
     * Whether one of {@code sayers}, the names message {@code i}'s own lines give before a verb of
     * saying ({@link CopiedText#namesBeforeSaying}: {@code Black Unicorn writes:}), names the
     * author of {@code c}, at most {@link #NAMED_DAYS} days before it: a reply under a subject of its
     * own that pastes what it answers below its author's name (Sandy Sandfort's, in cypherpunks).
     */
    boolean named(int i, int c, String[] sayers) {
        if (sayers.length == 0 || corpus.time[i] - corpus.time[c] > NAMED_DAYS * InferenceLinker.DAY) return false;
        Author by = corpus.get(c).from();
        for (String who : sayers) {
            if (Authors.names(who, by)) return true;
        }
        return false;
    }

    /**
     * Marks in {@code pasted} the runs of {@code hashes} that {@code held} holds and that make
     * {@link #MIN_WORDS} words or more, bridging up to {@link CopiedText#GAP} shingles (a word or
     * two changed); returns whether it marked any.
     */
    static boolean mark(long[] hashes, LongSet held, boolean[] pasted) {
        boolean any = false;
        int k = 0;
        while (k < hashes.length) {
            if (!held.contains(hashes[k])) {
                k++;
                continue;
            }
            int first = k;
            int last = k;
            int matched = 1;
            for (int j = k + 1; j < hashes.length && j - last <= CopiedText.GAP; j++) {
                if (held.contains(hashes[j])) {
                    last = j;
                    matched++;
                }
            }
            k = last + 1;
            if (matched + Shingles.K - 1 < MIN_WORDS) continue;
            Arrays.fill(pasted, first, last + 1, true);
            any = true;
        }
        return any;
    }

    /** The winnowed fingerprints of each marked run of {@code hashes}, one run after the other. */
    private static long[] printsOfRuns(long[] hashes, boolean[] marked) {
        long[] out = new long[0];
        for (int k = 0; k < hashes.length; ) {
            if (!marked[k]) {
                k++;
                continue;
            }
            int end = k;
            while (end < hashes.length && marked[end]) end++;
            long[] f = Shingles.fingerprints(Arrays.copyOfRange(hashes, k, end));
            int at = out.length;
            out = Arrays.copyOf(out, at + f.length);
            System.arraycopy(f, 0, out, at, f.length);
            k = end;
        }
        return out;
    }
}
