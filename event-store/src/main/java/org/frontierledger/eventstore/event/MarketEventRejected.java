package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;

/**
 * An analyst rejected a market event: the source does not say it, or it is not a market fact. A
 * rejected event leaves every view; it stays in the store.
 *
 * @param documentId the document the event was reported in
 * @param eventId the market event
 * @param curator the user who rejected it
 * @param reason why; never blank
 */
@Revision("1")
public record MarketEventRejected(DocumentId documentId, MarketEventId eventId, String curator, String reason)
        implements Curation {
    public MarketEventRejected {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
