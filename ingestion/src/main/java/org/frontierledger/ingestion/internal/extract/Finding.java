package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * A market event a rule found, before it gets an identity. Amounts are US dollars, fully expanded;
 * prices are US dollars per one million tokens.
 *
 * @param rule the name of the rule that found it, kept in the event's provenance
 * @param priority the rule's priority: when two findings state the same fact, the higher one stays
 */
record Finding(
        MarketEventType type,
        View view,
        String rule,
        int priority,
        @Nullable String org,
        @Nullable String model,
        @Nullable BigDecimal usd,
        @Nullable BigDecimal usdHigh,
        @Nullable String period,
        @Nullable String detail,
        @Nullable BigDecimal ratio,
        @Nullable String subject,
        @Nullable String baseline,
        @Nullable Long gpus,
        @Nullable Boolean openWeights,
        @Nullable BigDecimal inputPerMTok,
        @Nullable BigDecimal outputPerMTok) {

    /** An amount of money reported for a company (or a model's developer). */
    static Finding money(
            MarketEventType type, View view, Rule rule, @Nullable String org, @Nullable String model, Money money) {
        return new Finding(
                type,
                view,
                rule.name(),
                rule.priority(),
                org,
                model,
                money.usd(),
                money.usdHigh(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A model release. */
    static Finding release(
            View view,
            Rule rule,
            String model,
            @Nullable String org,
            @Nullable Boolean openWeights,
            @Nullable String license) {
        return new Finding(
                MarketEventType.MODEL_RELEASE,
                view,
                rule.name(),
                rule.priority(),
                org,
                model,
                null,
                null,
                null,
                license,
                null,
                null,
                null,
                null,
                openWeights,
                null,
                null);
    }

    /** A training run's accelerator count. */
    static Finding gpus(View view, Rule rule, @Nullable String org, @Nullable String model, long gpus) {
        return new Finding(
                MarketEventType.TRAINING_COST,
                view,
                rule.name(),
                rule.priority(),
                org,
                model,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                gpus,
                null,
                null,
                null);
    }

    /** A relative price. */
    static Finding ratio(
            View view, Rule rule, String subject, BigDecimal ratio, @Nullable String baseline, @Nullable String org) {
        return new Finding(
                MarketEventType.PRICE_RATIO,
                view,
                rule.name(),
                rule.priority(),
                org,
                null,
                null,
                null,
                null,
                null,
                ratio,
                subject,
                baseline,
                null,
                null,
                null,
                null);
    }

    /** An absolute token price. */
    static Finding price(
            View view,
            Rule rule,
            @Nullable String org,
            @Nullable String model,
            @Nullable BigDecimal input,
            @Nullable BigDecimal output) {
        return new Finding(
                MarketEventType.PRICE,
                view,
                rule.name(),
                rule.priority(),
                org,
                model,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                input,
                output);
    }

    Finding withPeriod(@Nullable String newPeriod) {
        return new Finding(
                type,
                view,
                rule,
                priority,
                org,
                model,
                usd,
                usdHigh,
                newPeriod,
                detail,
                ratio,
                subject,
                baseline,
                gpus,
                openWeights,
                inputPerMTok,
                outputPerMTok);
    }

    /**
     * The same finding with a detail: the licence of a release, the basis of a valuation or of capex
     * ("guidance", "reported"), the metric of revenue, the counterparty of a compute commitment.
     */
    Finding withDetail(@Nullable String newDetail) {
        return new Finding(
                type,
                view,
                rule,
                priority,
                org,
                model,
                usd,
                usdHigh,
                period,
                newDetail,
                ratio,
                subject,
                baseline,
                gpus,
                openWeights,
                inputPerMTok,
                outputPerMTok);
    }

    /** The name the event is about: model, else subject, else company. */
    String name() {
        if (model != null) {
            return model;
        }
        return subject != null ? subject : org != null ? org : "";
    }

    /** The figure, as text, for identities and duplicate detection. */
    String figure() {
        StringBuilder out = new StringBuilder();
        for (Object part : new Object[] {usd, usdHigh, ratio, gpus, inputPerMTok, outputPerMTok}) {
            out.append(part instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(part))
                    .append('/');
        }
        return out.toString();
    }

    /** How many optional facts it carries; the most specific statement of a fact wins. */
    int specificity() {
        int n = 0;
        for (Object part : new Object[] {org, model, period, detail, baseline, openWeights, view.speaker()}) {
            n += part == null ? 0 : 1;
        }
        return n;
    }
}
