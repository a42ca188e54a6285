package org.frontierledger.eventstore.event;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * An analyst corrected fields of a market event; the corrected values win in every view, and the
 * event keeps its identity.
 *
 * @param documentId the document the event was reported in
 * @param eventId the market event
 * @param curator the user who corrected it
 * @param changes the fields changed, at least one
 * @param reason why; may be null
 */
@Revision("1")
public record MarketEventCorrected(
        DocumentId documentId,
        MarketEventId eventId,
        String curator,
        List<FieldChange> changes,
        @Nullable String reason)
        implements Curation {
    public MarketEventCorrected {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one field");
        }
    }
}
