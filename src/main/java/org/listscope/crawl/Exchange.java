package org.listscope.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request and its complete response, as recorded: the headers we sent, the status, the
 * response headers and body as received (no content decoding).
 *
 * @param uri the URL requested
 * @param time when the request started
 * @param requestHeaders the headers sent, in order
 * @param status the HTTP status
 * @param responseHeaders the response headers (names as received)
 * @param body the response body
 */
public record Exchange(URI uri, Instant time, List<Map.Entry<String, String>> requestHeaders, int status,
                       Map<String, List<String>> responseHeaders, byte[] body) {

    public Exchange {
        if (status < 100 || status > 999) throw new IllegalArgumentException("bad HTTP status " + status);
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = Map.copyOf(responseHeaders);
    }

    /** The first value of a response header, names compared without case. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, List<String>> e : responseHeaders.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return Optional.of(e.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** The media type without parameters, lower case, or empty. */
    public String mediaType() {
        String ct = header("Content-Type").orElse("");
        int semi = ct.indexOf(';');
        return (semi >= 0 ? ct.substring(0, semi) : ct).trim().toLowerCase(Locale.ROOT);
    }

    /** The standard reason phrase for the status (HTTP/1.1 clients are not given the server's). */
    public String reason() {
        return switch (status) {
            case 200 -> "OK";
            case 206 -> "Partial Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status " + status;
        };
    }
}
