package org.frontierledger.ui.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * What a price point is measured by, in USD per one million tokens. The blends follow the price
 * trackers: Artificial Analysis and Epoch AI blend 3 input : 1 output; some reports use 1:1.
 */
public enum PriceMeasure {
    BLENDED_3_1("Blended 3:1 (input:output)", 3, 1),
    BLENDED_1_1("Blended 1:1", 1, 1),
    INPUT("Input", 1, 0),
    OUTPUT("Output", 0, 1);

    private final String label;
    private final int inputWeight;
    private final int outputWeight;

    PriceMeasure(String label, int inputWeight, int outputWeight) {
        this.label = label;
        this.inputWeight = inputWeight;
        this.outputWeight = outputWeight;
    }

    /** A label that states the blend. */
    public String label() {
        return label;
    }

    /** The measure of a price point, or null when the point lacks a price it needs. */
    public @Nullable BigDecimal of(TimelineEntry e) {
        BigDecimal in = e.inputUsdPerMTok();
        BigDecimal out = e.outputUsdPerMTok();
        if ((inputWeight > 0 && in == null) || (outputWeight > 0 && out == null)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        if (inputWeight > 0) {
            sum = sum.add(in.multiply(BigDecimal.valueOf(inputWeight)));
        }
        if (outputWeight > 0) {
            sum = sum.add(out.multiply(BigDecimal.valueOf(outputWeight)));
        }
        return sum.divide(BigDecimal.valueOf(inputWeight + outputWeight), 6, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
