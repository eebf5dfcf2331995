package org.listscope.index;

/** What the indexer tells its caller while it runs; called from the indexer's own thread. */
public interface Progress {

    /** Nothing is shown. */
    Progress NONE = new Progress() {
    };

    /** The work is known: {@code inputs} inputs to read, {@code bytes} bytes in total. */
    default void start(int inputs, long bytes) {
    }

    /** A chunk of inputs was read: how many, their size, how many records they held. */
    default void chunkRead(int inputs, long bytes, int records) {
    }

    /** Messages were written to the index. */
    default void written(int messages) {
    }

    /** The run is over (also after a failure). */
    default void finish() {
    }
}
