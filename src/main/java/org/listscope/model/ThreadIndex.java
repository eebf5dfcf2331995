package org.listscope.model;

import java.util.List;

/**
 * A list archive's own thread index (pipermail's {@code thread.html}): who replies to whom, as the
 * archive software recorded it.
 *
 * @param source  where the index was read (path or URL)
 * @param list    the list name in lower case, where known
 * @param entries one entry per message the index names, in index order
 */
public record ThreadIndex(String source, String list, List<Entry> entries) {

    public ThreadIndex {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * One message in the index.
     *
     * @param url       the message page, resolved against the index's location (path or URL)
     * @param parentUrl the parent's page, or {@code null} for a thread root
     * @param key       the archive's own sort key for the entry (pipermail's comment key), or {@code null}
     * @param subject   the subject as the index shows it
     * @param author    the author as the index shows it
     */
    public record Entry(String url, String parentUrl, String key, String subject, String author) {
    }
}
