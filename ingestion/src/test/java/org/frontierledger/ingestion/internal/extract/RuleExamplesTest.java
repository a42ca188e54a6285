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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cascade's rules, Duckling-style: sentences written for these tests with the event each must
 * give (type, the name it is about, its figure and the rule that finds it), and sentences that must
 * give none. They describe what each rule means; they are not sentences of the scored corpora.
 */
class RuleExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zephyra has raised $13 billion in a Series F round led by ICONIQ.            | FUNDING            | Zephyra            | 13000000000  | money.cue
            Quillon raised $400 million at a $10.2 billion valuation.                     | VALUATION          | Quillon            | 10200000000  | money.cue
            Nvidia will invest up to $100 billion in OpenAI.                              | FUNDING            | OpenAI             | 100000000000 | money.cue
            Databricks said it surpassed a $4 billion revenue run-rate.                   | REVENUE            | Databricks         | 4000000000   | money.cue
            Alphabet now expects 2025 capital spending of $85 billion.                    | CAPEX              | Google (Alphabet)  | 85000000000  | money.cue
            Oracle signed a $300 billion, five-year cloud contract with OpenAI.           | COMPUTE_COMMITMENT | Oracle / OpenAI    | 300000000000 | money.cue
            Training GPT-4 cost more than $100 million, the chief executive said.         | TRAINING_COST      | GPT-4              | 100000000    | money.cue
            Meta trained Llama 3.1 405B on more than 16,000 Nvidia H100 GPUs.             | TRAINING_COST      | Llama 3.1 405B     | 16000        | training.gpus
            Gemini 2.5 Flash costs $0.30 per million input tokens and $2.50 per million output tokens. | PRICE | Gemini 2.5 Flash | 0.3 | price.per-token
            Gemini 2.0 Flash is 10x cheaper than GPT-4o per token.                       | PRICE_RATIO        | Gemini 2.0 Flash   | 0.1          | ratio.price
            DeepSeek released R1, an open-weight reasoning model under the MIT license.   | MODEL_RELEASE      | DeepSeek R1        |              | release.verb
            OpenAI committed to spending $300 billion on Oracle cloud over five years.    | COMPUTE_COMMITMENT | OpenAI / Oracle    | 300000000000 | money.cue
            Claude Sonnet 4.5 is priced at $3/$15 per million input/output tokens.        | PRICE              | Claude Sonnet 4.5  | 3            | price.per-token
            Amazon, Alphabet, Microsoft, and Meta combined spent about $72 billion on purchases of property and equipment. | CAPEX | Amazon, Alphabet, Microsoft, and Meta | 72000000000 | money.cue
            The week's biggest rounds: Zephyra ($2.3B), Quillon ($500M) and Corvane ($275M) in funding. | FUNDING | Corvane | 275000000 | money.list
            Amazon agreed to invest another $2 billion in AI startup Quillon.              | FUNDING            | Quillon            | 2000000000   | money.cue
            Cohere announced a raise of $1.2 billion at a post-money valuation of $9 billion led by Accel. | VALUATION | Cohere | 9000000000 | money.cue
            Capital spending keeps climbing, with Alphabet raising its 2026 estimate to as much as $95 billion on data centers. | CAPEX | Google (Alphabet) | 95000000000 | money.cue
            Meta signed a $14B contract with CoreWeave.                                    | COMPUTE_COMMITMENT | Meta / CoreWeave   | 14000000000  | money.cue
            Anthropic said its run-rate revenue — a figure that annualizes recent sales — had passed $20 billion. | REVENUE | Anthropic | 20000000000 | money.cue
            The deal, valued at up to $9 billion, makes Nebius a supplier of GPU capacity to Meta. | COMPUTE_COMMITMENT | Nebius / Meta | 9000000000 | money.cue
            Anthropic expects $12 billion in revenue this quarter, 90% more than the $6.3 billion in the last one. | REVENUE | Anthropic | 6300000000 | money.cue
            Meta released Llama 4 Scout and Llama 4 Maverick and teased Llama 4 Behemoth. | MODEL_RELEASE | Llama 4 Maverick |     | release.verb
            Anthropic has raised $13 billion at a post-money valuation of $183 billion.   | FUNDING            | Anthropic          | 13000000000  | money.cue
            IREN committed to acquiring GPUs and equipment from Dell, a transaction valued at $5.8 billion. | CAPEX | IREN | 5800000000 | money.cue
            Microsoft led the pack last quarter, putting close to $30 billion toward data centers. | CAPEX | Microsoft | 30000000000 | money.cue
            On May 2, Velorant Inc. announced an oversubscribed $90 million Series B financing. | FUNDING | Velorant | 90000000 | money.cue
            Quillon Robotics Raises $45M Series A To Build Warehouse Arms                 | FUNDING            | Quillon Robotics   | 45000000     | money.cue
            Zephyra has raised $300 million from Japanese conglomerate SoftBank.          | FUNDING            | Zephyra            | 300000000    | money.cue
            Tessary, Ltd. closed a $12 million seed round led by venture firm Accel.      | FUNDING            | Tessary            | 12000000     | money.cue
            """)
    void findsTheEvent(String sentence, String type, String name, String figure, String rule) throws IOException {
        List<JsonNode> events = extract(sentence);

        assertThat(events).as("events of: %s", sentence).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo(type);
            assertThat(List.of(text(e, "org"), text(e, "model"), text(e, "subject"), text(e, "baseline")))
                    .contains(name);
            if (figure != null) {
                assertThat(List.of(
                                number(e, "amountUsd"),
                                number(e, "gpus"),
                                number(e, "ratio"),
                                number(e, "inputUsdPerMTok")))
                        .contains(Double.parseDouble(figure));
            }
            assertThat(e.get("rule").asText()).isEqualTo(rule);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "The federal deficit reached $1.8 trillion last year.",
                "A phishing scam drained $26,000 from an accountant's bank account.",
                "Polymarket gives OpenAI a 40% chance of raising $10 billion this year.",
                "AI startups raised $19 billion in venture capital funding in the first quarter.",
                "The company lost $5 billion last year on revenue growth.",
                "ChatGPT Plus costs $20 per month.",
                "Whisper costs $0.006 per minute of audio.",
                "Mistral raised €600 million in a Series B.",
                "The model has 175 billion parameters and a 128,000-token context window.",
                "OpenAI will release its next model later this year.",
                "Since the release of GPT-4, prices have fallen.",
                "Its share price rose 2.5% to $40 at the open.",
                "Meta teased Llama 4 Behemoth, a model it has yet to release.",
                "Compute cost per token dropped roughly 97% between GPT-4 and GPT-4o."
            })
    void findsNoEventIn(String sentence) throws IOException {
        assertThat(extract(sentence)).as("events of: %s", sentence).isEmpty();
    }

    private List<JsonNode> extract(String sentence) throws IOException {
        Path file = folder.resolve("example.txt");
        Files.writeString(file, sentence + "\n", StandardCharsets.UTF_8);
        List<JsonNode> out = new ArrayList<>();
        for (String line : EventExtraction.jsonLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : "";
    }

    private static double number(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asDouble() : Double.NaN;
    }
}
