package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A US-dollar amount written in a sentence.
 *
 * @param start offset in the sentence
 * @param end offset just past it
 * @param usd the amount in US dollars, fully expanded (the low end of a range)
 * @param usdHigh the high end of a range ("$5 to $13 trillion"), else null
 */
record Money(int start, int end, BigDecimal usd, @Nullable BigDecimal usdHigh) {}
