package org.listscope.model;

/**
 * Where a message was read from.
 *
 * @param path   a local file path, or {@code null}
 * @param url    a URL (WARC target URI, crawl URL), or {@code null}
 * @param format the source format: {@code pipermail-html}, {@code pipermail-txt}, {@code mbox},
 *               {@code rendering}, {@code warc}, ...
 */
public record Source(String path, String url, String format) {

    public Source {
        if (format == null || format.isBlank()) throw new IllegalArgumentException("source format is required");
    }
}
