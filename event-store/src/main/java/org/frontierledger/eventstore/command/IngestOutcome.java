package org.frontierledger.eventstore.command;

import org.frontierledger.eventstore.id.DocumentId;

/**
 * What {@link IngestDocument} did.
 *
 * @param documentId the document
 * @param alreadyKnown true when the document was in the store already and nothing was recorded
 * @param claims claims recorded now (0 when already known)
 * @param marketEvents market events recorded now (0 when already known)
 */
public record IngestOutcome(DocumentId documentId, boolean alreadyKnown, int claims, int marketEvents) {
    /** The outcome for a document that was in the store already. */
    public static IngestOutcome known(DocumentId documentId) {
        return new IngestOutcome(documentId, true, 0, 0);
    }
}
