package org.frontierledger.projections.conflicts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ComputeCommitmentReported;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceRatioReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.event.RevenueReported;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.jspecify.annotations.Nullable;

/** The pure mapping from market events (and analysts' corrections) to facts: no Axon, no database. */
final class Facts {
    private Facts() {}

    /** The figures an event states: none for a release, two for a price with input and output. */
    static List<Fact> of(MarketEvent event) {
        List<Fact> facts = new ArrayList<>();
        switch (event) {
            case ModelReleaseReported e -> {}
            case CapexReported e ->
                usd(
                        facts,
                        event,
                        e.org(),
                        null,
                        e.basis() == null ? null : e.basis().wireName(),
                        e.period(),
                        e.amount());
            case ValuationReported e -> usd(facts, event, e.org(), null, e.basis(), null, e.amount());
            case FundingReported e -> usd(facts, event, e.org(), null, e.round(), null, e.amount());
            case RevenueReported e -> usd(facts, event, e.org(), null, e.metric(), e.period(), e.amount());
            case ComputeCommitmentReported e -> usd(facts, event, e.org(), null, e.counterparty(), null, e.amount());
            case TrainingCostReported e -> {
                String developer = e.org() != null ? e.org() : e.model();
                usd(facts, event, developer, e.model(), null, null, e.amount());
                if (e.gpus() != null) {
                    facts.add(fact(
                            event,
                            Conflict.GPUS,
                            developer,
                            e.model(),
                            null,
                            null,
                            BigDecimal.valueOf(e.gpus()),
                            null));
                }
            }
            case PriceReported e -> {
                add(facts, event, Conflict.INPUT_PRICE, e.subject(), e.model(), e.provider(), e.inputUsdPerMTok());
                add(facts, event, Conflict.OUTPUT_PRICE, e.subject(), e.model(), e.provider(), e.outputUsdPerMTok());
            }
            case PriceRatioReported e -> add(facts, event, Conflict.RATIO, e.subject(), null, e.baseline(), e.ratio());
        }
        return facts.stream().filter(f -> f.topic() != null).toList();
    }

    /** The fact as an analyst's change leaves it; null when the change removes its figure. */
    static @Nullable Fact corrected(Fact f, FieldChange change) {
        String to = change.to();
        return switch (change.field()) {
            case "amountUsd" -> f.measure().equals(Conflict.USD) ? withValue(f, number(to), f.high()) : f;
            case "amountUsdHigh" -> f.measure().equals(Conflict.USD) ? withValue(f, f.low(), number(to)) : f;
            case "gpus" -> f.measure().equals(Conflict.GPUS) ? withValue(f, number(to), null) : f;
            case "ratio" -> f.measure().equals(Conflict.RATIO) ? withValue(f, number(to), null) : f;
            case "inputUsdPerMTok" -> f.measure().equals(Conflict.INPUT_PRICE) ? withValue(f, number(to), null) : f;
            case "outputUsdPerMTok" -> f.measure().equals(Conflict.OUTPUT_PRICE) ? withValue(f, number(to), null) : f;
            case "org", "subject" ->
                to == null
                        ? f
                        : new Fact(
                                f.eventId(),
                                f.measure(),
                                f.documentId(),
                                f.type(),
                                to,
                                to,
                                f.model(),
                                f.qualifier(),
                                f.period(),
                                f.low(),
                                f.high(),
                                f.reportedOn(),
                                f.speaker(),
                                f.quote(),
                                f.quoteStart(),
                                f.quoteEnd());
            case "period" ->
                new Fact(
                        f.eventId(),
                        f.measure(),
                        f.documentId(),
                        f.type(),
                        f.subject(),
                        f.org(),
                        f.model(),
                        f.qualifier(),
                        to,
                        f.low(),
                        f.high(),
                        f.reportedOn(),
                        f.speaker(),
                        f.quote(),
                        f.quoteStart(),
                        f.quoteEnd());
            case "basis", "metric", "baseline" ->
                new Fact(
                        f.eventId(),
                        f.measure(),
                        f.documentId(),
                        f.type(),
                        f.subject(),
                        f.org(),
                        f.model(),
                        to,
                        f.period(),
                        f.low(),
                        f.high(),
                        f.reportedOn(),
                        f.speaker(),
                        f.quote(),
                        f.quoteStart(),
                        f.quoteEnd());
            default -> f;
        };
    }

    private static @Nullable Fact withValue(Fact f, @Nullable BigDecimal low, @Nullable BigDecimal high) {
        if (low == null) {
            return null;
        }
        return new Fact(
                f.eventId(),
                f.measure(),
                f.documentId(),
                f.type(),
                f.subject(),
                f.org(),
                f.model(),
                f.qualifier(),
                f.period(),
                low,
                high,
                f.reportedOn(),
                f.speaker(),
                f.quote(),
                f.quoteStart(),
                f.quoteEnd());
    }

    private static @Nullable BigDecimal number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void usd(
            List<Fact> facts,
            MarketEvent event,
            @Nullable String subject,
            @Nullable String model,
            @Nullable String qualifier,
            @Nullable String period,
            @Nullable UsdAmount amount) {
        if (amount != null && subject != null) {
            facts.add(fact(event, Conflict.USD, subject, model, qualifier, period, amount.usd(), amount.usdHigh()));
        }
    }

    private static void add(
            List<Fact> facts,
            MarketEvent event,
            String measure,
            String subject,
            @Nullable String model,
            @Nullable String qualifier,
            @Nullable BigDecimal value) {
        if (value != null) {
            facts.add(fact(event, measure, subject, model, qualifier, null, value, null));
        }
    }

    private static Fact fact(
            MarketEvent event,
            String measure,
            String subject,
            @Nullable String model,
            @Nullable String qualifier,
            @Nullable String period,
            BigDecimal low,
            @Nullable BigDecimal high) {
        Provenance p = event.provenance();
        return new Fact(
                event.id().value(),
                measure,
                event.documentId().value(),
                event.type(),
                subject,
                event.org(),
                model,
                qualifier,
                period,
                low,
                high,
                p.reportedOn(),
                p.speaker(),
                p.quote(),
                p.start(),
                p.end());
    }
}
