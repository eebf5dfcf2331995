package org.listscope.model;

/**
 * An input, or a record inside one, that could not be read. Reported, never dropped silently.
 *
 * @param source the file path or URL, with a record number where it is one record of many
 * @param reason one line saying what is wrong
 */
public record Problem(String source, String reason) {

    public Problem {
        if (source == null) throw new IllegalArgumentException("problem source is required");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("problem reason is required");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
