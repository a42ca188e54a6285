package org.frontierledger.curation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.Provenance;
import org.springframework.stereotype.Service;

/**
 * Why a market event is in the ledger: its provenance as recorded (the extractor, its version and
 * the rule that found it), read from the event store, where the read models keep only the quote.
 * A market event is recorded in its document's stream, so this reads one document's events.
 */
@Service
public class EventOrigins {
    private final EventStore events;

    EventOrigins(EventStore events) {
        this.events = events;
    }

    /** The recorded provenance of the market event {@code eventId} of document {@code documentId}. */
    public Optional<Provenance> of(String documentId, String eventId) {
        return events.readEvents(documentId)
                .asStream()
                .map(message -> message.getPayload())
                .filter(MarketEvent.class::isInstance)
                .map(MarketEvent.class::cast)
                .filter(event -> event.id().value().equals(eventId))
                .map(MarketEvent::provenance)
                .reduce((first, later) -> later);
    }

    /** The recorded provenance of every market event of a document, by event id. */
    public Map<String, Provenance> ofDocument(String documentId) {
        Map<String, Provenance> found = new HashMap<>();
        events.readEvents(documentId)
                .asStream()
                .map(message -> message.getPayload())
                .filter(MarketEvent.class::isInstance)
                .map(MarketEvent.class::cast)
                .forEach(event -> found.put(event.id().value(), event.provenance()));
        return found;
    }

    /** "found by rule money.cue of extractor rules v6", or what is known of it. */
    public static String describe(Provenance provenance) {
        String version = provenance.extractorVersion();
        String extractor = provenance.extractor() + (version.startsWith("v") ? " " : " v") + version;
        return provenance.rule() == null
                ? "found by " + extractor + " (it named no rule then)"
                : "found by rule " + provenance.rule() + " of " + extractor;
    }
}
