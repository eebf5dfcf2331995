package org.listscope.crawl;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Politeness: at most {@code concurrency} requests in flight, request starts to one host at least
 * {@code delay} apart, and a host paused as a whole when it asks for it (Retry-After, 429, 503).
 * Thread-safe.
 */
public final class RateLimiter {

    private final Semaphore slots;
    private volatile long delayNanos;
    private final Map<String, Long> nextStart = new HashMap<>();
    private final Clock clock;

    /** Time and sleeping, replaceable in tests. */
    interface Clock {
        long nanoTime();

        void sleepNanos(long nanos) throws InterruptedException;

        Clock SYSTEM = new Clock() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos) throws InterruptedException {
                if (nanos > 0) Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        };
    }

    /** A limiter with the given per-host delay and number of concurrent requests. */
    public RateLimiter(Duration delay, int concurrency) {
        this(delay, concurrency, Clock.SYSTEM);
    }

    RateLimiter(Duration delay, int concurrency, Clock clock) {
        if (delay.isNegative()) throw new IllegalArgumentException("delay must not be negative: " + delay);
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        this.slots = new Semaphore(concurrency, true);
        this.delayNanos = delay.toNanos();
        this.clock = clock;
    }

    /** Raises the per-host delay (a robots.txt Crawl-delay); never lowers it. */
    public void atLeast(Duration delay) {
        delayNanos = Math.max(delayNanos, delay.toNanos());
    }

    /** The per-host delay in force. */
    public Duration delay() {
        return Duration.ofNanos(delayNanos);
    }

    /**
     * Waits for a free slot and for the host's turn; the caller must {@link #release()} after the
     * request.
     */
    public void acquire(String host) throws InterruptedException {
        slots.acquire();
        try {
            long wait;
            synchronized (this) {
                long now = clock.nanoTime();
                long start = Math.max(now, nextStart.getOrDefault(host, now));
                nextStart.put(host, start + delayNanos);
                wait = start - now;
            }
            clock.sleepNanos(wait);
        } catch (InterruptedException | RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Gives back the slot taken by {@link #acquire(String)}. */
    public void release() {
        slots.release();
    }

    /** Starts no request to the host before {@code pause} from now has passed. */
    public synchronized void pause(String host, Duration pause) {
        long until = clock.nanoTime() + pause.toNanos();
        nextStart.merge(host, until, Math::max);
    }
}
