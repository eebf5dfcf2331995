package org.listscope.annotate.eval;

/**
 * An annotation reduced to what is scored.
 *
 * @param type       {@code citation} or {@code claim}
 * @param kind       its kind
 * @param start      first body offset
 * @param end        offset after the last char
 * @param normalized a citation's canonical form, or {@code null}
 */
public record Span(String type, String kind, int start, int end, String normalized) {

    /** Whether two spans share at least one char. */
    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }
}
