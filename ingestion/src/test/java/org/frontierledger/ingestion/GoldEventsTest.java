package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.junit.jupiter.api.Test;

/** Issue 13: gold lines from curated events, and the scorer's matching rules as {@code eval} applies them. */
class GoldEventsTest {
    private static final String QUOTE = "Alphabet will spend $75 billion on data centres in 2025.";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCorrectedEventBecomesAGoldLineWithTheCorrectedValuesAndItsQuoteLast() {
        MarketEvent capex = DocumentFixture.text("Notes\n" + QUOTE)
                .capex(QUOTE, "Alphabet", 75_000_000_000L, "2025")
                .command()
                .marketEvents()
                .getFirst();

        ObjectNode gold = GoldEvents.gold(
                "notes.txt",
                capex,
                List.of(
                        new FieldChange("amountUsd", "75000000000", "75500000000.00"),
                        new FieldChange("period", "2025", null),
                        new FieldChange("amountUsdHigh", null, "80000000000"),
                        new FieldChange("reportedOn", null, "2025-02-04")));

        assertThat(EventExtraction.write(gold))
                .isEqualTo("{\"doc\":\"notes.txt\",\"type\":\"CAPEX\",\"org\":\"Alphabet\","
                        + "\"amountUsd\":75500000000,\"amountUsdHigh\":80000000000,\"quote\":\"" + QUOTE + "\"}");
        assertThat(GoldEvents.complete(gold)).isTrue();
        assertThat(GoldEvents.complete(
                        GoldEvents.gold("notes.txt", capex, List.of(new FieldChange("org", "Alphabet", "")))))
                .isFalse();
    }

    @Test
    void matchingFollowsTheScorer() throws Exception {
        JsonNode gold = json.readTree("{\"type\":\"CAPEX\",\"org\":\"Google\",\"amountUsd\":75000000000}");

        assertThat(GoldEvents.matches(gold, line("CAPEX", "Alphabet", "76400000000")))
                .as("alias, within 2%")
                .isTrue();
        assertThat(GoldEvents.matches(gold, line("CAPEX", "Google Cloud", "75000000000")))
                .as("containment")
                .isTrue();
        assertThat(GoldEvents.matches(gold, line("CAPEX", "Google", "76600000000")))
                .as("beyond 2%")
                .isFalse();
        assertThat(GoldEvents.matches(gold, line("FUNDING", "Google", "75000000000")))
                .as("another type")
                .isFalse();
        assertThat(GoldEvents.matches(gold, line("CAPEX", "Meta", "75000000000")))
                .as("another company")
                .isFalse();
        JsonNode release = json.readTree("{\"type\":\"MODEL_RELEASE\",\"model\":\"DeepSeek R1\"}");
        assertThat(GoldEvents.matches(release, json.readTree("{\"type\":\"MODEL_RELEASE\",\"model\":\"DeepSeek-R1\"}")))
                .as("punctuation and spaces dropped")
                .isTrue();
    }

    private JsonNode line(String type, String org, String amount) throws Exception {
        return json.readTree("{\"type\":\"" + type + "\",\"org\":\"" + org + "\",\"amountUsd\":" + amount + "}");
    }
}
