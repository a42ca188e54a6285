package org.frontierledger.eventstore.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void eachTypeHasTheFieldsOfItsVocabularyThenSpeakerAndDate() {
        assertThat(FieldChange.fieldsOf(MarketEventType.CAPEX))
                .containsExactly("org", "amountUsd", "amountUsdHigh", "period", "basis", "speaker", "reportedOn");
        assertThat(FieldChange.fieldsOf(MarketEventType.PRICE))
                .containsExactly("model", "org", "inputUsdPerMTok", "outputUsdPerMTok", "speaker", "reportedOn");
        for (MarketEventType type : MarketEventType.values()) {
            assertThat(FieldChange.FIELDS).containsAll(FieldChange.fieldsOf(type));
        }
    }

    @Test
    void problemsAreMessagesForPeople() {
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "amountUsd", "eighty billion"))
                .contains("amountUsd must be a non-negative plain number (e.g. 190000000000), got 'eighty billion'");
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "basis", "maybe"))
                .contains(
                        "a capex basis must be guidance or reported (or empty when the text does not say), got 'maybe'");
        assertThat(FieldChange.problem(MarketEventType.PRICE, "basis", "reported"))
                .get()
                .asString()
                .startsWith("'basis' is not a field of a price event");
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "reportedOn", "5 May"))
                .get()
                .asString()
                .contains("must be a date like 2026-05-05");
    }

    @Test
    void valuesTheTypeCanHoldHaveNoProblem() {
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "basis", " Reported "))
                .isEmpty();
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "basis", "")).isEmpty();
        assertThat(FieldChange.problem(MarketEventType.VALUATION, "basis", "secondary"))
                .isEmpty();
        assertThat(FieldChange.problem(MarketEventType.CAPEX, "amountUsd", "80000000000"))
                .isEmpty();
    }

    @Test
    void applicabilityIsCheckedAgainstTheType() {
        FieldChange basis = new FieldChange("basis", null, "guidance");

        basis.requireApplicableTo(MarketEventType.CAPEX);
        assertThatThrownBy(() -> basis.requireApplicableTo(MarketEventType.FUNDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a field of a funding event");
    }

    @Test
    void capexBasisParsesItsWireNamesOnly() {
        assertThat(CapexBasis.parse("GUIDANCE")).isEqualTo(CapexBasis.GUIDANCE);
        assertThat(CapexBasis.REPORTED.wireName()).isEqualTo("reported");
        assertThat(CapexBasis.find("plan")).isEmpty();
    }
}
