package org.frontierledger.eventstore.event;

import java.util.Arrays;
import java.util.Locale;

/** The nine kinds of market event, by their wire names in the JSON-lines format. */
public enum MarketEventType {
    MODEL_RELEASE,
    CAPEX,
    PRICE,
    PRICE_RATIO,
    VALUATION,
    FUNDING,
    REVENUE,
    TRAINING_COST,
    COMPUTE_COMMITMENT;

    /** A human label: "Model release", "Compute commitment". */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Parses a wire name or label, ignoring case, spaces and dashes. */
    public static MarketEventType parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown market event type '" + text + "'; expected one of " + Arrays.toString(values()), e);
        }
    }
}
