package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Companies and models a sentence names: listed spellings, model versions, and names found by context. */
class NamesTest {
    private final Names names = new Names(Lexicon.builtIn());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OpenAI released GPT-4o mini today.                 | GPT-4o mini      | OpenAI
            Anthropic shipped Claude Opus 4.5.                 | Claude Opus 4.5  | Anthropic
            the deepseek-chat model                            | deepseek-chat    | DeepSeek
            Meta's Llama 4 Scout is out.                       | Llama 4 Scout    | Meta
            DeepSeek-V3 was trained cheaply.                   | DeepSeek-V3      | DeepSeek
            Mistral Large 3 ships under Apache 2.0.            | Mistral Large 3  | Mistral AI
            Google's Gemini 3.1 Flash Lite                     | Gemini 3.1 Flash Lite | Google
            """)
    void readsAModelWithItsVersionAndDeveloper(String sentence, String model, String developer) {
        assertThat(names.find(sentence)).filteredOn(Mention::model).first().satisfies(m -> {
            assertThat(m.name()).isEqualTo(model);
            assertThat(m.org()).isEqualTo(developer);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "DeepSeek trained on 2,048 GPUs.",
                "Mistral raised money in 2024.",
                "Step 1: factor in prompt caching."
            })
    void readsNoVersionedModelIn(String sentence) {
        assertThat(names.find(sentence)).filteredOn(Mention::versioned).isEmpty();
    }

    @Test
    void readsAFamilyWithItsVersionGluedOn() {
        assertThat(names.find("Dense models: Qwen3-0.6B, Qwen3-8B and Llama3 70B"))
                .filteredOn(Mention::model)
                .extracting(Mention::name)
                .containsExactly("Qwen3-0.6B", "Qwen3-8B", "Llama3 70B");
    }

    @Test
    void readsABareVersionNamedAsAModelAsItsCompanysModel() {
        assertThat(names.find(
                        "DeepSeek kept prices low, with their V3 model at $0.07 and the R1 reasoning model at $0.14."))
                .filteredOn(Mention::model)
                .extracting(Mention::name)
                .containsExactly("DeepSeek V3", "DeepSeek R1");
        assertThat(names.find("Mistral's newly released open-weight M2 model"))
                .filteredOn(Mention::model)
                .extracting(Mention::name)
                .containsExactly("Mistral AI M2");
    }

    @Test
    void keepsTheTextsSpellingBesideTheCanonicalName() {
        assertThat(names.find("Alphabet, MSFT and AWS spent more."))
                .extracting(Mention::name)
                .containsExactly("Google (Alphabet)", "Microsoft (MSFT)", "Amazon (AWS)");
        assertThat(names.find("Mistral and Google DeepMind"))
                .extracting(Mention::name)
                .containsExactly("Mistral AI", "Google");
        assertThat(names.find("Cursor maker Anysphere"))
                .extracting(Mention::name)
                .containsOnly("Anysphere (Cursor)", "Anysphere");
    }

    @Test
    void findsCompaniesInNoListByWhatTheSentenceSaysOfThem() {
        List<Mention> found = names.find("Paris-based startup Zephyra raised $40 million, and Quillon, the Berlin-based"
                + " startup, closed a round.");

        assertThat(found)
                .filteredOn(Mention::byContext)
                .extracting(Mention::name)
                .containsExactly("Zephyra", "Quillon");
    }

    @Test
    void marksYardstickModelsAsComparisons() {
        List<Mention> found = names.find("Haiku 3 is 12x cheaper than Claude 3 Opus.");

        assertThat(found)
                .filteredOn(m -> m.name().equals("Claude 3 Opus"))
                .singleElement()
                .satisfies(m -> assertThat(m.comparison()).isTrue());
    }
}
