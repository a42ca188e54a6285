package org.frontierledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.SearchResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Analyst questions over the shared corpus, ingested through the real pipeline: for each, the
 * claim that answers it best must rank first. The questions are ours; the corpus is read at run
 * time from {@code ledger.shared.dir}.
 */
@SpringBootTest(properties = "ledger.sample-data.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceIT {

    @Autowired
    IngestService ingest;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    ClaimSearch search;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("relevance"));
    }

    @BeforeAll
    void corpusIngested() throws Exception {
        LedgerTestSupport.corpusDocuments().forEach(file -> ingest.ingestFile(file, "tester"));
        replayer.awaitCaughtUp(Duration.ofSeconds(120));
    }

    @Test
    void whatDidAnyoneSayAboutHbmSupply() {
        assertFirst("hbm supply", "why HBM is hard to scale");
    }

    @Test
    void whoArguedAnthropicCouldBeWorthThreeTrillionPublicly() {
        assertFirst("anthropic 3T publicly", "Anthropic could trade around $3T publicly");
    }

    @Test
    void whatAreTheHyperscalersGuidingForCapexIn2026() {
        assertFirst("hyperscalers capital expenditure guidance 2026", "Amazon at $200 billion");
    }

    @Test
    void theSameQuestionInAnalystShorthand() {
        assertFirst("hyperscalers capex guidance 2026", "Amazon at $200 billion");
    }

    @Test
    void whatDidDeepSeeksTrainingReallyCost() {
        assertFirst("deepseek training cost", "$6M training-cost claim");
    }

    @Test
    void howMuchHasOpenAiCommittedToCompute() {
        assertFirst("openai commitments compute", "$600 billion in spending commitments");
    }

    @Test
    void whatDidMicronsEarningsShow() {
        assertFirst("micron earnings", "Micron’s earnings showcasing");
    }

    @Test
    void howMuchHbmDoesARubinSystemHold() {
        assertFirst("rubin NEAR/5 hbm", "288GB HBM");
    }

    @Test
    void howDidExportControlsShapeChineseEngineering() {
        assertFirst("\"export controls\" chinese engineers", "constrained Chinese engineers");
    }

    @Test
    void howMuchMoreWillBeSpentOnInferenceThanTraining() {
        assertFirst("inference NEAR/3 training spend", "more spend on inference than training");
    }

    @Test
    void alphabetFindsWhatWasSaidAboutGoogle() {
        ClaimHit first = first("alphabet \"free cash flow\"");

        assertThat(first.quote()).contains("Google").contains("free cash flow");
        assertThat(first.fragmentHtml()).contains("<mark>Google</mark>");
    }

    private void assertFirst(String query, String expectedQuotePart) {
        assertThat(first(query).quote()).as("first hit for " + query).contains(expectedQuotePart);
    }

    private ClaimHit first(String query) {
        SearchResult result = search.search(ClaimQuery.firstPage(query, 5));
        assertThat(result.hits()).as("hits for " + query).isNotEmpty();
        return result.hits().getFirst();
    }
}
