package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ComputeCommitmentReported;
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

/** The pure mapping from a market event to its timeline entry: no Axon, no database. */
final class TimelineRows {
    private TimelineRows() {}

    static TimelineEntry of(MarketEvent event, Instant recordedAt) {
        Numbers n = switch (event) {
            case ModelReleaseReported e ->
                Numbers.none(e.model(), e.license())
                        .withFigure(Boolean.TRUE.equals(e.openWeights()) ? "open weights" : "released");
            case CapexReported e ->
                Numbers.money(
                        e.amount(),
                        e.period(),
                        e.basis() == null ? null : e.basis().wireName());
            case PriceReported e ->
                new Numbers(
                        e.model(),
                        null,
                        null,
                        e.inputUsdPerMTok(),
                        e.outputUsdPerMTok(),
                        null,
                        null,
                        e.provider(),
                        null,
                        null,
                        null);
            case PriceRatioReported e ->
                new Numbers(
                        null,
                        null,
                        null,
                        null,
                        null,
                        e.ratio(),
                        null,
                        null,
                        null,
                        e.baseline() == null ? null : "vs " + e.baseline(),
                        null);
            case ValuationReported e -> Numbers.money(e.amount(), null, e.basis());
            case FundingReported e -> Numbers.money(e.amount(), null, e.round());
            case RevenueReported e -> Numbers.money(e.amount(), e.period(), e.metric());
            case TrainingCostReported e ->
                new Numbers(
                        e.model(),
                        low(e.amount()),
                        high(e.amount()),
                        null,
                        null,
                        null,
                        e.gpus(),
                        null,
                        null,
                        null,
                        null);
            case ComputeCommitmentReported e -> Numbers.money(e.amount(), null, e.counterparty());
        };
        Provenance p = event.provenance();
        TimelineEntry entry = new TimelineEntry(
                event.id().value(),
                event.documentId().value(),
                event.type(),
                event.subject(),
                event.org(),
                n.model(),
                plain(n.low()),
                plain(n.high()),
                plain(n.input()),
                plain(n.output()),
                plain(n.ratio()),
                n.gpus(),
                n.provider(),
                "",
                n.period(),
                n.detail(),
                p.reportedOn(),
                TimelineTable.micros(recordedAt),
                p.speaker(),
                p.quote(),
                p.start(),
                p.end(),
                CurationStatus.EXTRACTED,
                null,
                null);
        return Corrections.withFigure(entry, n.figure());
    }

    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return TimelineTable.plain(value);
    }

    private static @Nullable BigDecimal low(@Nullable UsdAmount amount) {
        return amount == null ? null : amount.usd();
    }

    private static @Nullable BigDecimal high(@Nullable UsdAmount amount) {
        return amount == null ? null : amount.usdHigh();
    }

    /** The numbers of one event, before they become an entry. */
    private record Numbers(
            @Nullable String model,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            @Nullable BigDecimal input,
            @Nullable BigDecimal output,
            @Nullable BigDecimal ratio,
            @Nullable Long gpus,
            @Nullable String provider,
            @Nullable String period,
            @Nullable String detail,
            @Nullable String figure) {
        static Numbers money(UsdAmount amount, @Nullable String period, @Nullable String detail) {
            return new Numbers(
                    null, amount.usd(), amount.usdHigh(), null, null, null, null, null, period, detail, null);
        }

        static Numbers none(@Nullable String model, @Nullable String detail) {
            return new Numbers(model, null, null, null, null, null, null, null, null, detail, null);
        }

        Numbers withFigure(String text) {
            return new Numbers(model, low, high, input, output, ratio, gpus, provider, period, detail, text);
        }
    }
}
