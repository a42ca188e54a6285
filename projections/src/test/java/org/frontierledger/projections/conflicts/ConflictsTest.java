package org.frontierledger.projections.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.junit.jupiter.api.Test;

class ConflictsTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 28);

    @Test
    void differentTrainingCostsOfOneModelFromDifferentSourcesConflict() {
        List<Conflict> conflicts = find(
                training("doc a", "DeepSeek V3", 5_000_000L),
                training("doc b", null, 6_000_000L),
                training("doc c", null, 1_000_000_000L));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(MarketEventType.TRAINING_COST);
            assertThat(c.subject()).isEqualTo("DeepSeek V3");
            assertThat(c.measure()).isEqualTo(Conflict.USD);
            assertThat(c.claims()).extracting(ConflictingClaim::figure).containsExactlyInAnyOrder("$5M", "$6M", "$1B");
            assertThat(c.claims())
                    .extracting(ConflictingClaim::documentTitle)
                    .containsExactlyInAnyOrder("doc a", "doc b", "doc c");
        });
    }

    @Test
    void agreeingFiguresAndOverlappingRangesAreNoConflict() {
        assertThat(find(
                        capex("a", "Meta", 60, 65, "2025"),
                        capex("b", "Meta", 64, null, "2025"),
                        capex("c", "Meta", 65, null, "2025")))
                .isEmpty();
    }

    @Test
    void capexOfOtherPeriodsOrCompaniesIsNoConflict() {
        assertThat(find(
                        capex("a", "Meta", 60, null, "2025"),
                        capex("b", "Meta", 115, null, "2026"),
                        capex("c", "Microsoft", 80, null, "2025")))
                .isEmpty();
        assertThat(find(capex("a", "Meta", 60, null, "2025"), capex("b", "Meta", 70, null, "2025")))
                .hasSize(1);
    }

    @Test
    void guidanceAndTheAmountLaterSpentAreNoConflictButTwoGuidancesCanBe() {
        assertThat(find(
                        capex("a", "Meta", 60, 65, "2025", CapexBasis.GUIDANCE),
                        capex("b", "Meta", 72, null, "2025", CapexBasis.REPORTED)))
                .isEmpty();
        assertThat(find(
                        capex("a", "Meta", 60, 65, "2025", CapexBasis.GUIDANCE),
                        capex("b", "Meta", 72, null, "2025", CapexBasis.GUIDANCE)))
                .hasSize(1);
    }

    @Test
    void correctingTheBasisMovesTheFigureToItsOwnTopic() {
        Fact spent = Facts.of(capex("b", "Meta", 72, null, "2025", CapexBasis.GUIDANCE))
                .getFirst();
        Fact corrected = Facts.corrected(spent, new FieldChange("basis", "guidance", "reported"));

        assertThat(Conflicts.find(List.of(
                        sourced(Facts.of(capex("a", "Meta", 60, 65, "2025", CapexBasis.GUIDANCE))
                                .getFirst()),
                        sourced(corrected))))
                .isEmpty();
    }

    @Test
    void trainingCostsOfDifferentModelsOfOneDeveloperAreNoConflict() {
        assertThat(find(training("a", "DeepSeek V3", 5_600_000L), training("b", "DeepSeek R1", 6_000_000L)))
                .isEmpty();
    }

    @Test
    void forecastValuationsAreOpinionsNotConflicts() {
        assertThat(find(valuation("a", 300, "round"), valuation("b", 3000, "forecast")))
                .isEmpty();
        assertThat(find(valuation("a", 300, "round"), valuation("b", 260, null)))
                .hasSize(1);
    }

    @Test
    void aCorrectionThatSettlesTheFigureEndsTheConflict() {
        Fact wrong = Facts.of(capex("b", "Meta", 70, null, "2025")).getFirst();
        Fact corrected = Facts.corrected(wrong, new FieldChange("amountUsd", "70000000000", "60000000000"));

        assertThat(Conflicts.find(List.of(
                        sourced(Facts.of(capex("a", "Meta", 60, null, "2025")).getFirst()), sourced(corrected))))
                .isEmpty();
    }

    private static List<Conflict> find(MarketEvent... events) {
        List<Conflicts.Sourced> facts = new ArrayList<>();
        for (MarketEvent event : events) {
            Facts.of(event).forEach(f -> facts.add(sourced(f)));
        }
        return Conflicts.find(facts);
    }

    private static Conflicts.Sourced sourced(Fact fact) {
        return new Conflicts.Sourced(
                fact, fact.quote().split(":")[0], "/tmp/" + fact.quote().split(":")[0]);
    }

    private static Provenance provenance(String title) {
        String quote = title + ": a statement";
        return new Provenance(DocumentId.ofText(title), quote, 0, quote.length(), null, JAN, "test", "1");
    }

    private static MarketEventId id(String title, String... parts) {
        return MarketEventId.derive(DocumentId.ofText(title), parts);
    }

    private static TrainingCostReported training(String title, String model, long usd) {
        return new TrainingCostReported(
                id(title, "t", String.valueOf(model), String.valueOf(usd)),
                provenance(title),
                "DeepSeek",
                model,
                UsdAmount.of(usd),
                null);
    }

    private static CapexReported capex(String title, String org, long billions, Integer highBillions, String period) {
        return capex(title, org, billions, highBillions, period, null);
    }

    private static CapexReported capex(
            String title, String org, long billions, Integer highBillions, String period, CapexBasis basis) {
        BigDecimal low = BigDecimal.valueOf(billions).movePointRight(9);
        BigDecimal high =
                highBillions == null ? null : BigDecimal.valueOf(highBillions).movePointRight(9);
        return new CapexReported(
                id(title, "c", org, String.valueOf(billions)),
                provenance(title),
                org,
                new UsdAmount(low, high),
                period,
                basis);
    }

    private static ValuationReported valuation(String title, long billions, String basis) {
        return new ValuationReported(
                id(title, "v", String.valueOf(billions)),
                provenance(title),
                "OpenAI",
                UsdAmount.of(BigDecimal.valueOf(billions).movePointRight(9)),
                basis);
    }
}
