package org.frontierledger.projections.digest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A price point reported this week, against the previous point for the same model and provider.
 *
 * @param item the new price point
 * @param price its prices in USD per 1M tokens
 * @param previous the previous point for the same model and provider, null when this is the first
 * @param previousPrice the previous point's prices, null when there is none
 */
public record PriceMove(
        DigestItem item,
        TokenPrice price,
        @Nullable DigestItem previous,
        @Nullable TokenPrice previousPrice) {

    /**
     * The change of the blended price against the previous point, in percent rounded to one
     * decimal; null when there is no previous point or a blend is unknown.
     */
    public @Nullable BigDecimal blendedChangePercent() {
        BigDecimal now = price.blended();
        BigDecimal before = previousPrice == null ? null : previousPrice.blended();
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }
}
