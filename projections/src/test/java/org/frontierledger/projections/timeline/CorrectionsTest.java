package org.frontierledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.junit.jupiter.api.Test;

class CorrectionsTest {
    private static final String PRICE =
            "Acme lists Widget-3 at $3 per million input tokens and $15 per million output.";
    private static final String TRAINING = "Widget-3 was trained on 4,000 GPUs.";
    private final DocumentFixture document = DocumentFixture.text(PRICE + "\n" + TRAINING);
    private final Instant now = Instant.parse("2026-05-05T10:00:00Z");

    private TimelineEntry price() {
        return TimelineRows.of(
                new PriceReported(
                        MarketEventId.derive(document.id(), "p"),
                        document.provenance(PRICE, null),
                        "Acme",
                        "Widget-3",
                        new BigDecimal("3"),
                        new BigDecimal("15"),
                        null),
                now);
    }

    @Test
    void correctingAPriceDerivesItsFigureAgain() {
        TimelineEntry corrected =
                Corrections.apply(price(), List.of(new FieldChange("outputUsdPerMTok", "15", "12.5")), "ana", now);

        assertThat(corrected.figure()).isEqualTo("$3 in / $12.5 out per 1M tokens");
        assertThat(corrected.status()).isEqualTo(CurationStatus.CORRECTED);
        assertThat(corrected.quote()).isEqualTo(PRICE);
    }

    @Test
    void correctingTheModelRenamesTheSubject() {
        TimelineEntry corrected =
                Corrections.apply(price(), List.of(new FieldChange("model", "Widget-3", "Widget-3 Pro")), "ana", now);

        assertThat(corrected.subject()).isEqualTo("Widget-3 Pro");
        assertThat(corrected.model()).isEqualTo("Widget-3 Pro");
    }

    @Test
    void capexBasisShowsAsTheDetailAndACorrectionReplacesIt() {
        String capex = "Acme spent $4 billion on data centers in 2025.";
        DocumentFixture doc = DocumentFixture.text(capex);
        TimelineEntry entry = TimelineRows.of(
                new CapexReported(
                        MarketEventId.derive(doc.id(), "c"),
                        doc.provenance(capex, null),
                        "Acme",
                        UsdAmount.of(4_000_000_000L),
                        "2025",
                        CapexBasis.REPORTED),
                now);

        TimelineEntry corrected =
                Corrections.apply(entry, List.of(new FieldChange("basis", "reported", "Guidance")), "ana", now);
        TimelineEntry cleared =
                Corrections.apply(entry, List.of(new FieldChange("basis", "reported", null)), "ana", now);

        assertThat(entry.detail()).isEqualTo("reported");
        assertThat(corrected.detail()).isEqualTo("guidance");
        assertThat(corrected.figure()).isEqualTo("$4B");
        assertThat(cleared.detail()).isNull();
    }

    @Test
    void trainingCostFigureCombinesDollarsAndGpus() {
        TimelineEntry entry = TimelineRows.of(
                new TrainingCostReported(
                        MarketEventId.derive(document.id(), "t"),
                        document.provenance(TRAINING, null),
                        "Acme",
                        "Widget-3",
                        null,
                        4000L),
                now);
        TimelineEntry corrected =
                Corrections.apply(entry, List.of(new FieldChange("amountUsd", null, "50000000")), "ana", now);

        assertThat(entry.figure()).isEqualTo("4,000 GPUs");
        assertThat(corrected.figure()).isEqualTo("$50M, 4,000 GPUs");
    }

    @Test
    void valuesThatAProjectionCouldNotApplyAreRefusedBeforeTheyBecomeEvents() {
        assertThatThrownBy(() -> new FieldChange("amountUsd", "1", "lots"))
                .hasMessageContaining("amountUsd must be a non-negative plain number");
        assertThatThrownBy(() -> new FieldChange("gpus", "1", "2.5")).hasMessageContaining("without decimals");
        assertThatThrownBy(() -> new FieldChange("reportedOn", null, "May 5")).hasMessageContaining("2026-05-05");
        assertThatThrownBy(() -> new FieldChange("colour", null, "red")).hasMessageContaining("cannot be corrected");
        assertThat(new UsdAmount(BigDecimal.ONE, null).usd()).isEqualTo(BigDecimal.ONE);
    }
}
