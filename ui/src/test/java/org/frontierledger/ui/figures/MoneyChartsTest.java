package org.frontierledger.ui.figures;

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
import org.junit.jupiter.api.Test;

class MoneyChartsTest {

    private static TimelineEntry money(
            String id, MarketEventType type, String subject, long usd, String period, String detail, String date) {
        return new TimelineEntry(
                id,
                "doc",
                type,
                subject,
                subject,
                null,
                BigDecimal.valueOf(usd),
                null,
                null,
                null,
                null,
                null,
                null,
                "$" + usd,
                period,
                detail,
                LocalDate.parse(date),
                Instant.EPOCH,
                null,
                "q",
                0,
                1,
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    @Test
    void capexBarsKeepCombinedFiguresAsTheirOwnBarsPerPeriod() {
        List<TimelineEntry> capex = List.of(
                money("a", MarketEventType.CAPEX, "Amazon", 200_000_000_000L, "2026", null, "2026-05-05"),
                money(
                        "b",
                        MarketEventType.CAPEX,
                        "Microsoft, Google, and Amazon",
                        800_000_000_000L,
                        "2026",
                        null,
                        "2026-05-05"),
                money("c", MarketEventType.CAPEX, "Amazon", 100_000_000_000L, null, null, "2025-02-06"));

        ObjectNode option = MoneyCharts.capexBars(capex);

        assertThat(option.at("/xAxis/data")).extracting(JsonNode::asText).containsExactly("2025 (report date)", "2026");
        JsonNode series = option.get("series");
        assertThat(series)
                .extracting(s -> s.get("name").asText())
                .containsExactly("Amazon", "Microsoft, Google, and Amazon");
        assertThat(series.get(0).get("data").get(0).get("value").decimalValue()).isEqualByComparingTo("100");
        assertThat(series.get(0).get("data").get(1).get("value").decimalValue()).isEqualByComparingTo("200");
        assertThat(series.get(1).get("data").get(0).isNull()).isTrue();
        assertThat(series.get(1).get("data").get(1).get("value").decimalValue()).isEqualByComparingTo("800");
    }

    @Test
    void capexGuidanceIsDrawnHollowAndApartFromAmountsReportedSpent() {
        List<TimelineEntry> capex = List.of(
                money("a", MarketEventType.CAPEX, "Meta", 65_000_000_000L, "2025", "guidance", "2025-01-24"),
                money("b", MarketEventType.CAPEX, "Meta", 72_000_000_000L, "2025", "reported", "2026-01-29"),
                money("c", MarketEventType.CAPEX, "Meta", 39_000_000_000L, "2024", null, "2025-01-29"));

        JsonNode series = MoneyCharts.capexBars(capex).get("series");

        assertThat(series)
                .extracting(s -> s.get("name").asText())
                .containsExactly("Meta", "Meta · guidance", "Meta · reported");
        JsonNode unstated = series.get(0);
        JsonNode guidance = series.get(1);
        JsonNode reported = series.get(2);
        assertThat(guidance.at("/itemStyle/borderType").asText()).isEqualTo("dashed");
        assertThat(guidance.at("/itemStyle/color").asText()).isEqualTo("rgba(255,255,255,0)");
        assertThat(reported.at("/itemStyle/color").asText())
                .isEqualTo(guidance.at("/itemStyle/borderColor").asText());
        assertThat(reported.at("/itemStyle/opacity").asDouble()).isEqualTo(1.0);
        assertThat(unstated.at("/itemStyle/opacity").asDouble()).isLessThan(1.0);
        assertThat(guidance.get("data").get(1).get("value").decimalValue()).isEqualByComparingTo("65");
        assertThat(reported.get("data").get(1).get("value").decimalValue()).isEqualByComparingTo("72");
        assertThat(guidance.get("data").get(1).get("tip").asText()).contains("capex (guidance)");
    }

    @Test
    void forecastsAreDrawnApartFromReportedFigures() {
        List<TimelineEntry> values = List.of(
                money("a", MarketEventType.VALUATION, "Anthropic", 61_500_000_000L, null, "round", "2025-03-03"),
                money("b", MarketEventType.VALUATION, "Anthropic", 3_000_000_000_000L, null, "forecast", "2026-05-01"));

        JsonNode series = MoneyCharts.overTime(values, "t").get("series");

        assertThat(series).hasSize(2);
        JsonNode forecast = series.get(0).get("name").asText().contains("forecast") ? series.get(0) : series.get(1);
        JsonNode round = forecast == series.get(0) ? series.get(1) : series.get(0);
        assertThat(forecast.get("symbol").asText()).isEqualTo("emptyCircle");
        assertThat(forecast.at("/lineStyle/type").asText()).isEqualTo("dashed");
        assertThat(round.get("symbol").asText()).isEqualTo("circle");
    }
}
