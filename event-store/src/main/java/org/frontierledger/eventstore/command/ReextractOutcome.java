package org.frontierledger.eventstore.command;

import org.frontierledger.eventstore.id.DocumentId;

/**
 * What {@link ReextractDocument} changed.
 *
 * @param documentId the document
 * @param added market events recorded now that the document did not have
 * @param superseded market events no longer found, now superseded
 * @param unchanged market events found again, kept with their identity and curation
 */
public record ReextractOutcome(DocumentId documentId, int added, int superseded, int unchanged) {}
