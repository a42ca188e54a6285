package org.frontierledger.projections.timeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;

/**
 * The timeline as it was known at an earlier instant, replayed in memory from the event store:
 * every event recorded by then, nothing after. Uses the projection's own pure functions, so "as of
 * now" equals the SQL read model. Cost: one pass over the stored events per call.
 */
final class AsOfTimeline {
    private final EventStorageEngine events;

    AsOfTimeline(EventStorageEngine events) {
        this.events = events;
    }

    List<TimelineEntry> find(FindTimeline query, Instant asOf) {
        Map<String, TimelineEntry> entries = new LinkedHashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.filter(message -> !message.getTimestamp().isAfter(asOf))
                    .forEach(message -> evolve(entries, message.getPayload(), message.getTimestamp()));
        }
        return entries.values().stream()
                .filter(query::matches)
                .sorted(FindTimeline.ORDER)
                .limit(query.limit())
                .toList();
    }

    /** Applies one event to the entries, as the projection does to its table. */
    static void evolve(Map<String, TimelineEntry> entries, Object payload, Instant at) {
        switch (payload) {
            case MarketEvent event -> entries.put(event.id().value(), TimelineRows.of(event, at));
            case MarketEventConfirmed c ->
                entries.computeIfPresent(
                        c.eventId().value(), (id, e) -> e.withStatus(CurationStatus.CONFIRMED, c.curator(), at));
            case MarketEventRejected r ->
                entries.computeIfPresent(
                        r.eventId().value(), (id, e) -> e.withStatus(CurationStatus.REJECTED, r.curator(), at));
            case MarketEventCorrected c ->
                entries.computeIfPresent(
                        c.eventId().value(), (id, e) -> Corrections.apply(e, c.changes(), c.curator(), at));
            case MarketEventSuperseded s -> entries.remove(s.eventId().value());
            default -> {
                // Documents and claims do not change the timeline.
            }
        }
    }
}
