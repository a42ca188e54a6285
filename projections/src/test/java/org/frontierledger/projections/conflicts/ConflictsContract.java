package org.frontierledger.projections.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.ReextractDocument;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.StepClock;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** What the conflicts read model must do on every database. */
abstract class ConflictsContract {
    /** The store's clock: stepped, not slept, to tell two moments apart. */
    @RegisterExtension
    final StepClock clock = new StepClock();

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    ConflictQueries conflicts;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    SourceQueries sources;

    private DocumentFixture trainingCost(String title, String sentence, String org, String model, long usd)
            throws Exception {
        DocumentFixture document = DocumentFixture.text(title + "\n" + sentence)
                .titled(title)
                .from("/tmp/" + title + ".txt")
                .reportedOn(LocalDate.of(2025, 1, 28));
        MarketEventId id = MarketEventId.derive(document.id(), "TRAINING_COST", String.valueOf(model), "" + usd);
        document.event(
                new TrainingCostReported(id, document.provenance(sentence, null), org, model, UsdAmount.of(usd), null));
        commands.sendAndWait(document.command());
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        return document;
    }

    @Test
    void differentFiguresForTheSameThingAreKeptAndMarkedWithEachSource() throws Exception {
        DocumentFixture five =
                trainingCost("Zeta five", "Zeta trained Zeta-3 for $5 million.", "Zeta", "Zeta-3", 5_000_000L);
        trainingCost("Zeta six", "Zeta spent about $6 million on training.", "Zeta", null, 6_000_000L);
        trainingCost("Omega", "Omega trained Omega-1 for $9 million.", "Omega", "Omega-1", 9_000_000L);

        List<Conflict> zeta = conflicts.forSubject("zeta");

        assertThat(zeta).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("Zeta-3");
            assertThat(c.claims()).extracting(ConflictingClaim::figure).containsExactlyInAnyOrder("$5M", "$6M");
            assertThat(c.claims())
                    .extracting(ConflictingClaim::documentTitle)
                    .containsExactlyInAnyOrder("Zeta five", "Zeta six");
            assertThat(c.claims())
                    .extracting(ConflictingClaim::source)
                    .containsExactlyInAnyOrder("/tmp/Zeta five.txt", "/tmp/Zeta six.txt");
        });
        assertThat(conflicts.forSubject("Omega")).isEmpty();
        String fiveId = five.command().marketEvents().getFirst().id().value();
        assertThat(conflicts.conflictingEventIds()).contains(fiveId);
        assertThat(conflicts.forEvent(fiveId)).hasSize(1);
        assertThat(conflicts.all())
                .extracting(Conflict::subject)
                .contains("Zeta-3")
                .doesNotContain("Omega-1");
    }

    @Test
    void rebuiltConflictsEqualIncrementalOnesAndSupersededEventsLeaveConflictsAndTimeline() throws Exception {
        DocumentFixture a =
                trainingCost("Kappa a", "Kappa trained Kappa-2 for $2 million.", "Kappa", "Kappa-2", 2_000_000L);
        trainingCost("Kappa b", "Kappa trained Kappa-2 for $20 million.", "Kappa", "Kappa-2", 20_000_000L);
        List<Conflict> before = conflicts.forSubject("Kappa");
        assertThat(before).hasSize(1);

        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(30));
        assertThat(conflicts.forSubject("Kappa")).isEqualTo(before);

        assertThat(sources.get(a.id().value()).marketEvents()).isEqualTo(1);
        commands.sendAndWait(new ReextractDocument(a.id(), List.<MarketEvent>of(), "rules", "2"));
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        assertThat(conflicts.forSubject("Kappa")).isEmpty();
        assertThat(sources.get(a.id().value()).marketEvents()).isZero();
        String superseded = a.command().marketEvents().getFirst().id().value();
        assertThat(timeline.find(FindTimeline.all()))
                .extracting(TimelineEntry::eventId)
                .doesNotContain(superseded);
    }

    @Test
    void conflictsAsOfAnEarlierInstantAreThoseKnownThenAndAsOfNowEqualTheReadModel() throws Exception {
        DocumentFixture first =
                trainingCost("Sigma a", "Sigma trained Sigma-4 for $4 million.", "Sigma", "Sigma-4", 4_000_000L);
        Instant beforeSecond = clock.between();
        trainingCost("Sigma b", "Sigma trained Sigma-4 for $40 million.", "Sigma", "Sigma-4", 40_000_000L);
        String firstId = first.command().marketEvents().getFirst().id().value();

        assertThat(conflicts.forSubject("Sigma", beforeSecond)).isEmpty();
        assertThat(conflicts.conflictingEventIds(beforeSecond)).doesNotContain(firstId);
        assertThat(conflicts.forSubject("Sigma", clock.instant()))
                .isEqualTo(conflicts.forSubject("Sigma"))
                .hasSize(1);
        assertThat(conflicts.conflictingEventIds(clock.instant())).isEqualTo(conflicts.conflictingEventIds());

        Instant beforeRejection = clock.between();
        commands.sendAndWait(new CurateMarketEvent(
                first.id(),
                new MarketEventId(firstId),
                CurateMarketEvent.Decision.REJECT,
                "analyst",
                List.of(),
                "misread"));
        replayer.awaitCaughtUp(Duration.ofSeconds(20));

        assertThat(conflicts.forSubject("Sigma")).isEmpty();
        assertThat(conflicts.forSubject("Sigma", beforeRejection))
                .singleElement()
                .satisfies(c -> assertThat(c.eventIds()).contains(firstId));
    }
}
