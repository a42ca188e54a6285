package org.frontierledger.eventstore.event;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount in US dollars, fully expanded, or a range of them.
 *
 * @param usd the amount, or the low end of a range; never negative
 * @param usdHigh the high end of a range; {@code null} for a single figure
 */
public record UsdAmount(BigDecimal usd, @Nullable BigDecimal usdHigh) {
    public UsdAmount {
        if (usd.signum() < 0) {
            throw new IllegalArgumentException("a USD amount must not be negative: " + usd);
        }
        if (usdHigh != null && usdHigh.compareTo(usd) < 0) {
            throw new IllegalArgumentException("range high " + usdHigh + " is below low " + usd);
        }
    }

    /** A single figure. */
    public static UsdAmount of(BigDecimal usd) {
        return new UsdAmount(usd, null);
    }

    /** A single figure. */
    public static UsdAmount of(long usd) {
        return new UsdAmount(BigDecimal.valueOf(usd), null);
    }
}
