package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.frontierledger.ingestion.EventExtraction;
import org.junit.jupiter.api.Test;

/**
 * Scores the capex basis, which the corpus's scorer does not look at: every capex event of this
 * module's generalisation gold that carries a {@code basis} key ("guidance", "reported", or null for
 * "the text says neither") and that the extractor finds (finding it is {@link CorpusScoreTest}'s
 * business) must have that basis, as {@code extract --json} writes it.
 */
class CapexBasisGoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OWN = Path.of("src", "test", "resources", "generalisation");

    @Test
    void extractsTheLabelledBasisOfEveryCapexFigure() throws Exception {
        List<JsonNode> predictions = new ArrayList<>();
        for (Path doc : ScorerRun.files(OWN.resolve("docs"))) {
            for (String line : EventExtraction.jsonLines(doc)) {
                predictions.add(JSON.readTree(line));
            }
        }
        List<String> wrong = new ArrayList<>();
        int labelled = 0;
        int found = 0;
        for (JsonNode gold : labelledCapex()) {
            labelled++;
            JsonNode hit = predictions.stream()
                    .filter(p -> sameFigure(gold, p))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                found++;
                String expected =
                        gold.get("basis").isNull() ? null : gold.get("basis").asText();
                String actual = hit.hasNonNull("basis") ? hit.get("basis").asText() : null;
                if (!Objects.equals(expected, actual)) {
                    wrong.add("basis " + actual + " for " + gold);
                }
            }
        }
        System.out.printf(
                "capex basis: %d right of %d found of %d labelled figures%n", found - wrong.size(), found, labelled);

        assertThat(found).as("labelled capex figures found").isGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }

    private static List<JsonNode> labelledCapex() throws Exception {
        List<JsonNode> gold = new ArrayList<>();
        for (Path file : ScorerRun.files(OWN.resolve("gold"))) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode event = JSON.readTree(line);
                    if ("CAPEX".equals(event.path("type").asText()) && event.has("basis")) {
                        gold.add(event);
                    }
                }
            }
        }
        return gold;
    }

    /** Same document, type, company (aliases aside, one name containing the other) and amount within 2%. */
    private static boolean sameFigure(JsonNode gold, JsonNode predicted) {
        if (!gold.get("doc").asText().equals(predicted.path("doc").asText())
                || !"CAPEX".equals(predicted.path("type").asText())
                || !predicted.has("amountUsd")) {
            return false;
        }
        String g = key(gold.get("org").asText());
        String p = key(predicted.path("org").asText());
        BigDecimal expected = gold.get("amountUsd").decimalValue();
        BigDecimal difference =
                expected.subtract(predicted.get("amountUsd").decimalValue()).abs();
        return !p.isEmpty()
                && (g.contains(p) || p.contains(g))
                && difference.compareTo(expected.multiply(new BigDecimal("0.02"))) <= 0;
    }

    private static String key(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return key.equals("alphabet") ? "google" : key;
    }
}
