package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: an administrator's {@code <data dir>/lexicon/} reaches ingest and re-extraction
 * without a build, and a bad file stops the start. Each step is a new process context on one
 * H2 file store, as a restart of the server or a CLI run is.
 */
class LexiconOverlayIT {
    private static final String ZYPHRA = "Zyphra Labs\tlab\tZyphra\n";
    /** Names the made-up company by its full name, which the lexicon lists. */
    private static final String FULL_NAME = "Lab notes\nZyphra Labs raised $100 million in a Series B.\n";
    /** Names it by an alias only; without the lexicon the extractor can only repeat the alias. */
    private static final String ALIAS = "Round-up\nIn a Series B, Zyphra raised $100 million.\n";

    private final Path dataDir = newDataDir();

    @Test
    void ingestNamesACompanyOfTheAdministratorsLexicon() throws IOException {
        lexicon("companies.tsv", "# made up for a test\n" + ZYPHRA);

        try (ConfigurableApplicationContext context = start()) {
            ingest(context, "full-name.txt", FULL_NAME);
            ingest(context, "alias.txt", ALIAS);

            assertThat(funding(context, FULL_NAME))
                    .extracting(FundingReported::org)
                    .containsExactly("Zyphra Labs");
            assertThat(funding(context, ALIAS)).extracting(FundingReported::org).containsExactly("Zyphra Labs");
            assertThat(funding(context, ALIAS).getFirst().amount().usd()).isEqualByComparingTo("100000000");
        }
    }

    @Test
    void reextractAppliesALexiconAddedAfterTheFirstIngest() throws IOException {
        // given: ingested before the administrator lists the company
        try (ConfigurableApplicationContext context = start()) {
            ingest(context, "alias.txt", ALIAS);
            assertThat(funding(context, ALIAS)).extracting(FundingReported::org).containsExactly("Zyphra");
        }
        lexicon("companies.tsv", ZYPHRA);

        // when: the next process re-extracts
        try (ConfigurableApplicationContext context = start()) {
            List<ReextractReport> reports =
                    context.getBean(ReextractService.class).reextractAll("test", r -> {});

            // then
            assertThat(reports).singleElement().satisfies(r -> {
                assertThat(r.added()).isEqualTo(1);
                assertThat(r.superseded()).isEqualTo(1);
            });
            List<Object> stream = payloads(context, ALIAS);
            assertThat(funding(context, ALIAS))
                    .extracting(FundingReported::org)
                    .containsExactly("Zyphra", "Zyphra Labs");
            assertThat(stream)
                    .filteredOn(MarketEventSuperseded.class::isInstance)
                    .singleElement()
                    .extracting(e -> ((MarketEventSuperseded) e).eventId())
                    .isEqualTo(funding(context, ALIAS).getFirst().id());
        }
    }

    @Test
    void aMalformedOrConflictingFileStopsTheStartWithItsFileAndLine() throws IOException {
        Path companies = lexicon("companies.tsv", "# comment\n" + ZYPHRA + "Zyphra Cloud\n");
        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(LexiconException.class)
                .hasMessage(companies.toAbsolutePath().normalize() + ":3: expected NAME<TAB>KIND<TAB>SPELLINGS");

        lexicon("companies.tsv", ZYPHRA + "Zyphra Cloud\tcloud\tZyphra\n");
        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining(companies.toAbsolutePath().normalize()
                        + ":2: the spelling \"Zyphra\" already names " + "Zyphra Labs");

        Files.delete(companies);
        Path cues = lexicon("cues.tsv", "FUNDING\tfinanc(ing\n");
        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith(cues.toAbsolutePath().normalize() + ":1: not a valid regular expression");
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(IngestionTestApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--ledger.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ledger") + ";AUTO_SERVER=TRUE",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--ledger.read-side.enabled=false",
                        "--ledger.sources.polling=false");
    }

    private Path lexicon(String file, String content) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("lexicon"));
        return Files.writeString(folder.resolve(file), content, StandardCharsets.UTF_8);
    }

    private void ingest(ConfigurableApplicationContext context, String name, String text) {
        IngestReport report = context.getBean(IngestService.class)
                .ingestContent(name, "text/plain", text.getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.status()).as(report.toString()).isEqualTo(IngestReport.Status.RECORDED);
        assertThat(report.documentId()).isEqualTo(id(text).value());
    }

    private static DocumentId id(String text) {
        return DocumentId.ofText(
                DocumentReaders.read("notes.txt", "text/plain", text).text());
    }

    private static List<FundingReported> funding(ConfigurableApplicationContext context, String text) {
        return payloads(context, text).stream()
                .filter(FundingReported.class::isInstance)
                .map(FundingReported.class::cast)
                .toList();
    }

    private static List<Object> payloads(ConfigurableApplicationContext context, String text) {
        return context.getBean(EventStore.class)
                .readEvents(id(text).value())
                .asStream()
                .map(EventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    private static Path newDataDir() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(parent, "lexicon-").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
