package org.frontierledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format of a fixed week against its golden file (regenerate with
 * {@code -Dledger.golden.update=true}, then read the diff), parsed back where it has a parser.
 */
class DigestExportersTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "digest");

    private final DigestExporters exporters = new DigestExporters();

    private String text(WeeklyDigest digest, DigestFormat format) {
        return new String(exporters.export(digest, format), StandardCharsets.UTF_8);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DigestFormat.class,
            names = {"MD", "HTML", "CSV", "JSON"})
    void textFormatsMatchTheirGoldenFiles(DigestFormat format) throws IOException {
        String actual = text(DigestSamples.week19(), format);
        Path golden = GOLDEN.resolve("digest-2026-W19." + format.extension());
        if (Boolean.getBoolean("ledger.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }

        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void csvParsesBackToOneRowPerEventWithPricesAndCitations() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text(DigestSamples.week19(), DigestFormat.CSV)))
                .getRecords();

        List<CSVRecord> events = rows.stream()
                .filter(r -> !r.get("type").equals(CsvDigestExporter.CLAIM))
                .toList();
        assertThat(events)
                .hasSize(DigestSamples.week19().events().size())
                .hasSize(9)
                .allSatisfy(r -> assertThat(r.get("saved_search")).isEmpty());
        assertThat(rows.subList(9, rows.size())).hasSize(2).allSatisfy(r -> {
            assertThat(r.get("type")).isEqualTo("CLAIM");
            assertThat(r.get("saved_search_owner")).isEqualTo("ana");
            assertThat(r.get("saved_search")).isEqualTo("Open models");
            assertThat(r.get("saved_search_query")).isEqualTo("\"open weights\" · Company: Nimbus Labs");
            assertThat(r.get("source")).isEqualTo("https://news.example.com/frontier-weekly");
        });
        assertThat(rows.get(10).get("speaker")).isEqualTo("Sam Okafor");
        CSVRecord price = rows.stream()
                .filter(r -> r.get("type").equals("PRICE"))
                .findFirst()
                .orElseThrow();
        assertThat(price.get("input_usd_per_1m_tokens")).isEqualTo("0.4");
        assertThat(price.get("blended_usd_per_1m_tokens_3to1")).isEqualTo("0.7");
        CSVRecord valuation = rows.stream()
                .filter(r -> r.get("type").equals("VALUATION"))
                .findFirst()
                .orElseThrow();
        assertThat(valuation.get("in_conflict")).isEqualTo("yes");
        assertThat(valuation.get("amount_usd")).isEqualTo("45000000000");
        assertThat(valuation.get("source")).isEqualTo("https://news.example.com/frontier-weekly");
        assertThat(valuation.get("quote")).isEqualTo("Investors valued Nimbus Labs at $45 billion in the new round.");
    }

    @Test
    void pdfShowsEverySectionFigureAndCitation() throws IOException {
        byte[] pdf = exporters.export(DigestSamples.week19(), DigestFormat.PDF);

        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text)
                .contains(
                        "Frontier Ledger weekly digest: 2026-W19",
                        "Monday 4 May 2026 to Sunday 10 May 2026",
                        "Headline figures",
                        "9 new market events",
                        "New models",
                        "Nimbus-4",
                        "licence: Apache-2.0",
                        "Price moves",
                        "$0.40 in / $1.60 out, blended $0.70",
                        "blended change -20%",
                        "(3 × input + 1 × output) / 4",
                        "Capex",
                        "$80B",
                        "Valuations",
                        "Conflicts",
                        "$40B",
                        "$45B",
                        "Notable quotes",
                        "Jo Rivera",
                        "Source: Frontier Weekly: labs, prices and money",
                        "file /data/notes/cloud-spending.md",
                        "reported 2026-05-07",
                        "Generated: 2026-05-11T06:00:05Z",
                        "Saved searches",
                        "Open models (ana)",
                        "query: \"open weights\" · Company: Nimbus Labs · 2 claims",
                        "No hits this week: HBM supply (ben)");
    }

    @Test
    void sameEventsGiveTheSameBytesInEveryFormat() {
        for (DigestFormat format : DigestFormat.values()) {
            assertThat(exporters.export(DigestSamples.week19(), format))
                    .as(format.name())
                    .isEqualTo(exporters.export(DigestSamples.week19(), format));
        }
    }

    @Test
    void anotherGenerationInstantChangesOnlyTheMarkedField() {
        WeeklyDigest later = DigestSamples.week19GeneratedAt(Instant.parse("2027-01-01T00:00:00Z"));
        for (DigestFormat format : List.of(DigestFormat.MD, DigestFormat.HTML, DigestFormat.JSON)) {
            List<String> before = text(DigestSamples.week19(), format).lines().toList();
            List<String> after = text(later, format).lines().toList();
            assertThat(after).hasSameSizeAs(before);
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    changed.add(after.get(i));
                }
            }
            assertThat(changed)
                    .as(format.name())
                    .singleElement()
                    .asString()
                    .containsIgnoringCase("generated")
                    .contains("2027-01-01T00:00:00Z");
        }
        assertThat(exporters.export(later, DigestFormat.CSV))
                .isEqualTo(exporters.export(DigestSamples.week19(), DigestFormat.CSV));
    }

    @Test
    void emptyWeekSaysSoInEveryFormat() throws IOException {
        WeeklyDigest empty = DigestSamples.empty();
        String message = "Nothing was reported in 2026-W19";

        assertThat(text(empty, DigestFormat.MD)).contains(message);
        assertThat(text(empty, DigestFormat.HTML)).contains(message);
        assertThat(pdfText(exporters.export(empty, DigestFormat.PDF))).contains(message);
        assertThat(text(empty, DigestFormat.CSV).lines())
                .singleElement()
                .asString()
                .startsWith("\"week\"");
        JsonNode json = new ObjectMapper().readTree(text(empty, DigestFormat.JSON));
        assertThat(json.at("/digest/week").asText()).isEqualTo("2026-W19");
        assertThat(json.at("/digest/events")).isEmpty();
    }

    @Test
    void jsonHasTheFullStructureWithUnitsAndTheBlend() throws IOException {
        JsonNode json = new ObjectMapper().readTree(text(DigestSamples.week19(), DigestFormat.JSON));

        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(json.get("units").asText()).contains("USD per 1M tokens").contains("3:1 input:output");
        JsonNode move = json.at("/digest/priceMoves/0");
        assertThat(move.at("/price/blended").decimalValue()).isEqualByComparingTo("0.7");
        assertThat(move.at("/previousPrice/blended").decimalValue()).isEqualByComparingTo("0.875");
        assertThat(move.get("blendedChangePercent").decimalValue()).isEqualByComparingTo("-20");
        assertThat(json.at("/digest/generatedAt").asText()).isEqualTo("2026-05-11T06:00:05Z");
        assertThat(json.at("/digest/conflicts/0/items")).hasSize(2);
        assertThat(json.at("/digest/quotes/0/citation/speaker").asText()).isEqualTo("Jo Rivera");
        assertThat(json.at("/digest/savedSearches/0/owner").asText()).isEqualTo("ana");
        assertThat(json.at("/digest/savedSearches/0/total").asLong()).isEqualTo(2);
        assertThat(json.at("/digest/savedSearches/0/hits/1/speaker").asText()).isEqualTo("Sam Okafor");
        assertThat(json.at("/digest/savedSearches/1/name").asText()).isEqualTo("HBM supply");
        assertThat(json.at("/digest/savedSearches/1/hits")).isEmpty();
    }
}
