package org.listscope.parse.segment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function returned for a line of text, for lines that repeat: replies quote
 * the same attribution lines again and again down a thread. Thread-safe, and bounded: when full it
 * forgets everything, so memory stays flat however long the input. {@code null} results are
 * remembered too.
 *
 * @param <V> the function's result; must be immutable, as every caller for the same line shares it
 */
final class LineMemo<V> {

    private static final Object NONE = new Object();

    private final int capacity;
    private final Function<String, V> function;
    private final Map<String, Object> results = new ConcurrentHashMap<>();

    LineMemo(int capacity, Function<String, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** The function's result for {@code line}, computed once while remembered. */
    @SuppressWarnings("unchecked")
    V get(String line) {
        Object known = results.get(line);
        if (known == null) {
            V computed = function.apply(line);
            if (results.size() >= capacity) results.clear();
            results.put(line, computed == null ? NONE : computed);
            return computed;
        }
        return known == NONE ? null : (V) known;
    }
}
