package org.listscope.index;

import java.io.IOException;

/** The index holds documents of another {@link Schema} version, so it is not added to; the message says what to do. */
public final class StaleIndexException extends IOException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message is the one line to show: which index, which versions, what to do. */
    public StaleIndexException(String message) {
        super(message);
    }
}
