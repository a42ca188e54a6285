package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * What training a model cost, in dollars or in accelerators, was reported.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param org the developer
 * @param model the model trained, where named
 * @param amount USD, fully expanded, where stated
 * @param gpus the count of accelerators, where stated
 */
@Revision("1")
public record TrainingCostReported(
        MarketEventId id,
        Provenance provenance,
        @Nullable String org,
        @Nullable String model,
        @Nullable UsdAmount amount,
        @Nullable Long gpus)
        implements MarketEvent {
    public TrainingCostReported {
        if (org == null && model == null) {
            throw new IllegalArgumentException("a training cost needs a model or an org");
        }
        if (amount == null && gpus == null) {
            throw new IllegalArgumentException("a training cost needs an amount or a GPU count");
        }
    }

    @Override
    public String subject() {
        return model != null ? model : Objects.requireNonNull(org);
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.TRAINING_COST;
    }
}
