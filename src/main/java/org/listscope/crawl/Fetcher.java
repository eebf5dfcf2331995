package org.listscope.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET with retries: waits its turn at the {@link RateLimiter}, sends a conditional request when
 * validators are known, caps the response size and the time to the last byte, and retries 408,
 * 429, 5xx, timeouts and broken connections with exponential backoff or the server's Retry-After
 * (which also pauses the whole host). Every request, retried ones included, goes to the
 * {@link Recorder}, with its response where one came whole. Redirects are returned, not followed. Thread-safe.
 */
public final class Fetcher {

    /** Receives every request sent (for the WARC): with its complete response, or without one. */
    public interface Recorder {
        /** A request and its complete response. */
        void record(Exchange exchange) throws IOException;

        /** A request that got no complete response (timeout, broken connection, too large). */
        void unanswered(URI uri, Instant time, List<Map.Entry<String, String>> requestHeaders, String reason) throws IOException;
    }

    /** What a fetch ended with. */
    public sealed interface Result {
        /** The number of requests sent. */
        int attempts();
    }

    /** A complete response (any status, after retries where the status was transient). */
    public record Response(Exchange exchange, int attempts) implements Result {
    }

    /** No usable response: what went wrong, in one line. */
    public record Failure(String reason, int attempts) implements Result {
    }

    /** The validators of an earlier fetch, for a conditional request; either may be null. */
    public record Validators(String etag, String lastModified) {
        /** No earlier fetch. */
        public static final Validators NONE = new Validators(null, null);
    }

    private final HttpClient client;
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;
    private final Recorder recorder;

    /**
     * @param limiter politeness shared by all fetches of a crawl
     * @param backoff waits between attempts and how many attempts
     * @param timeout the longest wait for a whole response, first byte to last
     * @param maxBytes the largest response body accepted
     * @param userAgent the User-Agent header
     * @param recorder where complete exchanges go
     */
    public Fetcher(RateLimiter limiter, Backoff backoff, Duration timeout, long maxBytes, String userAgent, Recorder recorder) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.limiter = limiter;
        this.backoff = backoff;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.recorder = recorder;
    }

    /** Fetches a URL; blocks for politeness waits and retries. */
    public Result fetch(URI uri, Validators validators) throws InterruptedException {
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        String lastProblem = null;
        for (int attempt = 1; ; attempt++) {
            Exchange ex = null;
            Duration serverWait = null;
            List<Map.Entry<String, String>> sent = requestHeaders(host, validators);
            Instant time = Instant.now();
            limiter.acquire(host);
            try {
                ex = send(uri, sent, time);
            } catch (CappedBody.TooLarge e) {
                lastProblem = e.getMessage();
                unanswered(uri, time, sent, lastProblem);
                return new Failure(lastProblem, attempt);
            } catch (IOException e) {
                lastProblem = describe(e);
                unanswered(uri, time, sent, lastProblem);
            } finally {
                limiter.release();
            }
            if (ex != null) {
                try {
                    recorder.record(ex);
                } catch (IOException e) {
                    return new Failure("cannot write the WARC record: " + e.getMessage(), attempt);
                }
                if (!transientStatus(ex.status())) return new Response(ex, attempt);
                lastProblem = "HTTP " + ex.status() + " " + ex.reason();
                Optional<Duration> ra = Backoff.retryAfter(ex.header("Retry-After").orElse(null), Instant.now());
                if (ra.isPresent()) {
                    if (ra.get().compareTo(backoff.cap()) > 0) {
                        return new Failure(lastProblem + "; the server asked to wait " + ra.get().toSeconds()
                                + " s, longer than the " + backoff.cap().toSeconds() + " s cap", attempt);
                    }
                    serverWait = ra.get();
                }
                if (attempt >= backoff.attempts()) return new Response(ex, attempt);
            } else if (attempt >= backoff.attempts()) {
                return new Failure(lastProblem + " (" + attempt + (attempt == 1 ? " attempt)" : " attempts)"), attempt);
            }
            Duration wait = serverWait != null ? serverWait : backoff.after(attempt);
            if (serverWait != null || (ex != null && (ex.status() == 429 || ex.status() == 503))) {
                limiter.pause(host, wait); // the server is overloaded: slow down for every URL on it
            }
            Thread.sleep(wait.toMillis());
        }
    }

    /** Whether a status is worth retrying. */
    static boolean transientStatus(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private void unanswered(URI uri, Instant time, List<Map.Entry<String, String>> sent, String reason) {
        try {
            recorder.unanswered(uri, time, sent, reason);
        } catch (IOException e) {
            // the failure itself is reported; a missing request record is not worth a second one
        }
    }

    /** The headers of a request, {@code Host} first (the JDK client adds it; it is listed for the WARC). */
    private List<Map.Entry<String, String>> requestHeaders(String host, Validators validators) {
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        sent.add(Map.entry("Host", host));
        sent.add(Map.entry("User-Agent", userAgent));
        sent.add(Map.entry("Accept", "text/html,text/plain;q=0.9,*/*;q=0.8"));
        if (validators.etag() != null) sent.add(Map.entry("If-None-Match", validators.etag()));
        if (validators.lastModified() != null) sent.add(Map.entry("If-Modified-Since", validators.lastModified()));
        return sent;
    }

    private Exchange send(URI uri, List<Map.Entry<String, String>> sent, Instant time) throws IOException, InterruptedException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(timeout);
        for (Map.Entry<String, String> h : sent) {
            if (!h.getKey().equals("Host")) rb.header(h.getKey(), h.getValue());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(rb.build(), CappedBody.handler(maxBytes));
        try {
            HttpResponse<byte[]> r = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(uri, time, sent, r.statusCode(), r.headers().map(), r.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c != null && !(c instanceof IOException) && c.getCause() != null) c = c.getCause();
            if (c instanceof IOException io) throw io;
            throw new IOException(c == null ? "request failed" : c.toString(), c);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof HttpConnectTimeoutException) return "connect timed out";
        if (e instanceof HttpTimeoutException) return "timed out: " + e.getMessage();
        if (e instanceof ConnectException) return "connection refused";
        String m = e.getMessage();
        return "connection failed: " + (m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }
}
