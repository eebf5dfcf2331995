package org.listscope.annotate.eval;

/**
 * An annotation reduced to what is scored.
 *
 * @param type       {@code citation} or {@code claim}
 * @param kind       its kind
 * @param start      first body offset
 * @param end        offset after the last char
 * @param normalized a citation's canonical form, or {@code null}
 * @param confidence the system's confidence in a prediction (0..1), or NaN where none is given
 *                   (gold spans, baselines, a second reader)
 */
public record Span(String type, String kind, int start, int end, String normalized, double confidence) {

    /** A span without a confidence. */
    public Span(String type, String kind, int start, int end, String normalized) {
        this(type, kind, start, end, normalized, Double.NaN);
    }

    /** Whether two spans share at least one char. */
    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
