package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void waitsGrowExponentiallyWithJitterUpToTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), 8);
        for (int i = 0; i < 200; i++) {
            assertThat(b.after(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
            assertThat(b.after(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(b.after(6)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThat(b.after(60)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
        }
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertThat(Backoff.retryAfter("120", now)).contains(Duration.ofMinutes(2));
        assertThat(Backoff.retryAfter("Sat, 28 Nov 2026 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(Backoff.retryAfter("Sat, 28 Nov 2026 11:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(Backoff.retryAfter("soon", now)).isEmpty();
        assertThat(Backoff.retryAfter("-5", now)).isEmpty();
        assertThat(Backoff.retryAfter(null, now)).isEmpty();
    }
}
