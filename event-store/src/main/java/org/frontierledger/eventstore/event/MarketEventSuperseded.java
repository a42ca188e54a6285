package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;

/**
 * A re-extraction of its document no longer finds a market event: the event stays in the store
 * (with any curation on it) but no longer counts in any view.
 *
 * @param documentId the document the event was reported in
 * @param eventId the market event superseded
 * @param extractor name of the extractor whose re-run no longer finds it
 * @param extractorVersion that extractor's version
 */
@Revision("1")
public record MarketEventSuperseded(
        DocumentId documentId, MarketEventId eventId, String extractor, String extractorVersion)
        implements LedgerEvent {
    public MarketEventSuperseded {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(eventId, "eventId");
        if (extractor.isBlank() || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("a superseded event names the extractor and its version");
        }
    }
}
