package org.listscope.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;

/** Reads a whole set of inputs into one {@link Batch}. */
final class BatchReader {

    private BatchReader() {
    }

    static Batch read(List<Path> paths) {
        Collector sink = new Collector();
        List<Input> inputs = Archives.inputs(paths, sink);
        int read = 0;
        for (Input in : inputs) {
            if (Archives.read(in, sink)) read++;
        }
        return new Batch(sink.messages, sink.indexes, sink.problems, read, sink.messages.size(), 0);
    }

    /** Gathers what parsers deliver; synchronized so that inputs may be read in parallel. */
    static final class Collector implements Sink {
        final List<Message> messages = Collections.synchronizedList(new ArrayList<>());
        final List<ThreadIndex> indexes = Collections.synchronizedList(new ArrayList<>());
        final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void message(Message message) {
            messages.add(message);
        }

        @Override
        public void threadIndex(ThreadIndex index) {
            indexes.add(index);
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    }
}
