package org.listscope.parse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.listscope.model.Batch;
import org.listscope.model.Message;
import org.listscope.model.Problem;
import org.listscope.model.ThreadIndex;

/**
 * Reads a whole set of inputs into one {@link Batch}: inputs are parsed on all cores (a small pool,
 * a bounded window of inputs in flight), their records are handed in input order to the
 * {@link DuplicateMerger} (so the result is the same on every run), people are merged by
 * {@link People}, and the closing lines a person repeats become signatures ({@link RepeatedSignatures}).
 */
final class BatchReader {

    /** Inputs parsed ahead of the one being merged; bounds memory to a few inputs' records. */
    private static final int WINDOW = 4;

    private BatchReader() {
    }

    static Batch read(List<Path> paths) {
        Collector top = new Collector();
        List<Input> inputs = Archives.inputs(paths, top);
        DuplicateMerger merger = new DuplicateMerger();
        List<ThreadIndex> indexes = new ArrayList<>(top.indexes);
        List<Problem> problems = new ArrayList<>(top.problems);
        int read = 0;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "listscope-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Collector>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < WINDOW) {
                    Input in = inputs.get(next++);
                    inFlight.add(pool.submit(() -> {
                        Collector c = new Collector();
                        c.read = Archives.read(in, c);
                        return c;
                    }));
                }
                Collector c = await(inFlight.removeFirst());
                if (c.read) read++;
                for (Message m : c.messages) merger.add(m);
                indexes.addAll(c.indexes);
                problems.addAll(c.problems);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Message> messages = RepeatedSignatures.mark(People.merge(merger.messages(indexes)));
        return new Batch(messages, indexes, problems, read, merger.records(), merger.merged());
    }

    private static Collector await(Future<Collector> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading inputs", e);
        } catch (ExecutionException e) {
            // Archives.read turns every failure into a problem; anything else is a bug worth seeing
            throw new IllegalStateException("reading an input failed", e.getCause());
        }
    }

    /** Gathers what parsers deliver for one input; synchronized so that a parser may use threads. */
    static final class Collector implements Sink {
        final List<Message> messages = Collections.synchronizedList(new ArrayList<>());
        final List<ThreadIndex> indexes = Collections.synchronizedList(new ArrayList<>());
        final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        boolean read;

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
