package org.frontierledger.eventstore.command;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * Record an analyst's decision on a market event of a document: confirm, reject (with a reason)
 * or correct (with the changed fields). The aggregate refuses unknown events and decisions on
 * rejected ones.
 *
 * @param documentId the document the event was reported in
 * @param eventId the market event
 * @param decision what the analyst decided
 * @param curator the user deciding
 * @param changes for a correction, the changed fields; empty otherwise
 * @param reason why; required for a rejection
 */
public record CurateMarketEvent(
        @TargetAggregateIdentifier DocumentId documentId,
        MarketEventId eventId,
        Decision decision,
        String curator,
        List<FieldChange> changes,
        @Nullable String reason) {

    /** The decisions an analyst can take. */
    public enum Decision {
        CONFIRM,
        REJECT,
        CORRECT
    }

    public CurateMarketEvent {
        changes = List.copyOf(changes);
        if (curator.isBlank()) {
            throw new IllegalArgumentException("a curation needs the curator's name");
        }
        if (decision == Decision.REJECT && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (decision == Decision.CORRECT && changes.isEmpty()) {
            throw new IllegalArgumentException("a correction needs at least one changed field");
        }
    }
}
