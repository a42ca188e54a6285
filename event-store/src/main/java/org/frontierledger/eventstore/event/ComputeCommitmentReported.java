package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A multi-year commitment to spend on compute or power was reported.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the company committing
 * @param amount USD, fully expanded
 * @param counterparty who the commitment is with, where named
 */
@Revision("1")
public record ComputeCommitmentReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String counterparty) implements MarketEvent {
    public ComputeCommitmentReported {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String subject() {
        return org;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.COMPUTE_COMMITMENT;
    }
}
