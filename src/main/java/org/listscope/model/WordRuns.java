package org.listscope.model;

/** Counts words, as runs of letters and digits, in a span of text: how long a line is, in words. */
public final class WordRuns {

    private WordRuns() {
    }

    /** Words (runs of letters and digits) in {@code text[from, to)}. */
    public static int count(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int p = from; p < to; p++) {
            boolean w = Character.isLetterOrDigit(text.charAt(p));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }
}
