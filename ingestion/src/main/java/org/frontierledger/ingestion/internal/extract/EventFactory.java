package org.frontierledger.ingestion.internal.extract;

import java.util.Objects;
import org.frontierledger.eventstore.event.CapexBasis;
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
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.eventstore.id.MarketEventId;

/** Turns findings into market events with identities derived from what they say. */
final class EventFactory {
    private final DocumentId documentId;

    EventFactory(DocumentId documentId) {
        this.documentId = documentId;
    }

    MarketEvent create(Finding f) {
        Provenance provenance = provenance(f.view()).withRule(f.rule());
        MarketEventId id = MarketEventId.derive(
                documentId,
                f.type().name(),
                EntityKey.normal(f.name()),
                f.figure(),
                String.valueOf(provenance.start()));
        return switch (f.type()) {
            case MODEL_RELEASE ->
                new ModelReleaseReported(
                        id, provenance, Objects.requireNonNull(f.model()), f.org(), f.openWeights(), f.detail());
            case CAPEX ->
                new CapexReported(
                        id,
                        provenance,
                        org(f),
                        amount(f),
                        f.period(),
                        f.detail() == null ? null : CapexBasis.parse(f.detail()));
            case PRICE ->
                new PriceReported(id, provenance, f.org(), f.model(), f.inputPerMTok(), f.outputPerMTok(), null);
            case PRICE_RATIO ->
                new PriceRatioReported(
                        id,
                        provenance,
                        Objects.requireNonNull(f.subject()),
                        Objects.requireNonNull(f.ratio()),
                        f.baseline(),
                        f.org());
            case VALUATION -> new ValuationReported(id, provenance, org(f), amount(f), f.detail());
            case FUNDING -> new FundingReported(id, provenance, org(f), amount(f), null);
            case REVENUE -> new RevenueReported(id, provenance, org(f), amount(f), f.period(), f.detail());
            case TRAINING_COST ->
                new TrainingCostReported(
                        id, provenance, f.org(), f.model(), f.usd() == null ? null : amount(f), f.gpus());
            case COMPUTE_COMMITMENT -> new ComputeCommitmentReported(id, provenance, org(f), amount(f), f.detail());
        };
    }

    Provenance provenance(View view) {
        return new Provenance(
                documentId,
                view.text(),
                view.sentence().start(),
                view.sentence().end(),
                view.speaker(),
                view.reportedOn(),
                RuleBasedExtractor.NAME,
                RuleBasedExtractor.VERSION);
    }

    private static String org(Finding f) {
        return Objects.requireNonNull(f.org(), "org");
    }

    private static UsdAmount amount(Finding f) {
        return new UsdAmount(Objects.requireNonNull(f.usd()), f.usdHigh());
    }
}
