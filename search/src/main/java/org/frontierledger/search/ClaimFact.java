package org.frontierledger.search;

import java.util.Objects;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * A market event reported in a claim's sentence, as search knows it: after every correction, and
 * absent once rejected.
 *
 * @param eventId the market event's id
 * @param type its kind
 * @param org the company; null when none is known
 * @param model the model; null when none is known
 * @param amountUsd the USD figure (or the low end of a range), whole dollars; null when none
 * @param amountUsdHigh the high end of a range, whole dollars; null for a single figure or none
 * @param inputUsdPerMTok USD per million input tokens; null when none
 * @param outputUsdPerMTok USD per million output tokens; null when none
 */
public record ClaimFact(
        String eventId,
        MarketEventType type,
        @Nullable String org,
        @Nullable String model,
        @Nullable Long amountUsd,
        @Nullable Long amountUsdHigh,
        @Nullable Double inputUsdPerMTok,
        @Nullable Double outputUsdPerMTok) {
    public ClaimFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
    }
}
