package org.listscope.crawl;

/**
 * One line of the manifest: one fetch and what came of it.
 *
 * @param url the URL requested
 * @param time when (ISO-8601 instant)
 * @param status the final HTTP status (304: the kept copy is still current)
 * @param sha256 the hex SHA-256 of the kept body, or null
 * @param length the body's length in bytes, or null
 * @param etag the ETag, or null
 * @param lastModified the Last-Modified header, or null
 * @param contentType the Content-Type, or null
 * @param path the kept file, relative to the crawl folder, or null
 * @param location where a redirect pointed, or null
 * @param warc the WARC file holding the exchange, or null
 * @param problem what was wrong with an otherwise kept body (e.g. a truncated gzip), or null
 */
public record ManifestEntry(String url, String time, int status, String sha256, Long length, String etag,
                            String lastModified, String contentType, String path, String location, String warc,
                            String problem) {

    public ManifestEntry {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("manifest entry needs a url");
    }

    /** Whether this entry points at a kept copy of the URL's content. */
    public boolean hasContent() {
        return (status == 200 || status == 304) && path != null && sha256 != null && length != null;
    }
}
