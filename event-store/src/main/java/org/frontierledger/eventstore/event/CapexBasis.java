package org.frontierledger.eventstore.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a capex figure is what a company expects to spend or what it spent, as the sentence
 * words it. A figure whose sentence says neither has no basis (null), never a guessed one.
 */
public enum CapexBasis {
    /** Forward-looking: guided, planned, budgeted, expected or forecast ("expects to spend $80 billion"). */
    GUIDANCE,
    /** Backward-looking: spent or reported for a past period ("spent $26.3 billion in the quarter"). */
    REPORTED;

    /** The wire name used in JSON lines, corrections and views: "guidance", "reported". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The basis named by a wire name, ignoring case and surrounding space.
     *
     * @throws IllegalArgumentException naming the accepted values when the text is neither
     */
    public static CapexBasis parse(String text) {
        return find(text)
                .orElseThrow(() -> new IllegalArgumentException("a capex basis must be "
                        + String.join(
                                " or ",
                                Arrays.stream(values())
                                        .map(CapexBasis::wireName)
                                        .toList())
                        + " (or empty when the text does not say), got '" + text + "'"));
    }

    /** The basis named by a wire name, ignoring case and surrounding space; empty when it names none. */
    public static Optional<CapexBasis> find(String text) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(b -> b.name().equals(key)).findFirst();
    }
}
