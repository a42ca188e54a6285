package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;

/**
 * A statement of a document was recorded as an attributed claim: searchable, not (yet) typed.
 *
 * @param claimId the claim's identity (document and position)
 * @param provenance the sentence, its offsets, speaker and reported date
 */
@Revision("1")
public record ClaimRecorded(ClaimId claimId, Provenance provenance) implements LedgerEvent {
    @Override
    public DocumentId documentId() {
        return provenance.documentId();
    }
}
