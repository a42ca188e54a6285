package org.frontierledger.eventstore.event;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One field of a market event changed by an analyst.
 *
 * @param field the field's wire name, one of {@link #FIELDS}
 * @param from its value before, as text; null when it had none
 * @param to its value after, as text (USD amounts as plain numbers); null to clear it
 */
public record FieldChange(String field, @Nullable String from, @Nullable String to) {
    /** The fields an analyst can correct. */
    public static final Set<String> FIELDS = Set.of("org", "model", "subject", "amountUsd", "amountUsdHigh",
            "period", "ratio", "baseline", "inputUsdPerMTok", "outputUsdPerMTok", "gpus", "basis", "metric",
            "openWeights", "license", "speaker", "reportedOn");

    public FieldChange {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' cannot be corrected; correctable fields: "
                    + new java.util.TreeSet<>(FIELDS));
        }
    }
}
