package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A document sent as a command reaches the index through the event store and the processor. */
@SpringBootTest(classes = SearchTestApplication.class)
class ClaimIndexProjectionIT {

    private static final String TEXT = """
            Jensen Huang said HBM supply is sold out through 2026.
            Sam Altman said OpenAI's GPT-4o costs less to serve than GPT-4 did.
            A reader wrote <script>alert('x')</script> about HBM pricing.
            """;

    @TempDir
    static Path indexDir;

    @Autowired
    CommandGateway commands;

    @Autowired
    ClaimSearch search;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "search-it");
        registry.add("ledger.search.index-dir", () -> indexDir.toString());
    }

    @Test
    void ingestedClaimsBecomeSearchableWithHighlights() {
        // given
        IngestDocument command = DocumentFixture.text(TEXT)
                .titled("Memory market notes")
                .from("https://example.test/memory")
                .reportedOn(LocalDate.of(2026, 5, 5))
                .claim("Jensen Huang said HBM supply is sold out through 2026.", "Jensen Huang")
                .claim("Sam Altman said OpenAI's GPT-4o costs less to serve than GPT-4 did.", "Sam Altman")
                .claim("A reader wrote <script>alert('x')</script> about HBM pricing.", null)
                .command();

        // when
        commands.sendAndWait(command);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> search.count() == 3);

        // then
        SearchResult hbm = search.search(ClaimQuery.firstPage("hbm", 10));
        assertThat(hbm.total()).isEqualTo(2);
        assertThat(hbm.hits()).allSatisfy(hit -> {
            assertThat(hit.documentTitle()).isEqualTo("Memory market notes");
            assertThat(hit.source()).isEqualTo("https://example.test/memory");
            assertThat(hit.documentId()).isEqualTo(command.documentId().value());
            assertThat(hit.fragmentHtml()).contains("<mark>HBM</mark>").doesNotContain("<script>");
        });
        ClaimHit altman = search.search(ClaimQuery.firstPage("speaker:altman gpt-4o", 10)).hits().getFirst();
        assertThat(altman.speaker()).isEqualTo("Sam Altman");
        assertThat(altman.fragmentHtml()).contains("<mark>").contains("OpenAI&#39;s");
    }
}
