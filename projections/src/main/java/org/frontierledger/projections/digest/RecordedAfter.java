package org.frontierledger.projections.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * What the event store recorded after an instant: whether anything was (then the read models hold
 * more than was known at that instant, and an "as of" digest must be replayed), and which claims.
 *
 * <p>Cost: reads only the events stored from {@value #SKEW_MINUTES} minutes before the instant
 * on, so asking about "now" is cheap and asking about last month reads a month of events. The
 * margin is there because events are stored in commit order, which may differ slightly from the
 * order of their timestamps. Thread-safe.
 */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class RecordedAfter {
    static final long SKEW_MINUTES = 5;

    private final EventStorageEngine events;

    RecordedAfter(EventStorageEngine events) {
        this.events = events;
    }

    /** True when at least one event was recorded after {@code instant}. */
    public boolean anything(Instant instant) {
        try (Stream<? extends TrackedEventMessage<?>> later = after(instant)) {
            return later.findAny().isPresent();
        }
    }

    /** The ids of the claims recorded after {@code instant}, sorted. */
    public Set<String> claimIds(Instant instant) {
        Set<String> ids = new TreeSet<>();
        forEachAfter(instant, payload -> {
            if (payload instanceof ClaimRecorded claim) {
                ids.add(claim.claimId().value());
            }
        });
        return ids;
    }

    private void forEachAfter(Instant instant, Consumer<Object> action) {
        try (Stream<? extends TrackedEventMessage<?>> later = after(instant)) {
            later.forEach(message -> action.accept(message.getPayload()));
        }
    }

    private Stream<? extends TrackedEventMessage<?>> after(Instant instant) {
        TrackingToken start = events.createTokenAt(instant.minus(Duration.ofMinutes(SKEW_MINUTES)));
        // Closing the filtered stream closes the store's stream: they are one pipeline.
        return events.readEvents(start, false)
                .filter(message -> message.getTimestamp().isAfter(instant));
    }
}
