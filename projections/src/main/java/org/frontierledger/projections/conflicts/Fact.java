package org.frontierledger.projections.conflicts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * One figure one market event states, in one measure, with what makes it comparable to others.
 *
 * @param subject the company (or, for prices and ratios, the model or subject) the figure is of
 * @param qualifier the detail that tells figures of one subject apart: provider of a price,
 *     baseline of a ratio, metric of revenue, basis of a valuation or of capex, counterparty of a
 *     commitment
 */
record Fact(
        String eventId,
        String measure,
        String documentId,
        MarketEventType type,
        String subject,
        @Nullable String org,
        @Nullable String model,
        @Nullable String qualifier,
        @Nullable String period,
        BigDecimal low,
        @Nullable BigDecimal high,
        LocalDate reportedOn,
        @Nullable String speaker,
        String quote,
        int quoteStart,
        int quoteEnd) {

    /** Values are kept without trailing zeros, as the read model returns them, so equal facts are equal. */
    Fact {
        low = low.stripTrailingZeros();
        high = high == null ? null : high.stripTrailingZeros();
    }

    /**
     * What the figure is a figure of; figures with the same topic are statements of the same thing.
     * Null when the figure is not compared with others (a forecast valuation is an opinion).
     */
    @Nullable
    String topic() {
        String bucket = switch (type) {
            // Guidance and the amount later spent are two facts, not two sources disagreeing on one.
            case CAPEX ->
                (period != null ? period : String.valueOf(reportedOn.getYear())) + "|" + EntityKey.normal(qualifier);
            case REVENUE -> (period != null ? period : month()) + "|" + metric();
            case VALUATION -> "forecast".equals(qualifier) ? null : month();
            case FUNDING -> month();
            case COMPUTE_COMMITMENT -> EntityKey.normal(qualifier) + "|" + reportedOn.getYear();
            case PRICE -> EntityKey.normal(qualifier) + "|" + month();
            case PRICE_RATIO -> EntityKey.normal(qualifier);
            case TRAINING_COST -> "";
            case MODEL_RELEASE -> null;
        };
        return bucket == null ? null : type.name() + "|" + measure + "|" + EntityKey.normal(subject) + "|" + bucket;
    }

    /** The model, as a key, for telling training costs of one developer's models apart; else "". */
    String modelKey() {
        return type == MarketEventType.TRAINING_COST ? EntityKey.normal(model) : "";
    }

    /** Whether the two figures disagree: more than 2% apart, and not overlapping ranges. */
    boolean disagreesWith(Fact other) {
        BigDecimal tolerance = new BigDecimal("1.02");
        BigDecimal top = high != null ? high : low;
        BigDecimal otherTop = other.high != null ? other.high : other.low;
        boolean overlap =
                low.compareTo(otherTop.multiply(tolerance)) <= 0 && other.low.compareTo(top.multiply(tolerance)) <= 0;
        return !overlap;
    }

    private String month() {
        return reportedOn.toString().substring(0, 7);
    }

    private String metric() {
        String m = EntityKey.normal(qualifier);
        if (m.isEmpty() || m.equals("revenue") || m.equals("sales")) {
            return "revenue";
        }
        return m.equals("arr") || m.contains("runrate") || m.contains("annual") ? "runrate" : m;
    }
}
