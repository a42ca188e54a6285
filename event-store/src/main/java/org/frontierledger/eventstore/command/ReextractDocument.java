package org.frontierledger.eventstore.command;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.id.DocumentId;

/**
 * Record what a re-run of an extractor finds in a stored document. The document keeps every event
 * whose identity is found again (and any curation on it), records the events it had not found
 * before, and supersedes the ones no longer found.
 *
 * @param documentId the document, which must be in the store
 * @param marketEvents every market event the extractor finds now, in document order
 * @param extractor the extractor's name
 * @param extractorVersion its version
 */
public record ReextractDocument(
        @TargetAggregateIdentifier DocumentId documentId,
        List<MarketEvent> marketEvents,
        String extractor,
        String extractorVersion) {
    public ReextractDocument {
        Objects.requireNonNull(documentId, "documentId");
        marketEvents = List.copyOf(marketEvents);
        for (MarketEvent event : marketEvents) {
            if (!documentId.equals(event.documentId())) {
                throw new IllegalArgumentException(
                        "event of document " + event.documentId() + " sent with document " + documentId);
            }
        }
        if (extractor.isBlank() || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("a re-extraction names the extractor and its version");
        }
    }
}
