package org.frontierledger.eventstore.event;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A relative price was reported ("20% of the cost of", "5x more expensive").
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param subject what is priced ("DeepSeek", "output tokens")
 * @param ratio subject's price over baseline's: 0.2 for "20% of the cost", 5 for "5x more expensive"
 * @param baseline what it is compared with
 * @param org the company behind the subject, where known
 */
@Revision("1")
public record PriceRatioReported(
        MarketEventId id,
        Provenance provenance,
        String subject,
        BigDecimal ratio,
        @Nullable String baseline,
        @Nullable String org)
        implements MarketEvent {
    public PriceRatioReported {
        if (ratio.signum() <= 0) {
            throw new IllegalArgumentException("a price ratio must be positive: " + ratio);
        }
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.PRICE_RATIO;
    }
}
