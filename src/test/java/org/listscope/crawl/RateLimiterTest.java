package org.listscope.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock that only moves when slept on. */
    static final class FakeClock implements RateLimiter.Clock {
        long now;
        final List<Long> starts = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepNanos(long nanos) {
            if (nanos > 0) now += nanos;
        }
    }

    @Test
    void requestStartsToOneHostAreAtLeastTheDelayApart() throws Exception {
        FakeClock clock = new FakeClock();
        RateLimiter l = new RateLimiter(Duration.ofSeconds(1), 2, clock);
        for (int i = 0; i < 5; i++) {
            l.acquire("a");
            clock.starts.add(clock.now);
            l.release();
        }
        assertThat(clock.starts).containsExactly(0L, 1_000_000_000L, 2_000_000_000L, 3_000_000_000L, 4_000_000_000L);
    }

    @Test
    void otherHostsDoNotWaitAndAPauseHoldsTheHostBack() throws Exception {
        FakeClock clock = new FakeClock();
        RateLimiter l = new RateLimiter(Duration.ofSeconds(1), 4, clock);
        l.acquire("a");
        l.acquire("b");
        assertThat(clock.now).isZero();
        l.release();
        l.release();
        l.pause("a", Duration.ofSeconds(30));
        l.acquire("a");
        assertThat(clock.now).isEqualTo(30_000_000_000L);
        l.release();
        l.atLeast(Duration.ofSeconds(5));
        l.atLeast(Duration.ofSeconds(2));
        assertThat(l.delay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noMoreThanConcurrencyRequestsAreInFlight() throws Exception {
        RateLimiter l = new RateLimiter(Duration.ZERO, 2);
        l.acquire("a");
        l.acquire("a");
        Thread third = new Thread(() -> {
            try {
                l.acquire("a");
                l.release();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        third.start();
        third.join(200);
        assertThat(third.isAlive()).isTrue();
        l.release();
        third.join(5000);
        assertThat(third.isAlive()).isFalse();
        l.release();
    }
}
