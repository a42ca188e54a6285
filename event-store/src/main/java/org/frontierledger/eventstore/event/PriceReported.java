package org.frontierledger.eventstore.event;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * An absolute price of model usage was reported, in USD per one million tokens.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the model's developer or the seller
 * @param model the model priced
 * @param inputUsdPerMTok USD per one million input tokens
 * @param outputUsdPerMTok USD per one million output tokens
 * @param provider who sells it at this price, where it differs from the developer
 */
@Revision("1")
public record PriceReported(
        MarketEventId id,
        Provenance provenance,
        @Nullable String org,
        @Nullable String model,
        @Nullable BigDecimal inputUsdPerMTok,
        @Nullable BigDecimal outputUsdPerMTok,
        @Nullable String provider)
        implements MarketEvent {
    public PriceReported {
        if (org == null && model == null) {
            throw new IllegalArgumentException("a price needs a model or an org");
        }
        if (inputUsdPerMTok == null && outputUsdPerMTok == null) {
            throw new IllegalArgumentException("a price needs an input or an output price");
        }
    }

    @Override
    public String subject() {
        return model != null ? model : Objects.requireNonNull(org);
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.PRICE;
    }
}
