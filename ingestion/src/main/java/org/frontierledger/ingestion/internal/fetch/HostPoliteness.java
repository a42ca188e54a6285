package org.frontierledger.ingestion.internal.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.frontierledger.ingestion.IngestException;

/**
 * One request at a time per host, with a pause between two requests to the same host, and a
 * longer pause when the host asked for one ({@code Retry-After}). Requests to different hosts
 * never wait for each other. Thread-safe; a waiting thread sleeps (cheap on a virtual thread).
 *
 * <p>Why per host and not per source: several sources (a feed and the pages its entries link to,
 * or two feeds of one site) often share a host, and it is the host that must not be hammered.
 */
public final class HostPoliteness {
    private final Duration delay;
    private final Duration longestHoldOff;
    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Politeness with this pause between requests to a host, obeying holds-off up to a limit. */
    public HostPoliteness(Duration delay, Duration longestHoldOff) {
        this.delay = delay;
        this.longestHoldOff = longestHoldOff;
    }

    /** Runs one request to {@code host} when the host's turn comes, then starts its pause. */
    <T> T request(String host, Supplier<T> exchange) {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), key -> new Slot());
        try {
            slot.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException("interrupted while waiting for " + host, e);
        }
        try {
            slot.awaitTurn(host);
            try {
                return exchange.get();
            } finally {
                slot.nextAllowed.accumulateAndGet(System.nanoTime() + delay.toNanos(), Math::max);
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /** Asks the next request to {@code host} to wait at least {@code wait} (capped at the configured limit). */
    void holdOff(String host, Duration wait) {
        Duration capped = wait.compareTo(longestHoldOff) > 0 ? longestHoldOff : wait;
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), key -> new Slot());
        long until = System.nanoTime() + capped.toNanos();
        slot.nextAllowed.accumulateAndGet(until, Math::max);
    }

    /** The pause between two requests to one host. */
    public Duration delay() {
        return delay;
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock(true);
        final AtomicLong nextAllowed = new AtomicLong(System.nanoTime());

        void awaitTurn(String host) {
            long wait;
            while ((wait = nextAllowed.get() - System.nanoTime()) > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestException("interrupted while waiting for " + host, e);
                }
            }
        }
    }
}
