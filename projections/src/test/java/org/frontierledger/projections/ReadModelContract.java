package org.frontierledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the read models must do on every database. */
abstract class ReadModelContract {
    private static final String CAPEX = "Initech will spend $12 billion on data centers in 2026.";
    private static final String VALUE = "Investors valued Initech at $90 billion in a new round.";
    private static final String MODEL = "Initech released its Widget-2 model with open weights.";

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    SourceQueries sources;

    @Autowired
    TimelineQueries timeline;

    private DocumentFixture ingestSample(String title) throws Exception {
        DocumentFixture document = DocumentFixture.text(title + "\n" + CAPEX + "\n" + VALUE + "\n" + MODEL)
                .titled(title)
                .reportedOn(LocalDate.of(2026, 3, 2))
                .claim(CAPEX, "Pat Smith")
                .claim(VALUE, null)
                .capex(CAPEX, "Initech", 12_000_000_000L, "2026")
                .valuation(VALUE, "Initech", 90_000_000_000L, "round")
                .modelRelease(MODEL, "Widget-2", "Initech");
        commands.sendAndWait(document.command());
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        return document;
    }

    @Test
    void ingestedDocumentShowsInSourcesWithItsCounts() throws Exception {
        DocumentFixture document = ingestSample("Initech notes");

        SourceDocument row = sources.get(document.id().value());

        assertThat(row.title()).isEqualTo("Initech notes");
        assertThat(row.reportedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(row.claims()).isEqualTo(2);
        assertThat(row.marketEvents()).isEqualTo(3);
        assertThat(sources.text(document.id().value())).get().asString().contains(CAPEX);
    }

    @Test
    void timelineFiltersByTypeAndCompany() throws Exception {
        ingestSample("Initech filters");

        List<TimelineEntry> capex = timeline.find(new FindTimeline(
                Set.of(MarketEventType.CAPEX), "initech", null, null, 100));
        List<TimelineEntry> none = timeline.find(new FindTimeline(Set.of(), "Umbrella", null, null, 100));

        assertThat(capex).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(MarketEventType.CAPEX);
            assertThat(entry.figure()).isEqualTo("$12B");
            assertThat(entry.period()).isEqualTo("2026");
            assertThat(entry.quote()).isEqualTo(CAPEX);
        });
        assertThat(none).isEmpty();
    }

    @Test
    void rebuiltReadModelsEqualIncrementalOnes() throws Exception {
        ingestSample("Initech rebuild");
        List<TimelineEntry> timelineBefore = timeline.find(FindTimeline.all());
        List<SourceDocument> sourcesBefore = sources.all();

        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(timeline.find(FindTimeline.all())).isEqualTo(timelineBefore);
        assertThat(sources.all()).isEqualTo(sourcesBefore);
    }
}
