package org.listscope.thread;

/**
 * The fingerprints of a message's own text that earlier messages hold too, with where each stands
 * among all the fingerprints of that text (they come in text order), so that a run of words shared
 * with one message shows as fingerprints at consecutive places.
 *
 * @param prints the shared fingerprints, in text order
 * @param at     for each, its place among all the text's fingerprints
 */
record SharedPrints(long[] prints, int[] at) {

    private static final SharedPrints NONE = new SharedPrints(new long[0], new int[0]);

    /** The fingerprints of {@code all} at the places {@code at}. */
    static SharedPrints of(long[] all, int[] at) {
        if (at.length == 0) return NONE;
        long[] prints = new long[at.length];
        for (int k = 0; k < at.length; k++) prints[k] = all[at[k]];
        return new SharedPrints(prints, at);
    }

    int size() {
        return prints.length;
    }
}
