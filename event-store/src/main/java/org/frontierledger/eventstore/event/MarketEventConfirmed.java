package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * An analyst confirmed that a market event says what its source says.
 *
 * @param documentId the document the event was reported in
 * @param eventId the market event
 * @param curator the user who confirmed it
 * @param note why, or anything worth keeping; may be null
 */
@Revision("1")
public record MarketEventConfirmed(
        DocumentId documentId,
        MarketEventId eventId,
        String curator,
        @Nullable String note) implements Curation {}
