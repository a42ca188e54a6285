package org.frontierledger.eventstore.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The event store's clock in a test: the real time plus an offset that only grows, so a test tells
 * two moments of the store apart by stepping the clock instead of sleeping. Registered as a JUnit
 * extension ({@code @RegisterExtension final StepClock clock = new StepClock();}), it is the clock
 * Axon stamps new events with during each test, and the system clock is put back after it.
 */
public final class StepClock extends Clock implements BeforeEachCallback, AfterEachCallback {
    /** How far one step moves the clock: more than the store's timestamp precision. */
    private static final Duration STEP = Duration.ofMillis(1);

    private final AtomicLong offsetNanos = new AtomicLong();

    @Override
    public void beforeEach(ExtensionContext context) {
        GenericEventMessage.clock = this;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    /**
     * A moment strictly after every event recorded so far and strictly before every event recorded
     * from now on: the clock steps, the moment is read, the clock steps again.
     */
    public Instant between() {
        offsetNanos.addAndGet(STEP.toNanos());
        Instant moment = instant();
        offsetNanos.addAndGet(STEP.toNanos());
        return moment;
    }

    @Override
    public Instant instant() {
        return Instant.now().plusNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a store clock is in UTC");
    }
}
