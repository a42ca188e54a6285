package org.frontierledger.eventstore.event;

import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A model was reported released, launched or open-sourced.
 *
 * @param id identity derived from document, type, subject and figure
 * @param provenance the quote, its offsets, speaker, reported date and extractor
 * @param model the model's name as the text writes it ("DeepSeek R1")
 * @param org its developer, named or inferred from the model's name
 * @param openWeights whether the weights are public, where the text says
 * @param license the licence, where the text names one ("MIT")
 */
@Revision("1")
public record ModelReleaseReported(
        MarketEventId id,
        Provenance provenance,
        String model,
        @Nullable String org,
        @Nullable Boolean openWeights,
        @Nullable String license)
        implements MarketEvent {
    public ModelReleaseReported {
        Objects.requireNonNull(id, "id");
        if (model.isBlank()) {
            throw new IllegalArgumentException("a model release needs a model name");
        }
    }

    @Override
    public String subject() {
        return model;
    }

    @Override
    public MarketEventType type() {
        return MarketEventType.MODEL_RELEASE;
    }
}
