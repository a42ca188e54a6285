package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: a document whose text states no date says so in its ingest report (it is filed under
 * the day it was ingested) instead of taking that day silently; a dated one does not.
 */
class IngestReportTest {

    @Test
    void anUndatedDocumentSaysItIsFiledUnderTheDayItWasIngested() throws IOException {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "dates-")
                .toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestionTestApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--ledger.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("ledger"),
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--ledger.read-side.enabled=false",
                        "--ledger.sources.polling=false")) {
            IngestService ingest = context.getBean(IngestService.class);

            IngestReport undated = ingest.ingestContent(
                    "undated.txt",
                    "text/plain",
                    "Notes\nZephyra raised $40 million in a Series A.\n".getBytes(StandardCharsets.UTF_8),
                    "test");
            IngestReport dated = ingest.ingestContent(
                    "dated.txt",
                    "text/plain",
                    "Notes\nMarch 3, 2025\nQuillon raised $20 million in a seed round.\n"
                            .getBytes(StandardCharsets.UTF_8),
                    "test");

            assertThat(undated.undatedAs()).isEqualTo(LocalDate.now());
            assertThat(undated.summary()).contains("the text states no date: filed under " + LocalDate.now());
            assertThat(dated.undatedAs()).as(dated.summary()).isNull();
            assertThat(dated.summary()).doesNotContain("states no date");
        }
    }
}
