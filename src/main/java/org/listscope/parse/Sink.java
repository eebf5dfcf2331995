package org.listscope.parse;

import java.util.function.UnaryOperator;
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

    /** This sink, given each message as {@code change} makes it; thread indexes and problems as they are. */
    default Sink changing(UnaryOperator<Message> change) {
        Sink to = this;
        return new Sink() {
            @Override
            public void message(Message message) {
                to.message(change.apply(message));
            }

            @Override
            public void threadIndex(ThreadIndex index) {
                to.threadIndex(index);
            }

            @Override
            public void problem(Problem problem) {
                to.problem(problem);
            }
        };
    }
}
