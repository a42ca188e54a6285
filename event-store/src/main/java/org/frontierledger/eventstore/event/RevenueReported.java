package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * Revenue, annual recurring revenue or a run-rate was reported.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the company
 * @param amount USD, fully expanded
 * @param period the period it is for, where stated
 * @param metric what is measured ("revenue", "ARR", "run-rate"), where stated
 */
@Revision("1")
public record RevenueReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String period,
        @Nullable String metric)
        implements MarketEvent {
    public RevenueReported {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String subject() {
        return org;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.REVENUE;
    }
}
