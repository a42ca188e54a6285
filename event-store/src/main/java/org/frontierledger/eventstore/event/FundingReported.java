package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * Money raised by a company was reported (round, IPO, debt).
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the company that raised it
 * @param amount USD, fully expanded
 * @param round the kind of raise ("Series C", "IPO", "debt"), where stated
 */
@Revision("1")
public record FundingReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String round) implements MarketEvent {
    public FundingReported {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String subject() {
        return org;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.FUNDING;
    }
}
