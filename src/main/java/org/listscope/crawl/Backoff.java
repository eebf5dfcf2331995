package org.listscope.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying: exponential ({@code base * 2^(attempt-1)}, with up to 50%
 * jitter) up to a cap, or what the server's Retry-After says.
 *
 * @param base the first wait
 * @param cap the longest wait; a Retry-After beyond it makes the failure permanent
 * @param attempts the number of attempts in all, the first included
 */
public record Backoff(Duration base, Duration cap, int attempts) {

    public Backoff {
        if (base.isNegative() || cap.isNegative()) throw new IllegalArgumentException("backoff must not be negative");
        if (attempts < 1) throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }

    /** The wait after the given failed attempt (1 for the first). */
    public Duration after(int attempt) {
        long baseMs = base.toMillis();
        long ms = attempt >= 31 ? Long.MAX_VALUE : baseMs << Math.max(0, attempt - 1);
        if (ms < 0 || ms > cap.toMillis()) ms = cap.toMillis();
        long jitter = ms / 2 == 0 ? 0 : ThreadLocalRandom.current().nextLong(ms / 2 + 1);
        return Duration.ofMillis(ms - jitter);
    }

    /** A Retry-After header value (seconds or an HTTP date) as a wait from {@code now}. */
    public static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
