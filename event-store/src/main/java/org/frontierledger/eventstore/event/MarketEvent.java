package org.frontierledger.eventstore.event;

import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A typed market fact reported by a source. Each implementation is one event type of
 * {@link MarketEventType}; {@link #subject()} is the company, model or thing it is about.
 */
public sealed interface MarketEvent extends LedgerEvent
        permits ModelReleaseReported,
                CapexReported,
                PriceReported,
                PriceRatioReported,
                ValuationReported,
                FundingReported,
                RevenueReported,
                TrainingCostReported,
                ComputeCommitmentReported {

    /** The event's identity, derived from what it says. */
    MarketEventId id();

    /** Where it was said. */
    Provenance provenance();

    /** Its kind. */
    MarketEventType type();

    /** The company it is about, where the text names or implies one. */
    @Nullable
    String org();

    /** The main name: the model for releases, the subject for ratios, else the company. */
    String subject();

    @Override
    default DocumentId documentId() {
        return provenance().documentId();
    }
}
