package org.listscope.thread;

import org.listscope.model.BlankRuns;
import org.listscope.model.Message;

/**
 * A quote too short to leave fingerprints ({@link Shingles#K} words or fewer: {@code > On Amiga????},
 * {@code > Crippled?}), read as text: which of an attributed author's messages holds it in its own
 * words tells that author's messages apart where no fingerprint can.
 */
final class ShortQuotes {

    /** The fewest characters a short quote needs to tell messages apart (not {@code > Yes.}). */
    static final int MIN_CHARS = 8;

    private ShortQuotes() {
    }

    /**
     * The words message {@code m} quotes once, white space collapsed, where there are {@link
     * #MIN_CHARS} characters of them or more but no more than {@link Shingles#K} words; else {@code null}.
     */
    static String of(Message m) {
        String quoted = BlankRuns.collapse(QuoteLines.of(m).quoted());
        if (quoted.length() < MIN_CHARS || quoted.chars().noneMatch(Character::isLetter)) return null;
        int words = quoted.split(" ").length;
        return words <= Shingles.K ? quoted : null;
    }

    /** Whether the own words of message {@code m} hold {@code quote} (white space collapsed in both). */
    static boolean holds(Message m, String quote) {
        return BlankRuns.collapse(QuoteLines.of(m).own()).contains(quote);
    }
}
