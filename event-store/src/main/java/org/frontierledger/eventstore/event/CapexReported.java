package org.frontierledger.eventstore.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * Capital expenditure (data centres, chips, fabs) was reported spent, planned or guided.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the company, or the group of companies as the text names it
 * @param amount USD, fully expanded
 * @param period the fiscal or calendar period ("2026", "2026-Q1", "FY2025"), where stated
 */
@Revision("1")
public record CapexReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String period)
        implements MarketEvent {
    public CapexReported {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String subject() {
        return org;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.CAPEX;
    }
}
