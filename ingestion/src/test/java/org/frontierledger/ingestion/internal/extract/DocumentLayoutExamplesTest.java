package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.ingestion.EventExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that read more than one line: tables with two header rows and glued header words, price
 * tables flattened column by column, lists under a heading that states the unit, and who a round
 * belongs to when its sentence names only investors or points back ("the young company"). The texts
 * are written for these tests.
 */
class DocumentLayoutExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void readsATableWhoseHeaderFollowsAGroupRowAndGluesItsWords() throws IOException {
        List<JsonNode> events = extract("""
                Model prices
                | Light (4:1) | Heavy (1:4) | |||||
                |---|---|---|---|---|---|---|
                | Model | StandardInput($/1M) | StandardOutput($/1M) | CachedInput($/1M) | 0% (4:1) | 50% (4:1) | 0% (1:4) |
                | Gemini 2.5 Flash | $0.30 | $2.50 | $0.03 | $3.70 | $3.10 | $10.30 |
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "Gemini 2.5 Flash", 0.30, 2.50));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Gemini 2.5 Flash (cached input)", 0.03, null));
        assertThat(events).hasSize(2);
    }

    @Test
    void readsAFlattenedPriceTableWhoseRowsEndInAContextSize() throws IOException {
        List<JsonNode> events = extract("""
                Current price list
                ModelInput (per 1M tokens)Output (per 1M tokens)Context window
                GPT-4o mini$0.15$0.60128K
                o3-mini$1.10$4.40200K
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "GPT-4o mini", 0.15, 0.6));
        assertThat(events).anySatisfy(e -> assertPrice(e, "o3-mini", 1.1, 4.4));
        assertThat(events).hasSize(2);
    }

    @Test
    void readsEveryCacheColumnOfAPriceTableAsItsOwnPrice() throws IOException {
        List<JsonNode> events = extract("""
                | Model | Base Input Tokens | 5m Cache Writes | 1h Cache Writes | Cache Hits & Refreshes | Output Tokens |
                |---|---|---|---|---|---|
                | Claude Sonnet 4 | $3 / MTok | $3.75 / MTok | $6 / MTok | $0.30 / MTok | $15 / MTok |
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "Claude Sonnet 4", 3, 15.0));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Claude Sonnet 4 (cache write, 5m)", 3.75, null));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Claude Sonnet 4 (cache write, 1h)", 6, null));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Claude Sonnet 4 (cached input)", 0.3, null));
        assertThat(events).hasSize(4);
    }

    @Test
    void readsAPriceTableFlattenedColumnByColumn() throws IOException {
        List<JsonNode> events = extract("""
                Pricing of the family
                Haiku 4.5Sonnet 4.5Opus 4.5
                Input / MTok$2$4$6
                Output / MTok$8$20$30
                Batch input$1$2$3
                Batch output$4$10$15
                Cache read (per MTok)$0.20$0.40$0.60
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "Sonnet 4.5", 4, 20.0));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Opus 4.5 (batch)", 3, 15.0));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Haiku 4.5 (cached input)", 0.2, null));
        assertThat(events).hasSize(9);
    }

    @Test
    void aFlattenedRowWithoutAnyTokenUnitNearbyIsNoPrice() throws IOException {
        assertThat(extract("""
                Plans
                Haiku 4.5Sonnet 4.5Opus 4.5
                Input$2$4$6
                """)).isEmpty();
    }

    @Test
    void aListTakesTheUnitItsHeadingStates() throws IOException {
        List<JsonNode> events = extract("""
                What the cheap tier costs
                Budget tier ($0.05–$0.40/M input tokens):
                - GPT-4.1 Mini: $0.40 input / $1.60 output
                - Grok 3 Mini: $0.30 input / $0.50 output
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "GPT-4.1 Mini", 0.40, 1.60));
        assertThat(events).anySatisfy(e -> assertPrice(e, "Grok 3 Mini", 0.30, 0.50));
        assertThat(events).hasSize(2);
    }

    @Test
    void aListUnderAHeadingWithoutAUnitHasNoTokenPrices() throws IOException {
        assertThat(extract("""
                What the plans cost:
                - Starter: $20 monthly / $200 yearly
                - Team: $30 monthly / $300 yearly
                """)).noneMatch(e -> e.get("type").asText().equals("PRICE"));
    }

    @Test
    void investorsWhoTookStakesAreNotTheCompanyARoundBelongsTo() throws IOException {
        List<JsonNode> events = extract("""
                Zephyra draws big backers
                Microsoft and Nvidia have taken stakes in Zephyra, the robotics lab founded by former OpenAI researchers.
                Their participation anchors a $900 million round that values the young company at $7 billion.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("FUNDING"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("org").asText()).isEqualTo("Zephyra"));
        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("VALUATION"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("org").asText()).isEqualTo("Zephyra"));
    }

    @Test
    void aRoundNamingOnlyItsInvestorsBelongsToNoneOfThem() throws IOException {
        List<JsonNode> events = extract("""
                The deal so far
                There is progress on this $40 billion round.
                The money comes from a few names, Amazon, SoftBank and Nvidia, in that order.
                """);

        assertThat(events)
                .noneMatch(e -> List.of("Amazon", "SoftBank", "Nvidia")
                        .contains(e.path("org").asText()));
    }

    @Test
    void aDefiniteDescriptionPointsAtTheCompanyNamedLast() throws IOException {
        List<JsonNode> events = extract("""
                Valuations climb
                Rivals are crowding in: Quillon has hired bankers, and competitor Corvane has started talks with investors.
                In March, the Boston startup raised $300 million.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("FUNDING"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("org").asText()).isEqualTo("Corvane"));
    }

    @Test
    void readsASentenceAHardWrapCutIntoLines() throws IOException {
        List<JsonNode> events = extract("""
                Capex outlook
                Meta lifted the low end
                of its 2026 capital expenditures range and now expects to spend between $41
                billion and $47 billion, up from an earlier estimate of $39
                billion.
                Plans by quarter
                """);

        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("CAPEX");
            assertThat(e.get("org").asText()).isEqualTo("Meta");
            assertThat(e.get("amountUsd").asDouble()).isEqualTo(41e9);
            assertThat(e.get("amountUsdHigh").asDouble()).isEqualTo(47e9);
            assertThat(e.get("quote").asText())
                    .startsWith("Meta lifted the low end")
                    .endsWith("$39\nbillion.");
        });
    }

    @Test
    void keepsHeadingsLabelsAndFlattenedRowsOnTheirOwnLines() {
        assertThat(Segmenter.wrapped("Capex Signals Bigger Bets Ahead", "What matters more is the scale."))
                .isFalse();
        assertThat(Segmenter.wrapped(
                        "Input text: $0.00002 / 1k characters becomes $0.08 / 1M tokens",
                        "Output text: $0.00008 / 1k characters becomes $0.32 / 1M tokens"))
                .isFalse();
        assertThat(Segmenter.wrapped("2019RoBERTa LargeMeta$160,018", "2020GPT-3 175BOpenAI$4,324,883"))
                .isFalse();
        assertThat(Segmenter.wrapped(
                        "Source: https://example.org/news/a-long-address-of-an-article", "Retrieved: today"))
                .isFalse();
        assertThat(Segmenter.wrapped(
                        "A wave of optimism swept through the market as", "Quillon and Corvane shares rose."))
                .isTrue();
        assertThat(Segmenter.wrapped("Quillon raised the floor", "of its guidance."))
                .isTrue();
    }

    @Test
    void readsARankingOfTheMonthsRounds() throws IOException {
        List<JsonNode> events = extract("""
                The month's ten biggest funding rounds
                1. Zephyra, $2.5B, robotics: The humanoid maker closed its largest raise yet.
                2. (tied) Quillon, $600M, fintech: Payments again.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("rule").asText().equals("money.list"))
                .extracting(
                        e -> e.get("org").asText() + " " + e.get("amountUsd").asLong())
                .containsExactly("Zephyra 2500000000", "Quillon 600000000");
    }

    @Test
    void aRankingOutsideAFundingTextIsNoRound() throws IOException {
        assertThat(extract("""
                The best-selling gadgets of the year
                1. Zephyra, $250, headphones: Light and loud.
                """)).noneMatch(e -> e.get("type").asText().equals("FUNDING"));
    }

    @Test
    void readsATrainingTableFlattenedWithItsHardware() throws IOException {
        List<JsonNode> events = extract("""
                What training runs cost
                ModelOrgYearGPUsGPU-HoursCost (Est.)
                Llama 3 8BMeta20248K H100s~1.3M~$2.6M
                Zephyra 40B (est.)Quillon2025~12K A100s~4M~$9M
                """);

        assertThat(events)
                .extracting(e -> e.path("model").asText() + "|" + e.path("org").asText() + "|"
                        + e.path("gpus").asLong() + "|" + e.path("amountUsd").asLong())
                .containsExactlyInAnyOrder(
                        "Llama 3 8B|Meta|8000|0",
                        "Llama 3 8B|Meta|0|2600000",
                        "Zephyra 40B|Quillon|12000|0",
                        "Zephyra 40B|Quillon|0|9000000");
    }

    @Test
    void readsAPriceRowThatLacksItsProviderCell() throws IOException {
        List<JsonNode> events = extract("""
                | Model | Provider | Input (per 1M) | Output (per 1M) | Best for |
                |---|---|---|---|---|
                | GPT-4.1 | OpenAI | $2.00 | $8.00 | General use |
                | Gemini 2.5 Flash | $0.30 | $2.50 | Fast work | |
                """);

        assertThat(events).anySatisfy(e -> assertPrice(e, "GPT-4.1", 2.0, 8.0));
        assertThat(events).anySatisfy(e -> {
            assertPrice(e, "Gemini 2.5 Flash", 0.30, 2.50);
            assertThat(e.get("org").asText()).isEqualTo("Google");
        });
    }

    @Test
    void readsCompanyItemsUnderAHeadingThatNamesTheFigure() throws IOException {
        List<JsonNode> events = extract("""
                The race in numbers
                Spending on data centers and chips keeps growing:
                - Microsoft: Expects about $150 billion this year.
                - Alphabet (Google): Planning an investment range of $90 billion to $95 billion.
                - Amazon: Spent $30 billion in the quarter.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("rule").asText().equals("money.list"))
                .extracting(e -> e.get("type").asText() + " " + e.get("org").asText() + " "
                        + e.get("amountUsd").asLong())
                .containsExactly(
                        "CAPEX Microsoft 150000000000",
                        "CAPEX Alphabet (Google) 90000000000",
                        "CAPEX Amazon 30000000000");
    }

    @Test
    void companyItemsUnderAHeadingThatNamesNoFigureAreLeftToTheirOwnWords() throws IOException {
        assertThat(extract("""
                Who said what:
                - Microsoft: Our partners matter, and $80 million in grants shows it.
                """)).noneMatch(e -> e.get("rule").asText().equals("money.list"));
    }

    @Test
    void aFamilyThatShipsInSizesIsOneReleasePerSize() throws IOException {
        List<JsonNode> events = extract("""
                Gemma 3 is Google's open-weight model family, released last March.
                It ships in three sizes — 2B, 9B, 27B — as pretrained and tuned checkpoints.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("MODEL_RELEASE"))
                .extracting(e -> e.get("model").asText())
                .containsExactly("Gemma 3 2B", "Gemma 3 9B", "Gemma 3 27B");
    }

    @Test
    void itemsOfFiguresBelongToTheCompanyTheirHeadingNames() throws IOException {
        List<JsonNode> events = extract("""
                OpenAI's quarter was strong, with $5.7 billion in revenue.
                The paper reported that Anthropic is on track for:
                - $4.1 billion in Q1 sales
                - $9.2 billion in Q2 sales
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("REVENUE"))
                .extracting(
                        e -> e.get("org").asText() + " " + e.get("amountUsd").asLong())
                .containsExactly("OpenAI 5700000000", "Anthropic 4100000000", "Anthropic 9200000000");
    }

    @Test
    void membersOfAReleasedFamilyListedTogetherAreReleasesEach() throws IOException {
        List<JsonNode> events = extract("""
                Alibaba released Qwen3 as open weights this week.
                Dense models: Qwen3-1.7B, Qwen3-8B, Qwen3-32B.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("MODEL_RELEASE"))
                .extracting(e -> e.get("model").asText())
                .contains("Qwen3-1.7B", "Qwen3-8B", "Qwen3-32B");
    }

    @Test
    void namesInsideAnAsideAreNotTheRaiser() throws IOException {
        List<JsonNode> events = extract("""
                Mistral AI is looking for money.
                The company — hailed as a rival to OpenAI and DeepSeek — is looking to raise $1 billion.
                """);

        assertThat(events)
                .filteredOn(e -> e.get("type").asText().equals("FUNDING"))
                .singleElement()
                .satisfies(e -> assertThat(e.get("org").asText()).isEqualTo("Mistral AI"));
    }

    @Test
    void modelItemsOfATrainingCostTextAreTrainingCosts() throws IOException {
        List<JsonNode> events = extract("""
                What frontier training runs cost
                - Llama 3.1 70B: ~$20M est., on 8K H100s.
                - Grok 3 median: $300M (two methods agree).
                """);

        assertThat(events)
                .filteredOn(e -> e.get("rule").asText().equals("money.list"))
                .extracting(
                        e -> e.get("model").asText() + " " + e.get("amountUsd").asLong())
                .containsExactly("Llama 3.1 70B 20000000", "Grok 3 300000000");
    }

    @Test
    void modelItemsOutsideATrainingTextAreLeftAlone() throws IOException {
        assertThat(extract("""
                Plans compared
                - Llama 3.1 70B: $20M of hosting credits were handed out.
                """)).noneMatch(e -> e.get("type").asText().equals("TRAINING_COST"));
    }

    private static void assertPrice(JsonNode e, String model, double input, Double output) {
        assertThat(e.get("type").asText()).isEqualTo("PRICE");
        assertThat(e.get("model").asText()).isEqualTo(model);
        assertThat(e.get("inputUsdPerMTok").asDouble()).isEqualTo(input);
        if (output == null) {
            assertThat(e.hasNonNull("outputUsdPerMTok")).isFalse();
        } else {
            assertThat(e.get("outputUsdPerMTok").asDouble()).isEqualTo(output);
        }
    }

    private List<JsonNode> extract(String text) throws IOException {
        Path file = folder.resolve("layout.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<JsonNode> out = new ArrayList<>();
        for (String line : EventExtraction.jsonLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
