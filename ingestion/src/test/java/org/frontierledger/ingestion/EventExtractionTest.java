package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExtractionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesOneJsonObjectPerEventInTheCorpusFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("capex-note.txt"), """
                Capex roundup
                Meta guided 2025 capital expenditures of $64 billion to $72 billion, says Susan Li.
                GPT-4o: $2.50 per 1M input tokens, $10.00 per 1M output tokens.""");

        List<JsonNode> events = parse(EventExtraction.jsonLines(file));

        assertThat(events).hasSize(2);
        JsonNode capex = events.get(0);
        assertThat(capex.get("doc").asText()).isEqualTo("capex-note.txt");
        assertThat(capex.get("type").asText()).isEqualTo("CAPEX");
        assertThat(capex.get("org").asText()).isEqualTo("Meta");
        assertThat(capex.get("amountUsd").isIntegralNumber()).isTrue();
        assertThat(capex.get("amountUsd").asLong()).isEqualTo(64_000_000_000L);
        assertThat(capex.get("amountUsdHigh").asLong()).isEqualTo(72_000_000_000L);
        assertThat(capex.get("period").asText()).isEqualTo("2025");
        assertThat(capex.get("speaker").asText()).isEqualTo("Susan Li");
        assertThat(capex.get("quote").asText()).startsWith("Meta guided");
        JsonNode price = events.get(1);
        assertThat(price.get("model").asText()).isEqualTo("GPT-4o");
        assertThat(price.get("inputUsdPerMTok").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(price.get("outputUsdPerMTok").decimalValue()).isEqualByComparingTo("10");
        assertThat(price.has("speaker")).isFalse();
    }

    @Test
    void writesNoNulls() throws IOException {
        Path file = Files.writeString(dir.resolve("release.md"), "# News\n\nAnthropic released Claude 3.7 Sonnet.");

        List<String> lines = EventExtraction.jsonLines(file);

        assertThat(lines).singleElement().asString().doesNotContain("null").contains("\"model\":\"Claude 3.7 Sonnet\"");
    }

    @Test
    void explainsAMissingFile() {
        Path missing = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> EventExtraction.jsonLines(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere.txt: no such file");
    }

    @Test
    void refusesFilesLargerThanTwentyMegabytes() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(EventExtraction.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> EventExtraction.jsonLines(big))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20 MB");
    }

    @Test
    void refusesUnsupportedFormats() throws IOException {
        Path pdf = Files.write(dir.resolve("deck.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', 0});

        assertThatThrownBy(() -> EventExtraction.jsonLines(pdf))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deck.pdf: unsupported format application/pdf");
    }

    private static List<JsonNode> parse(List<String> lines) {
        return lines.stream()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError(line, e);
                    }
                })
                .toList();
    }
}
