package org.frontierledger.eventstore.event;

import org.frontierledger.eventstore.id.DocumentId;

/** Every event of the ledger belongs to one document's stream. */
public sealed interface LedgerEvent
        permits DocumentIngested, ClaimRecorded, MarketEvent, Curation, MarketEventSuperseded {
    /** The document whose stream holds this event. */
    DocumentId documentId();
}
