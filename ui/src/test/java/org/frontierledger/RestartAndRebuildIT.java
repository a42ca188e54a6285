package org.frontierledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store on disk: a restart loses nothing, and a rebuild gives the same read models. */
class RestartAndRebuildIT {
    private final Path dataDir = LedgerTestSupport.newDataDir("restart");

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrontierLedgerApplication.class)
                .web(WebApplicationType.NONE)
                // Arguments, not builder properties: those are defaults that application.properties overrides.
                .run("--ledger.data-dir=" + dataDir, "--ledger.sample-data.enabled=false");
    }

    private record Snapshot(List<TimelineEntry> timeline, List<SourceDocument> sources, List<String> hits) {
        static Snapshot of(ConfigurableApplicationContext context) {
            List<String> hits =
                    context
                            .getBean(ClaimSearch.class)
                            .search(new ClaimQuery("DeepSeek OR capex", 0, 100))
                            .hits()
                            .stream()
                            .map(ClaimHit::claimId)
                            .sorted()
                            .toList();
            return new Snapshot(
                    context.getBean(TimelineQueries.class).find(FindTimeline.all()),
                    context.getBean(SourceQueries.class).all(),
                    hits);
        }
    }

    @Test
    void restartLosesNothingAndRebuildGivesTheSameReadModels() throws Exception {
        // given a store with the corpus in it
        Snapshot beforeRestart;
        try (ConfigurableApplicationContext first = start()) {
            IngestService ingest = first.getBean(IngestService.class);
            LedgerTestSupport.corpusDocuments().forEach(file -> ingest.ingestFile(file, "tester"));
            first.getBean(ProjectionReplayer.class).awaitCaughtUp(Duration.ofSeconds(60));
            beforeRestart = Snapshot.of(first);
        }
        assertThat(beforeRestart.sources()).hasSize(5);
        assertThat(beforeRestart.hits()).isNotEmpty();

        // when the application starts again, and then rebuilds everything from the events
        try (ConfigurableApplicationContext second = start()) {
            ProjectionReplayer replayer = second.getBean(ProjectionReplayer.class);
            replayer.awaitCaughtUp(Duration.ofSeconds(60));
            Snapshot afterRestart = Snapshot.of(second);
            replayer.replayAll();
            replayer.awaitCaughtUp(Duration.ofSeconds(60));
            Snapshot afterRebuild = Snapshot.of(second);

            // then
            assertThat(afterRestart).isEqualTo(beforeRestart);
            assertThat(afterRebuild).isEqualTo(beforeRestart);
        }
    }
}
