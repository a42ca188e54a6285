package org.frontierledger.ingestion.internal.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a price list: a model's list price from a date on. Not API; may change.
 *
 * @param start offset of the row's first character in the document's text
 * @param end offset just past the row's last character
 * @param date the date the price took effect or was recorded
 * @param org the model's developer
 * @param model the model
 * @param provider who sells it at this price; null when the column is empty
 * @param inputUsdPerMTok USD per one million input tokens, where listed
 * @param outputUsdPerMTok USD per one million output tokens, where listed
 * @param note the tier or remark, where given
 * @param sourceUrl the page the price was read from, where given
 */
public record PriceRow(
        int start,
        int end,
        LocalDate date,
        String org,
        String model,
        @Nullable String provider,
        @Nullable BigDecimal inputUsdPerMTok,
        @Nullable BigDecimal outputUsdPerMTok,
        @Nullable String note,
        @Nullable String sourceUrl) {
    public PriceRow {
        Objects.requireNonNull(date, "date");
        if (inputUsdPerMTok == null && outputUsdPerMTok == null) {
            throw new IllegalArgumentException("a price row needs an input or an output price");
        }
    }
}
