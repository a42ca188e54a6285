package org.frontierledger.projections.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A price of model usage in USD per one million tokens, with the blend the digest compares on.
 *
 * @param input USD per 1M input tokens, where reported
 * @param output USD per 1M output tokens, where reported
 */
public record TokenPrice(
        @Nullable BigDecimal input, @Nullable BigDecimal output) {
    /** How the blend is stated in every format. */
    public static final String BLEND = "blended = (3 × input + 1 × output) / 4, USD per 1M tokens (3:1 input:output)";

    /**
     * The blended price, 3 input tokens to 1 output token, in USD per 1M tokens rounded to 4
     * decimals; null unless both prices are known.
     */
    public @Nullable BigDecimal blended() {
        if (input == null || output == null) {
            return null;
        }
        return input.multiply(BigDecimal.valueOf(3))
                .add(output)
                .divide(BigDecimal.valueOf(4), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
