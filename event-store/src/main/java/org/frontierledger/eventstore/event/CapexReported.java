package org.frontierledger.eventstore.event;

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
 * @param basis guidance (expected, planned) or reported (spent), where the sentence says; null when it
 *     says neither. Added in revision 2; revision-1 events are upcast with a null basis.
 */
@Revision("2")
public record CapexReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String period,
        @Nullable CapexBasis basis)
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
