package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A company's valuation was reported: a round, secondary, public or forecast.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the company valued
 * @param amount USD, fully expanded
 * @param basis how it was valued: "round", "secondary", "public", "forecast", where stated
 */
@Revision("1")
public record ValuationReported(
        MarketEventId id,
        Provenance provenance,
        String org,
        UsdAmount amount,
        @Nullable String basis) implements MarketEvent {
    public ValuationReported {
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String subject() {
        return org;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.VALUATION;
    }
}
