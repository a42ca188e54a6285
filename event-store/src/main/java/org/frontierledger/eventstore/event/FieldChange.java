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

    /** Fields whose value is a non-negative plain number. */
    public static final Set<String> NUMBERS = Set.of("amountUsd", "amountUsdHigh", "ratio", "inputUsdPerMTok",
            "outputUsdPerMTok", "gpus");

    public FieldChange {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("'" + field + "' cannot be corrected; correctable fields: "
                    + new java.util.TreeSet<>(FIELDS));
        }
        if (to != null) {
            to = to.trim();
            requireValid(field, to);
        }
    }

    // A value that a read model could not apply would stop its projection, so it is refused here,
    // before it becomes an event.
    private static void requireValid(String field, String value) {
        try {
            if (NUMBERS.contains(field)) {
                java.math.BigDecimal number = new java.math.BigDecimal(value);
                if (number.signum() < 0 || (field.equals("gpus") && number.stripTrailingZeros().scale() > 0)) {
                    throw new NumberFormatException();
                }
            } else if (field.equals("reportedOn")) {
                java.time.LocalDate.parse(value);
            } else if (field.equals("openWeights") && !value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(field + " must be true or false, got '" + value + "'");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a non-negative plain number"
                    + (field.equals("gpus") ? " without decimals" : "") + " (e.g. 190000000000), got '" + value + "'", e);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date like 2026-05-05, got '" + value + "'", e);
        }
    }
}
