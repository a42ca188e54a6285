package org.frontierledger.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

class CorrectionFormTest {
    private final CorrectionForm form = new CorrectionForm();

    private static TimelineEntry entry(MarketEventType type, String detail) {
        return new TimelineEntry(
                "e1",
                "doc",
                type,
                "Meta",
                "Meta",
                type == MarketEventType.PRICE ? "Llama 4" : null,
                type == MarketEventType.PRICE ? null : new BigDecimal("65000000000"),
                null,
                type == MarketEventType.PRICE ? new BigDecimal("0.2") : null,
                null,
                null,
                null,
                null,
                "$65B",
                "2025",
                detail,
                LocalDate.of(2025, 1, 24),
                Instant.EPOCH,
                "Mark Zuckerberg",
                "q",
                0,
                1,
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    @Test
    void showsOnlyTheFieldsOfTheSelectedEventsType() {
        form.show(entry(MarketEventType.CAPEX, "guidance"));
        assertThat(form.fields.keySet())
                .containsExactly("org", "amountUsd", "amountUsdHigh", "period", "basis", "speaker", "reportedOn");
        assertThat(form.fields.get("basis")).isInstanceOf(Select.class);
        assertThat(form.fields.get("basis").getValue()).isEqualTo("guidance");
        assertThat(form.fields.get("amountUsd").getValue()).isEqualTo("$65B");
        assertThat(((TextField) form.fields.get("amountUsd")).getLabel()).isEqualTo("Amount (USD)");

        form.show(entry(MarketEventType.PRICE, null));
        assertThat(form.fields.keySet())
                .containsExactly("model", "org", "inputUsdPerMTok", "outputUsdPerMTok", "speaker", "reportedOn");
        assertThat(form.getChildren().count()).isEqualTo(6);
    }

    @Test
    void badValuesMarkTheirFieldWithAMessage() {
        form.show(entry(MarketEventType.CAPEX, null));
        TextField amount = (TextField) form.fields.get("amountUsd");

        amount.setValue("sixty-five billion");

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("like $1.5B, 1.5 billion");
        assertThat(form.problems()).singleElement().asString().startsWith("Amount (USD): ");
        amount.setValue("65000000000");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void amountsAreTypedAsPeopleWriteThemAndSentAsPlainNumbers() {
        form.show(entry(MarketEventType.CAPEX, null));
        TextField amount = (TextField) form.fields.get("amountUsd");

        amount.setValue("$1.5B");
        assertThat(amount.isInvalid()).isFalse();
        assertThat(form.values()).containsEntry("amountUsd", "1500000000");
        amount.setValue("1.5 billion");
        assertThat(form.values()).containsEntry("amountUsd", "1500000000");
        amount.setValue("-$1.5B");
        assertThat(form.problems()).isNotEmpty();
    }

    @Test
    void valuesAreTextWithBlankForAnUnstatedBasis() {
        form.show(entry(MarketEventType.CAPEX, null));

        assertThat(form.values()).containsEntry("basis", "").containsEntry("period", "2025");
    }
}
