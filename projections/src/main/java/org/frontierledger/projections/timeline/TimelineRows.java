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
        Shape shape = switch (event) {
            case ModelReleaseReported e -> new Shape(e.model(), null, null, releaseFigure(e), null, e.license());
            case CapexReported e -> Shape.money(e.amount(), e.period(), null);
            case PriceReported e -> new Shape(e.model(), null, null, Figures.tokenPrice(e.inputUsdPerMTok(),
                    e.outputUsdPerMTok()), null, e.provider());
            case PriceRatioReported e -> new Shape(null, null, null, Figures.ratio(e.ratio()), null,
                    e.baseline() == null ? null : "vs " + e.baseline());
            case ValuationReported e -> Shape.money(e.amount(), null, e.basis());
            case FundingReported e -> Shape.money(e.amount(), null, e.round());
            case RevenueReported e -> Shape.money(e.amount(), e.period(), e.metric());
            case TrainingCostReported e -> trainingCost(e);
            case ComputeCommitmentReported e -> Shape.money(e.amount(), null, e.counterparty());
        };
        Provenance p = event.provenance();
        return new TimelineEntry(event.id().value(), event.documentId().value(), event.type(), event.subject(),
                event.org(), shape.model(), shape.low(), shape.high(), shape.figure(), shape.period(),
                shape.detail(), p.reportedOn(), recordedAt, p.speaker(), p.quote(), p.start(), p.end());
    }

    private static String releaseFigure(ModelReleaseReported e) {
        return Boolean.TRUE.equals(e.openWeights()) ? "open weights" : "released";
    }

    private static Shape trainingCost(TrainingCostReported e) {
        String figure = e.amount() != null ? Figures.usd(e.amount()) : "";
        if (e.gpus() != null) {
            figure = (figure.isEmpty() ? "" : figure + ", ") + Figures.gpus(e.gpus());
        }
        UsdAmount amount = e.amount();
        return new Shape(e.model(), amount == null ? null : amount.usd(), amount == null ? null : amount.usdHigh(),
                figure, null, null);
    }

    private record Shape(@Nullable String model, @Nullable BigDecimal low, @Nullable BigDecimal high,
            String figure, @Nullable String period, @Nullable String detail) {
        static Shape money(UsdAmount amount, @Nullable String period, @Nullable String detail) {
            return new Shape(null, amount.usd(), amount.usdHigh(), Figures.usd(amount), period, detail);
        }
    }
}
