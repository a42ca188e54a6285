package org.frontierledger.ui.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Chart;
import org.junit.jupiter.api.Test;

class PriceSeriesTest {

    private static TimelineEntry price(
            String id, String org, String model, String date, String in, String out, String quote) {
        return new TimelineEntry(
                id,
                "doc",
                MarketEventType.PRICE,
                model,
                org,
                model,
                null,
                null,
                in == null ? null : new BigDecimal(in),
                out == null ? null : new BigDecimal(out),
                null,
                null,
                org,
                "",
                null,
                null,
                LocalDate.parse(date),
                Instant.EPOCH,
                null,
                quote,
                0,
                quote.length(),
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    private final List<TimelineEntry> prices = List.of(
            price("a", "OpenAI", "GPT-4", "2023-03-14", "30", "60", "2023-03-14,OpenAI,GPT-4,https://example.com/a"),
            price("b", "OpenAI", "GPT-4o", "2024-05-13", "5", "15", "GPT-4o at $5 in and $15 out"),
            price("c", "Acme <b>", "Cheap-1", "2024-01-01", "0.5", null, "input only"),
            price("d", "Google", "Gemini 1.5 Flash", "2024-05-14", "0.35", "1.05", "Flash"));

    @Test
    void blendsThreeInputsToOneOutputByDefault() {
        assertThat(PriceMeasure.BLENDED_3_1.of(prices.get(0))).isEqualByComparingTo("37.5");
        assertThat(PriceMeasure.BLENDED_1_1.of(prices.get(0))).isEqualByComparingTo("45");
        assertThat(PriceMeasure.OUTPUT.of(prices.get(2))).isNull();
        assertThat(PriceMeasure.INPUT.of(prices.get(2))).isEqualByComparingTo("0.5");
    }

    @Test
    void onePointPerPriceAndASeriesPerCompanyWithTheCheapestStepLine() {
        ObjectNode option = PriceSeries.option(prices, PriceMeasure.BLENDED_3_1, true);

        JsonNode series = option.get("series");
        assertThat(option.at("/yAxis/type").asText()).isEqualTo("log");
        assertThat(series)
                .extracting(s -> s.get("name").asText())
                .containsExactly("Google", "OpenAI", PriceSeries.CHEAPEST);
        JsonNode cheapest = series.get(2).get("data");
        assertThat(cheapest)
                .extracting(d -> d.get("value")
                        .get(1)
                        .decimalValue()
                        .stripTrailingZeros()
                        .toPlainString())
                .containsExactly("37.5", "7.5", "0.525");
        assertThat(series.get(2).get("step").asText()).isEqualTo("end");
    }

    @Test
    void tooltipsNameModelDateAndSourceEscaped() {
        ObjectNode option = PriceSeries.option(prices, PriceMeasure.INPUT, false);

        StringBuilder tipsText = new StringBuilder();
        option.get("series")
                .forEach(s -> s.get("data")
                        .forEach(d -> tipsText.append(d.get("tip").asText()).append('\n')));
        String tips = tipsText.toString();
        assertThat(tips)
                .contains("GPT-4 (OpenAI)")
                .contains("source: https://example.com/a")
                .contains("Acme &lt;b&gt;")
                .doesNotContain("Acme <b>");
        assertThat(option.at("/yAxis/type").asText()).isEqualTo("value");
    }

    @Test
    void theCheapestLineRunsOnToTheLastPointAndCompaniesKeepTheirColour() {
        List<TimelineEntry> later = List.of(
                prices.get(3),
                price("e", "OpenAI", "GPT-4o", "2024-08-06", "2.5", "10", "2024-08-06,OpenAI,GPT-4o,OpenAI,2.5,10,,u"));
        ObjectNode option = PriceSeries.option(later, PriceMeasure.BLENDED_3_1, true);

        JsonNode cheapest = option.get("series").get(2).get("data");
        assertThat(cheapest)
                .extracting(d -> d.get("value").get(0).asText())
                .containsExactly("2024-05-14", "2024-08-06");
        assertThat(cheapest.get(1).get("value").get(1).decimalValue()).isEqualByComparingTo("0.525");
        assertThat(cheapest.get(1).get("tip").asText())
                .contains("Gemini 1.5 Flash")
                .contains("source:");
        assertThat(option.get("series").get(1).at("/itemStyle/color").asText()).isEqualTo(Chart.colourOf("OpenAI"));
        assertThat(option.at("/xAxis/minInterval").asLong()).isEqualTo(86_400_000L);
    }
}
