package org.frontierledger.projections.conflicts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;

/**
 * The conflicts as they were known at an earlier instant, replayed in memory from the event store
 * with the same pure steps as {@link ConflictsProjection}: every event recorded by then, nothing
 * after. Cost: one pass over the stored events per call.
 */
final class AsOfConflicts {
    private final EventStorageEngine events;

    AsOfConflicts(EventStorageEngine events) {
        this.events = events;
    }

    /** Every fact of the live market events recorded by {@code asOf}, with its document. */
    List<Conflicts.Sourced> facts(Instant asOf) {
        State state = new State();
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(null, false)) {
            stream.filter(message -> !message.getTimestamp().isAfter(asOf))
                    .forEach(message -> state.evolve(message.getPayload()));
        }
        return state.sourced();
    }

    /** Facts by event and documents by id, as the projection's two tables hold them. */
    static final class State {
        private final Map<String, List<Fact>> facts = new LinkedHashMap<>();
        private final Map<String, DocumentIngested> documents = new LinkedHashMap<>();

        void evolve(Object payload) {
            switch (payload) {
                case DocumentIngested d -> documents.putIfAbsent(d.documentId().value(), d);
                case MarketEvent e -> facts.put(e.id().value(), Facts.of(e));
                case MarketEventSuperseded s -> facts.remove(s.eventId().value());
                case MarketEventRejected r -> facts.remove(r.eventId().value());
                case MarketEventCorrected c ->
                    facts.computeIfPresent(c.eventId().value(), (id, before) -> {
                        List<Fact> after = new ArrayList<>();
                        for (Fact fact : before) {
                            Fact corrected = fact;
                            for (FieldChange change : c.changes()) {
                                corrected = corrected == null ? null : Facts.corrected(corrected, change);
                            }
                            if (corrected != null && corrected.topic() != null) {
                                after.add(corrected);
                            }
                        }
                        return after;
                    });
                default -> {
                    // Claims and curation without figures do not change the facts.
                }
            }
        }

        List<Conflicts.Sourced> sourced() {
            return facts.values().stream()
                    .flatMap(List::stream)
                    .map(f -> {
                        DocumentIngested d = documents.get(f.documentId());
                        return new Conflicts.Sourced(f, d == null ? "" : d.title(), d == null ? "" : d.source());
                    })
                    .toList();
        }
    }
}
