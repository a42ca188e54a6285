package org.frontierledger.eventstore.event;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One field of a market event changed by an analyst.
 *
 * @param field the field's wire name, one of {@link #FIELDS}
 * @param from its value before, as text; null when it had none
 * @param to its value after, as text (USD amounts as plain numbers); null to clear it
 */
public record FieldChange(
        String field, @Nullable String from, @Nullable String to) {
    /** The fields an analyst can correct. */
    public static final Set<String> FIELDS = Set.of(
            "org",
            "model",
            "subject",
            "amountUsd",
            "amountUsdHigh",
            "period",
            "ratio",
            "baseline",
            "inputUsdPerMTok",
            "outputUsdPerMTok",
            "gpus",
            "basis",
            "metric",
            "openWeights",
            "license",
            "speaker",
            "reportedOn");

    /** Fields whose value is a non-negative plain number. */
    public static final Set<String> NUMBERS =
            Set.of("amountUsd", "amountUsdHigh", "ratio", "inputUsdPerMTok", "outputUsdPerMTok", "gpus");

    /** Fields every market event has: who said it and when it was reported. */
    private static final List<String> COMMON = List.of("speaker", "reportedOn");

    /**
     * The fields of each type, in the order a form shows them: the type's fields of the corpus's
     * vocabulary ({@code EVENTS.md}), then {@link #COMMON}. The basis of a capex figure is one of
     * {@link CapexBasis}'s wire names; the basis of a valuation is free text ("round", "forecast").
     */
    private static final Map<MarketEventType, List<String>> BY_TYPE = new EnumMap<>(Map.of(
            MarketEventType.MODEL_RELEASE, List.of("model", "org", "openWeights", "license"),
            MarketEventType.CAPEX, List.of("org", "amountUsd", "amountUsdHigh", "period", "basis"),
            MarketEventType.PRICE, List.of("model", "org", "inputUsdPerMTok", "outputUsdPerMTok"),
            MarketEventType.PRICE_RATIO, List.of("subject", "ratio", "baseline", "org"),
            MarketEventType.VALUATION, List.of("org", "amountUsd", "amountUsdHigh", "basis"),
            MarketEventType.FUNDING, List.of("org", "amountUsd", "amountUsdHigh"),
            MarketEventType.REVENUE, List.of("org", "amountUsd", "amountUsdHigh", "period", "metric"),
            MarketEventType.TRAINING_COST, List.of("model", "org", "amountUsd", "amountUsdHigh", "gpus"),
            MarketEventType.COMPUTE_COMMITMENT, List.of("org", "amountUsd", "amountUsdHigh")));

    public FieldChange {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException(
                    "'" + field + "' cannot be corrected; correctable fields: " + new TreeSet<>(FIELDS));
        }
        if (to != null) {
            to = to.trim();
            requireValid(field, to);
        }
    }

    /** The fields an analyst can correct on an event of this type, in the order a form shows them. */
    public static List<String> fieldsOf(MarketEventType type) {
        return Stream.concat(BY_TYPE.get(type).stream(), COMMON.stream()).toList();
    }

    /**
     * What is wrong with this value for this field of an event of this type, as a message for
     * people; empty when it may be recorded. Blank or null clears the field and is always allowed.
     */
    public static Optional<String> problem(MarketEventType type, String field, @Nullable String value) {
        if (!fieldsOf(type).contains(field)) {
            return Optional.of(
                    "'" + field + "' is not a field of a " + type.label().toLowerCase(Locale.ROOT)
                            + " event; its fields are " + String.join(", ", fieldsOf(type)));
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            requireValid(field, value.trim());
            if (type == MarketEventType.CAPEX && field.equals("basis")) {
                CapexBasis.parse(value);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Checks that this change fits an event of this type: the field is one of its fields and the
     * value one it can hold.
     *
     * @throws IllegalArgumentException with a message for people when it does not
     */
    public void requireApplicableTo(MarketEventType type) {
        problem(type, field, to).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    // A value that a read model could not apply would stop its projection, so it is refused here,
    // before it becomes an event.
    private static void requireValid(String field, String value) {
        try {
            if (NUMBERS.contains(field)) {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0
                        || (field.equals("gpus") && number.stripTrailingZeros().scale() > 0)) {
                    throw new NumberFormatException();
                }
            } else if (field.equals("reportedOn")) {
                LocalDate.parse(value);
            } else if (field.equals("openWeights") && !value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(field + " must be true or false, got '" + value + "'");
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    field + " must be a non-negative plain number" + (field.equals("gpus") ? " without decimals" : "")
                            + " (e.g. 190000000000), got '" + value + "'",
                    e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a date like 2026-05-05, got '" + value + "'", e);
        }
    }
}
