package org.frontierledger.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventType;

/**
 * Market events as lines of the shared corpus's gold format ({@code EVENTS.md}), and the corpus
 * scorer's matching rules ({@code score.py}), so that {@code eval} scores as the scorer would.
 * Pure functions.
 */
final class GoldEvents {
    /** The scorer's aliases, after normalising: "Alphabet" is Google, "MSFT" Microsoft. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("alphabet", "google"),
            Map.entry("googledeepmind", "google"),
            Map.entry("deepmind", "google"),
            Map.entry("gcp", "google"),
            Map.entry("msft", "microsoft"),
            Map.entry("azure", "microsoft"),
            Map.entry("aws", "amazon"),
            Map.entry("amazonwebservices", "amazon"),
            Map.entry("facebook", "meta"),
            Map.entry("metaplatforms", "meta"),
            Map.entry("zai", "zhipu"),
            Map.entry("zhipuai", "zhipu"),
            Map.entry("nvda", "nvidia"));

    private static final List<String> NUMBERS =
            List.of("amountUsd", "ratio", "gpus", "inputUsdPerMTok", "outputUsdPerMTok");
    private static final double TOLERANCE = 0.02;
    /** Per type, groups of fields of which a gold line sets at least one ({@code check_gold.py}). */
    private static final Map<MarketEventType, List<List<String>>> REQUIRED = Map.of(
            MarketEventType.MODEL_RELEASE, List.of(List.of("model")),
            MarketEventType.CAPEX, List.of(List.of("org"), List.of("amountUsd")),
            MarketEventType.PRICE, List.of(List.of("model", "org"), List.of("inputUsdPerMTok", "outputUsdPerMTok")),
            MarketEventType.PRICE_RATIO, List.of(List.of("subject"), List.of("ratio")),
            MarketEventType.VALUATION, List.of(List.of("org"), List.of("amountUsd")),
            MarketEventType.FUNDING, List.of(List.of("org"), List.of("amountUsd")),
            MarketEventType.REVENUE, List.of(List.of("org"), List.of("amountUsd")),
            MarketEventType.TRAINING_COST, List.of(List.of("model", "org"), List.of("amountUsd", "gpus")),
            MarketEventType.COMPUTE_COMMITMENT, List.of(List.of("org"), List.of("amountUsd")));

    private GoldEvents() {}

    /** An extracted event as a prediction line: the {@code extract --json} object. */
    static ObjectNode prediction(String doc, MarketEvent event) {
        return EventExtraction.node(doc, event);
    }

    /**
     * A stored event as a gold line, with an analyst's corrections applied in order: {@code doc},
     * {@code type}, the type's fields, {@code speaker}, and {@code quote} (the event's sentence)
     * last. The extractor's {@code rule} and a price's {@code provider} are not gold fields.
     */
    static ObjectNode gold(String doc, MarketEvent event, List<FieldChange> corrections) {
        ObjectNode node = EventExtraction.node(doc, event);
        node.remove(List.of("rule", "provider"));
        JsonNode quote = node.remove("quote");
        corrections.forEach(change -> correct(node, event.type(), change));
        node.set("quote", quote);
        return node;
    }

    /** Whether a gold line sets every field its type requires (a correction may have cleared one). */
    static boolean complete(ObjectNode gold) {
        MarketEventType type = MarketEventType.valueOf(gold.get("type").asText());
        return REQUIRED.get(type).stream().allMatch(group -> group.stream().anyMatch(field -> set(gold, field)));
    }

    /**
     * Whether a prediction matches a gold event by {@code score.py}'s rules: the same type; the gold
     * event's name ({@code model}, else {@code org}, else {@code subject}) equal to one of the
     * prediction's after lower-casing, dropping everything but letters and digits and resolving
     * aliases, or one containing the other; and each number the gold event has within 2%.
     */
    static boolean matches(JsonNode gold, JsonNode predicted) {
        if (!gold.path("type").asText().equals(predicted.path("type").asText())) {
            return false;
        }
        String field = List.of("model", "org", "subject").stream()
                .filter(f -> set(gold, f))
                .findFirst()
                .orElse(null);
        if (field == null) {
            return false;
        }
        List<String> candidates = switch (field) {
            case "model" -> List.of("model", "org");
            case "org" -> List.of("org", "model");
            default -> List.of("subject", "org", "model");
        };
        String name = gold.get(field).asText();
        if (candidates.stream()
                .filter(c -> set(predicted, c))
                .noneMatch(c -> namesMatch(name, predicted.get(c).asText()))) {
            return false;
        }
        return NUMBERS.stream().filter(n -> gold.hasNonNull(n)).allMatch(n -> close(gold.get(n), predicted.get(n)));
    }

    static boolean namesMatch(String gold, String predicted) {
        String g = norm(gold);
        String p = norm(predicted);
        return !g.isEmpty() && !p.isEmpty() && (g.equals(p) || g.contains(p) || p.contains(g));
    }

    private static String norm(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return ALIASES.getOrDefault(key, key);
    }

    private static boolean close(JsonNode gold, JsonNode predicted) {
        Double g = number(gold);
        Double p = number(predicted);
        if (g == null || p == null) {
            return false;
        }
        return g == 0 ? p == 0 : Math.abs(p - g) <= TOLERANCE * Math.abs(g);
    }

    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        try {
            return Double.valueOf(node.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean set(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null
                && !value.isNull()
                && !(value.isTextual() && value.asText().isEmpty());
    }

    private static void correct(ObjectNode node, MarketEventType type, FieldChange change) {
        String field = change.field();
        String to = change.to();
        if (field.equals("reportedOn")) {
            return; // not a field of the gold format
        }
        if (to == null || to.isBlank()) {
            node.remove(field);
        } else if (FieldChange.NUMBERS.contains(field)) {
            BigDecimal number = new BigDecimal(to).stripTrailingZeros();
            if (number.scale() <= 0) {
                node.put(field, number.toBigIntegerExact());
            } else {
                node.put(field, number);
            }
        } else if (field.equals("openWeights")) {
            node.put(field, Boolean.parseBoolean(to));
        } else if (field.equals("basis") && type == MarketEventType.CAPEX) {
            node.put(field, CapexBasis.find(to).map(CapexBasis::wireName).orElse(to));
        } else {
            node.put(field, to);
        }
    }
}
