package org.frontierledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.ReextractDocument;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.LegacyEvents;
import org.frontierledger.eventstore.testing.StepClock;
import org.frontierledger.projections.conflicts.ConflictQueries;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the read models must do on every database. */
abstract class ReadModelContract {
    /** The store's clock: stepped, not slept, to tell two moments apart. */
    @RegisterExtension
    final StepClock clock = new StepClock();

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
        DocumentFixture document = ingestSample("Initech filters");

        List<TimelineEntry> capex =
                timeline.find(new FindTimeline(Set.of(MarketEventType.CAPEX), "initech", null, null, 100)).stream()
                        .filter(e -> e.documentId().equals(document.id().value()))
                        .toList();
        List<TimelineEntry> none = timeline.find(new FindTimeline(Set.of(), "Umbrella", null, null, 100));

        assertThat(capex).hasSize(1).allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(MarketEventType.CAPEX);
            assertThat(entry.figure()).isEqualTo("$12B");
            assertThat(entry.period()).isEqualTo("2026");
            assertThat(entry.quote()).isEqualTo(CAPEX);
        });
        assertThat(none).isEmpty();
    }

    @Test
    void rebuiltReadModelsEqualIncrementalOnes() throws Exception {
        DocumentFixture document = ingestSample("Initech rebuild");
        Instant beforeCuration = pause();
        curate(
                document,
                only(document, MarketEventType.CAPEX),
                CurateMarketEvent.Decision.CORRECT,
                List.of(new FieldChange("amountUsd", "12000000000", "12500000000")),
                null);
        List<TimelineEntry> timelineBefore = timeline.find(FindTimeline.all());
        List<TimelineEntry> asOfBefore = timeline.find(FindTimeline.all().asOf(beforeCuration));
        List<SourceDocument> sourcesBefore = sources.all();

        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(timeline.find(FindTimeline.all())).isEqualTo(timelineBefore);
        assertThat(timeline.find(FindTimeline.all().asOf(beforeCuration))).isEqualTo(asOfBefore);
        assertThat(sources.all()).isEqualTo(sourcesBefore);
    }

    /** A moment after everything recorded so far and before everything recorded next. */
    private Instant pause() {
        return clock.between();
    }

    @Autowired
    ConflictQueries conflicts;

    @Test
    void asOfFromTheReadModelEqualsAsOfByReplayAtEveryInstant() throws Exception {
        // given: a history with every kind of change, and an instant between each two steps
        List<Instant> instants = new ArrayList<>();
        instants.add(pause());
        DocumentFixture first = ingestSample("Initech history, first");
        instants.add(pause());
        DocumentFixture second = ingestSample("Initech history, second");
        instants.add(pause());
        curate(
                first,
                only(first, MarketEventType.CAPEX),
                CurateMarketEvent.Decision.CORRECT,
                List.of(new FieldChange("amountUsd", "12000000000", "14000000000")),
                "the filing says 14");
        instants.add(pause());
        curate(
                second,
                only(second, MarketEventType.VALUATION),
                CurateMarketEvent.Decision.REJECT,
                List.of(),
                "a rumour");
        instants.add(pause());
        curate(first, only(first, MarketEventType.MODEL_RELEASE), CurateMarketEvent.Decision.CONFIRM, List.of(), null);
        instants.add(pause());
        curate(
                first,
                only(first, MarketEventType.CAPEX),
                CurateMarketEvent.Decision.CORRECT,
                List.of(new FieldChange("period", "2026", "FY2026")),
                null);
        instants.add(pause());
        commands.sendAndWait(new ReextractDocument(
                second.id(),
                second.command().marketEvents().stream()
                        .filter(e -> e.type() != MarketEventType.MODEL_RELEASE)
                        .toList(),
                "test",
                "2"));
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        instants.add(pause());

        // then: at every instant, every query, the read model says what the replay says
        List<FindTimeline> queries = List.of(
                FindTimeline.all(),
                new FindTimeline(Set.of(MarketEventType.CAPEX), "initech", null, null, 100),
                new FindTimeline(
                        Set.of(MarketEventType.MODEL_RELEASE, MarketEventType.VALUATION),
                        null,
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 3, 31),
                        2));
        for (Instant at : instants) {
            for (FindTimeline query : queries) {
                assertThat(timeline.find(query.asOf(at)))
                        .as("%s as of %s", query, at)
                        .isEqualTo(timeline.findByReplay(query.asOf(at)));
            }
            assertThat(conflicts.forSubject("initech", at))
                    .as("conflicts as of %s", at)
                    .isEqualTo(conflicts.forSubjectByReplay("initech", at));
            assertThat(conflicts.all(at)).as("all conflicts as of %s", at).isEqualTo(conflicts.allByReplay(at));
        }
        // and the history is not trivial: the correction made a conflict that was not there before it
        assertThat(conflicts.forSubject("initech", instants.get(2))).isEmpty();
        assertThat(conflicts.forSubject("initech", instants.get(3))).isNotEmpty();
        assertThat(timeline.find(FindTimeline.all().asOf(instants.get(0))))
                .extracting(TimelineEntry::documentId)
                .doesNotContain(first.id().value(), second.id().value());
        assertThat(timeline.find(FindTimeline.all().asOf(instants.getLast())))
                .isEqualTo(timeline.find(FindTimeline.all()));
    }

    private TimelineEntry only(DocumentFixture document, MarketEventType type) {
        return timeline.find(new FindTimeline(Set.of(type), null, null, null, 1000)).stream()
                .filter(e -> e.documentId().equals(document.id().value()))
                .findFirst()
                .orElseThrow();
    }

    private void curate(
            DocumentFixture document,
            TimelineEntry entry,
            CurateMarketEvent.Decision decision,
            List<FieldChange> changes,
            String reason)
            throws Exception {
        commands.sendAndWait(new CurateMarketEvent(
                document.id(), new MarketEventId(entry.eventId()), decision, "ana", changes, reason));
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
    }

    @Test
    void curationDecisionsWinInTheTimelineAndKeepTheirTrail() throws Exception {
        DocumentFixture document = ingestSample("Initech curation");
        TimelineEntry capex = only(document, MarketEventType.CAPEX);
        TimelineEntry valuation = only(document, MarketEventType.VALUATION);
        TimelineEntry release = only(document, MarketEventType.MODEL_RELEASE);

        curate(
                document,
                capex,
                CurateMarketEvent.Decision.CORRECT,
                List.of(new FieldChange("amountUsd", "12000000000", "13500000000")),
                "the filing says 13.5");
        curate(document, valuation, CurateMarketEvent.Decision.REJECT, List.of(), "a rumour, not a round");
        curate(document, release, CurateMarketEvent.Decision.CONFIRM, List.of(), null);

        TimelineEntry corrected = timeline.get(capex.eventId());
        assertThat(corrected.figure()).isEqualTo("$13.5B");
        assertThat(corrected.amountUsd()).isEqualByComparingTo("13500000000");
        assertThat(corrected.status()).isEqualTo(CurationStatus.CORRECTED);
        assertThat(corrected.curatedBy()).isEqualTo("ana");
        assertThat(timeline.find(FindTimeline.all()))
                .extracting(TimelineEntry::eventId)
                .doesNotContain(valuation.eventId());
        assertThat(timeline.get(release.eventId()).status()).isEqualTo(CurationStatus.CONFIRMED);
        assertThat(timeline.reviewQueue(1000))
                .extracting(TimelineEntry::eventId)
                .doesNotContain(capex.eventId(), valuation.eventId(), release.eventId());
        assertThat(timeline.history(capex.eventId())).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo(CurationStatus.CORRECTED);
            assertThat(record.changes()).isEqualTo("amountUsd: 12000000000 → 13500000000");
            assertThat(record.reason()).isEqualTo("the filing says 13.5");
        });
    }

    @Test
    void asOfAnEarlierInstantShowsOnlyWhatWasKnownThen() throws Exception {
        DocumentFixture first = ingestSample("Initech as of, first");
        Instant between = clock.between();
        DocumentFixture second = ingestSample("Initech as of, second");
        TimelineEntry capex = only(first, MarketEventType.CAPEX);
        curate(
                first,
                capex,
                CurateMarketEvent.Decision.CORRECT,
                List.of(new FieldChange("amountUsd", "12000000000", "11000000000")),
                null);

        List<TimelineEntry> then = timeline.find(FindTimeline.all().asOf(between));
        List<TimelineEntry> now = timeline.find(FindTimeline.all().asOf(clock.instant()));

        assertThat(then)
                .extracting(TimelineEntry::documentId)
                .contains(first.id().value())
                .doesNotContain(second.id().value());
        assertThat(then)
                .filteredOn(e -> e.eventId().equals(capex.eventId()))
                .singleElement()
                .satisfies(e -> assertThat(e.figure()).isEqualTo("$12B"));
        assertThat(now).isEqualTo(timeline.find(FindTimeline.all()));
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storedRevisionOneCapexProjectsWithoutABasisTakesACorrectedOneAndReplaysTheSame() throws Exception {
        // given: rows as a ledger from before capex basis (revision 1) left them
        LegacyEvents.appendCapexDocument(jdbc);
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        TimelineEntry legacy = timeline.get(LegacyEvents.CAPEX.value());

        // when
        commands.sendAndWait(new CurateMarketEvent(
                LegacyEvents.DOCUMENT,
                LegacyEvents.CAPEX,
                CurateMarketEvent.Decision.CORRECT,
                "ana",
                List.of(new FieldChange("basis", null, "guidance")),
                "the text says will spend"));
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
        List<TimelineEntry> incremental = timeline.find(FindTimeline.all());
        List<TimelineEntry> replayedAsOfNow = timeline.find(FindTimeline.all().asOf(clock.instant()));
        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        // then
        assertThat(legacy.figure()).isEqualTo("$11B");
        assertThat(legacy.period()).isEqualTo("2025");
        assertThat(legacy.speaker()).isEqualTo("Laurie Bream");
        assertThat(legacy.detail()).isNull();
        assertThat(timeline.get(LegacyEvents.CAPEX.value()).detail()).isEqualTo("guidance");
        assertThat(timeline.history(LegacyEvents.CAPEX.value()))
                .singleElement()
                .satisfies(
                        record -> assertThat(record.changes()).contains("basis").contains("guidance"));
        assertThat(replayedAsOfNow).isEqualTo(incremental);
        assertThat(timeline.find(FindTimeline.all())).isEqualTo(incremental);
    }
}
