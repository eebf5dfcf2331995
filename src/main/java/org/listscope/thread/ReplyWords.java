package org.listscope.thread;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * How much two messages' own words have in common: the cosine of their tf-idf vectors, with the
 * document frequencies of the corpus. A reply without quotes most often answers the latest
 * message of its subject, but where its words are those of another message of the subject, that
 * one is more often the message it answers ({@link InferenceLinker}'s subject links).
 *
 * <p>A word is a run of three or more ASCII letters, digits, {@code _} or {@code '} opening with a
 * letter, lower-cased, outside a list of common English words. Words are kept as their
 * {@link String#hashCode} (a word of the same hash as a common word is left out too). The document
 * frequencies are counted at the first comparison, in about {@link #SAMPLE} messages spread evenly
 * over the corpus, in a table of 2<sup>20</sup> slots where two words of one slot share their count.
 * The vectors of the messages compared are kept.
 */
final class ReplyWords {

    private static final int SLOTS = 1 << 20;
    /** How many messages' words the document frequencies are counted in, at most and about. */
    private static final int SAMPLE = 8_000;
    /** The hashes of common English words, left out. */
    private static final Set<Integer> COMMON = Stream.of(("the and for that this with you are have not but was from they can what "
            + "your all there will would about which their when one has had been more some just like out into than them then only "
            + "any also its our who were how may other even because could should does such these those very much being did get "
            + "got use used well here want need make see way know think").split(" "))
            .map(String::hashCode).collect(Collectors.toUnmodifiableSet());

    private final Corpus corpus;
    /** Counted at the first comparison. */
    private Frequencies frequencies;
    private final Map<Integer, Vector> vectors = new HashMap<>();

    ReplyWords(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The cosine of messages {@code a}'s and {@code b}'s own words, from 0 (none shared) to 1. */
    double similarity(int a, int b) {
        Vector va = vector(a);
        Vector vb = vector(b);
        if (va.norm == 0 || vb.norm == 0) return 0;
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < va.words.length && j < vb.words.length) {
            if (va.words[i] < vb.words[j]) i++;
            else if (va.words[i] > vb.words[j]) j++;
            else dot += va.weights[i++] * vb.weights[j++];
        }
        return dot / (va.norm * vb.norm);
    }

    private Vector vector(int i) {
        if (frequencies == null) frequencies = Frequencies.of(corpus);
        return vectors.computeIfAbsent(i, k -> weigh(words(corpus.get(k).ownText())));
    }

    private Vector weigh(int[] sorted) {
        int[] words = new int[sorted.length];
        double[] weights = new double[sorted.length];
        double norm = 0;
        int d = 0;
        for (int k = 0; k < sorted.length; d++) {
            int end = k;
            while (end < sorted.length && sorted[end] == sorted[k]) end++;
            words[d] = sorted[k];
            weights[d] = (1 + Math.log(end - k)) * frequencies.idf(sorted[k]);
            norm += weights[d] * weights[d];
            k = end;
        }
        return new Vector(Arrays.copyOf(words, d), Arrays.copyOf(weights, d), Math.sqrt(norm));
    }

    /** The hashes of a text's words, sorted, each as often as it occurs. */
    static int[] words(String text) {
        int[] out = new int[64];
        int n = 0;
        int hash = 0;
        int length = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c >= 'a' && c <= 'z' || length > 0 && (c >= '0' && c <= '9' || c == '_' || c == '\'')) {
                hash = 31 * hash + c;
                length++;
                continue;
            }
            if (length >= 3 && !COMMON.contains(hash)) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = hash;
            }
            hash = 0;
            length = 0;
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    /** In how many of {@code documents} messages each word's slot occurs. */
    private record Frequencies(int[] counts, int documents) {

        /** The frequencies of every message's words, or of every so many messages' for about {@link #SAMPLE}. */
        static Frequencies of(Corpus corpus) {
            int step = Math.max(1, (corpus.size() + SAMPLE - 1) / SAMPLE);
            int[][] words = new int[(corpus.size() + step - 1) / step][];
            IntStream.range(0, words.length).parallel().forEach(k -> words[k] = words(corpus.get(k * step).ownText()));
            int[] counts = new int[SLOTS];
            for (int[] sorted : words) {
                for (int k = 0; k < sorted.length; k++) {
                    if (k == 0 || sorted[k] != sorted[k - 1]) counts[slot(sorted[k])]++;
                }
            }
            return new Frequencies(counts, words.length);
        }

        double idf(int word) {
            return Math.max(0, Math.log((double) documents / (1 + counts[slot(word)])));
        }

        private static int slot(int hash) {
            return (hash ^ (hash >>> 16)) * 0x9E3779B1 >>> 12;
        }
    }

    private record Vector(int[] words, double[] weights, double norm) {
    }
}
