package org.frontierledger.eventstore.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.command.ReextractDocument;
import org.frontierledger.eventstore.command.ReextractOutcome;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * One document's stream: its ingestion, then its claims and market events. The aggregate exists
 * to make ingestion idempotent (a known document records nothing) and to keep one document's
 * events in one ordered stream.
 */
@Aggregate
class DocumentAggregate {

    @AggregateIdentifier
    private @Nullable String documentId;

    /** The document's market events, each mapped to whether it was rejected. */
    private final Map<MarketEventId, Boolean> marketEvents = new HashMap<>();

    /** The type of each of the document's market events, to check corrections against its fields. */
    private final Map<MarketEventId, MarketEventType> types = new HashMap<>();

    DocumentAggregate() {
        // Axon creates the aggregate empty, then replays or handles the creation command.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    IngestOutcome handle(IngestDocument command) {
        if (documentId != null) {
            return IngestOutcome.known(command.documentId());
        }
        apply(new DocumentIngested(
                command.documentId(),
                command.title(),
                command.source(),
                command.format(),
                command.reportedOn(),
                command.show(),
                command.text()));
        command.claims().forEach(claim -> apply(claim));
        command.marketEvents().forEach(event -> apply(event));
        return new IngestOutcome(
                command.documentId(),
                false,
                command.claims().size(),
                command.marketEvents().size());
    }

    @CommandHandler
    void handle(CurateMarketEvent command) {
        Boolean rejected = marketEvents.get(command.eventId());
        if (rejected == null) {
            throw new IllegalArgumentException(
                    "document " + command.documentId().shortForm() + " has no market event " + command.eventId());
        }
        if (rejected) {
            throw new IllegalStateException("market event " + command.eventId() + " was rejected; it cannot be "
                    + command.decision().name().toLowerCase(Locale.ROOT) + "ed any more");
        }
        MarketEventType type = types.get(command.eventId());
        command.changes().forEach(change -> change.requireApplicableTo(type));
        DocumentId document = command.documentId();
        apply(
                switch (command.decision()) {
                    case CONFIRM ->
                        new MarketEventConfirmed(document, command.eventId(), command.curator(), command.reason());
                    case REJECT ->
                        new MarketEventRejected(
                                document,
                                command.eventId(),
                                command.curator(),
                                Objects.requireNonNull(command.reason()));
                    case CORRECT ->
                        new MarketEventCorrected(
                                document, command.eventId(), command.curator(), command.changes(), command.reason());
                });
    }

    @CommandHandler
    ReextractOutcome handle(ReextractDocument command) {
        if (documentId == null) {
            throw new IllegalArgumentException(
                    "no document " + command.documentId().shortForm() + " to re-extract");
        }
        Set<MarketEventId> found = new LinkedHashSet<>();
        int added = 0;
        for (MarketEvent event : command.marketEvents()) {
            if (found.add(event.id()) && !marketEvents.containsKey(event.id())) {
                apply(event);
                added++;
            }
        }
        List<MarketEventId> gone = marketEvents.keySet().stream()
                .filter(id -> !found.contains(id))
                .sorted(Comparator.comparing(MarketEventId::value))
                .toList();
        DocumentId document = command.documentId();
        gone.forEach(
                id -> apply(new MarketEventSuperseded(document, id, command.extractor(), command.extractorVersion())));
        return new ReextractOutcome(document, added, gone.size(), found.size() - added);
    }

    /**
     * Takes the identifier from the stored event's envelope, not its payload: loading a document to
     * curate it then does not decode the document's text (about 12 KB) only to learn its id. The
     * event just applied by {@code IngestDocument} has no identifier yet; its payload says it.
     */
    @EventSourcingHandler(payloadType = DocumentIngested.class)
    void on(DomainEventMessage<?> event) {
        String identifier = event.getAggregateIdentifier();
        documentId = identifier != null
                ? identifier
                : ((DocumentIngested) event.getPayload()).documentId().value();
    }

    @EventSourcingHandler
    void on(MarketEvent event) {
        marketEvents.put(event.id(), false);
        types.put(event.id(), event.type());
    }

    @EventSourcingHandler
    void on(MarketEventRejected event) {
        marketEvents.put(event.eventId(), true);
    }

    @EventSourcingHandler
    void on(MarketEventSuperseded event) {
        marketEvents.remove(event.eventId());
        types.remove(event.eventId());
    }
}
