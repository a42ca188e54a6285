package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.id.MarketEventId;
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

    @Autowired
    ProjectionReplayer replayer;

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
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
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
        ClaimHit altman = search.search(ClaimQuery.firstPage("speaker:altman gpt-4o", 10))
                .hits()
                .getFirst();
        assertThat(altman.speaker()).isEqualTo("Sam Altman");
        assertThat(altman.fragmentHtml()).contains("<mark>").contains("OpenAI&#39;s");
    }

    @Test
    void curationReachesSearchAtOnceAndAReplayGivesTheSameHits() throws Exception {
        // given
        String capexLine = "Microsoft zzcurate plans to spend $80 billion on data centers.";
        String valuationLine = "Anthropic zzcurate was valued at $61.5 billion.";
        DocumentFixture document = DocumentFixture.text(capexLine + "\n" + valuationLine + "\n")
                .titled("Curation notes")
                .reportedOn(LocalDate.of(2025, 4, 1))
                .claim(capexLine, "Brad Smith")
                .claim(valuationLine, null)
                .capex(capexLine, "Microsoft", 80_000_000_000L, "2025")
                .valuation(valuationLine, "Anthropic", 61_500_000_000L, "round");
        IngestDocument command = document.command();
        long before = search.count();
        commands.sendAndWait(command);
        await().atMost(Duration.ofSeconds(10)).until(() -> search.count() == before + 2);
        // The market events may be indexed in a later batch than their claims: wait for their facts.
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(quotes("zzcurate org:microsoft amount:>=80B"))
                        .containsExactly(capexLine));
        MarketEventId capex = command.marketEvents().get(0).id();
        MarketEventId valuation = command.marketEvents().get(1).id();

        // when
        commands.sendAndWait(new CurateMarketEvent(
                document.id(),
                capex,
                CurateMarketEvent.Decision.CORRECT,
                "analyst",
                List.of(
                        new FieldChange("org", "Microsoft", "Contoso"),
                        new FieldChange("amountUsd", "80000000000", "8000000000")),
                "misread"));
        commands.sendAndWait(new CurateMarketEvent(
                document.id(), valuation, CurateMarketEvent.Decision.REJECT, "analyst", List.of(), "not a valuation"));

        // then
        await().atMost(Duration.ofSeconds(10))
                .until(() -> quotes("zzcurate org:contoso").size() == 1
                        && quotes("zzcurate type:valuation").isEmpty());
        assertThat(quotes("zzcurate org:microsoft")).isEmpty();
        assertThat(quotes("zzcurate amount:8B")).containsExactly(capexLine);
        assertThat(quotes("zzcurate anthropic")).containsExactly(valuationLine);
        List<List<String>> hits = snapshot();

        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        // The replay empties the index first; poll until it has written everything again.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(snapshot()).isEqualTo(hits));
    }

    private List<List<String>> snapshot() {
        return List.of(
                        "zzcurate",
                        "zzcurate org:contoso",
                        "zzcurate type:capex",
                        "zzcurate type:valuation",
                        "zzcurate amount:>=1B",
                        "hbm",
                        "gpt-4o")
                .stream()
                .map(query -> search.search(ClaimQuery.firstPage(query, 50)).hits().stream()
                        .map(h -> h.claimId() + " " + h.fragmentHtml() + " " + h.facts())
                        // A replay indexes the two segments in parallel, so hits of equal score may
                        // come back in another order: the same hits is what must hold.
                        .sorted()
                        .toList())
                .toList();
    }

    private List<String> quotes(String query) {
        return search.search(ClaimQuery.firstPage(query, 50)).hits().stream()
                .map(ClaimHit::quote)
                .toList();
    }
}
