package org.listscope.parse;

import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;

/** Where parsers deliver what they read. Called from one thread per input. */
public interface Sink {

    /** A message read. */
    void message(Message message);

    /** An archive's thread index read (pipermail {@code thread.html}). */
    default void threadIndex(ThreadIndex index) {
    }

    /** A record or input that could not be read, with the reason. */
    void problem(Problem problem);
}
