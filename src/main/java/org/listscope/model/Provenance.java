package org.listscope.model;

import java.time.Instant;
import java.util.List;

/**
 * Where an export came from, written into every export (a header, a comment or a side file as the
 * format allows), so that a reader of the file can tell how it was made.
 *
 * @param version    the listscope version that wrote it
 * @param query      the search query that selected the messages, or {@code null}
 * @param threadId   the thread asked for with {@code --thread}, or {@code null}
 * @param index      the index folder searched, or {@code null} when the messages came from inputs
 * @param inputs     the archive inputs read when the messages did not come from an index (may be empty)
 * @param onlyMatches whether only the matching messages were exported ({@code --messages}), not their whole threads
 * @param exportedAt when the export was written
 */
public record Provenance(String version, String query, String threadId, String index, List<String> inputs,
                         boolean onlyMatches, Instant exportedAt) {

    /** {@link #selection()} names at most this many inputs; more are counted. */
    public static final int LISTED_INPUTS = 3;

    public Provenance {
        if (version == null || version.isBlank()) throw new IllegalArgumentException("provenance version is required");
        if (exportedAt == null) throw new IllegalArgumentException("provenance time is required");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /**
     * A one-line, human-readable account of what was selected ({@code query "calea" in index/}); of
     * more than {@link #LISTED_INPUTS} inputs only the count and the first are named.
     */
    public String selection() {
        StringBuilder sb = new StringBuilder();
        if (query != null) sb.append("query \"").append(query).append('"');
        if (threadId != null) sb.append(sb.isEmpty() ? "" : ", ").append("thread ").append(threadId);
        if (sb.isEmpty()) sb.append("all messages");
        if (index != null) sb.append(" in index ").append(index);
        if (inputs.size() > LISTED_INPUTS) {
            // every message of a mail export repeats this line: a whole archive's file list would
            // outweigh the messages (the side file lists them all)
            sb.append(" from ").append(inputs.size()).append(" inputs (").append(inputs.get(0)).append(", ...)");
        } else if (!inputs.isEmpty()) {
            sb.append(" from ").append(String.join(", ", inputs));
        }
        sb.append(onlyMatches ? " (matching messages only)" : " (whole threads)");
        return sb.toString();
    }
}
