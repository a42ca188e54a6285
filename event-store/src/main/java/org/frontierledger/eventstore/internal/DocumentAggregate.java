package org.frontierledger.eventstore.internal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.event.DocumentIngested;
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
                command.documentId(), false, command.claims().size(), command.marketEvents().size());
    }

    @EventSourcingHandler
    void on(DocumentIngested event) {
        documentId = event.documentId().value();
    }
}
