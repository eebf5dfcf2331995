package org.listscope.annotate;

/**
 * What one pass over a text finds for the sentence stages ({@link Claims}, {@link MessageTopics}):
 * where the words that may anchor a claim start, and which lookalikes of legal words it can hold.
 *
 * @param words where the words start ({@link Words#anchors}), ascending
 * @param hints the lookalikes ({@link Lookalikes#hints})
 */
record Anchors(int[] words, int hints) {

    /** The anchors of a text. */
    static Anchors of(Text text) {
        int[] words = Words.anchors(text.lower());
        return new Anchors(words, Lookalikes.hints(text.clean(), text.lower(), words));
    }
}
