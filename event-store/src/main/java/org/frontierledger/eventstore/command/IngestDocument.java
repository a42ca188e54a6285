package org.frontierledger.eventstore.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.LedgerEvent;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.id.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * Record a document and what was extracted from it. Idempotent: a document whose id is already
 * in the store records nothing, and the outcome says it was already known.
 *
 * @param documentId hash of the normalised text; every claim and market event must point at it
 * @param title the title as read
 * @param source the file path or URL it was read from
 * @param format the reader that read it
 * @param reportedOn the document's own date
 * @param show the podcast, newsletter or site, where known
 * @param text the text the provenance offsets point into
 * @param claims the claims, in document order
 * @param marketEvents the typed market events, in document order
 */
public record IngestDocument(
        @TargetAggregateIdentifier DocumentId documentId,
        String title,
        String source,
        String format,
        LocalDate reportedOn,
        @Nullable String show,
        String text,
        List<ClaimRecorded> claims,
        List<MarketEvent> marketEvents) {
    public IngestDocument {
        claims = List.copyOf(claims);
        marketEvents = List.copyOf(marketEvents);
        for (LedgerEvent event : claims) {
            requireSameDocument(documentId, event);
        }
        for (LedgerEvent event : marketEvents) {
            requireSameDocument(documentId, event);
        }
    }

    private static void requireSameDocument(DocumentId documentId, LedgerEvent event) {
        if (!Objects.equals(documentId, event.documentId())) {
            throw new IllegalArgumentException(
                    "event of document " + event.documentId() + " sent with document " + documentId);
        }
    }
}
