package org.frontierledger.eventstore.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.frontierledger.eventstore.command.AddSource;
import org.frontierledger.eventstore.command.FailSourceRun;
import org.frontierledger.eventstore.command.FinishSourceRun;
import org.frontierledger.eventstore.command.PauseSource;
import org.frontierledger.eventstore.command.RemoveSource;
import org.frontierledger.eventstore.command.SourceRunPlan;
import org.frontierledger.eventstore.command.StartSourceRun;
import org.frontierledger.eventstore.event.DocumentRevised;
import org.frontierledger.eventstore.event.SourceAdded;
import org.frontierledger.eventstore.event.SourceChanged;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.event.SourcePaused;
import org.frontierledger.eventstore.event.SourceRemoved;
import org.frontierledger.eventstore.event.SourceRunCompleted;
import org.frontierledger.eventstore.event.SourceRunFailed;
import org.frontierledger.eventstore.event.SourceRunStarted;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourceAggregateTest {
    private static final String PAGE_URL = "https://example.org/pricing";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final DocumentId OLD = DocumentId.ofText("Widget costs $1 per million tokens.");
    private static final DocumentId NEW = DocumentId.ofText("Widget costs $2 per million tokens.");

    private AggregateTestFixture<SourceAggregate> fixture;
    private AddSource addPage;
    private SourceId page;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourceAggregate.class);
        addPage = AddSource.of(SourceKind.PAGE, PAGE_URL, Duration.ofDays(1), "ana");
        page = addPage.sourceId();
    }

    private SourceAdded pageAdded() {
        return new SourceAdded(page, SourceKind.PAGE, PAGE_URL, Duration.ofDays(1), "ana");
    }

    private SourceRunCompleted pageRead(DocumentId document) {
        return new SourceRunCompleted(
                page, 1, 1, 0, 0, null, List.of(), "\"v1\"", null, document, NOW.plus(Duration.ofDays(1)));
    }

    private FinishSourceRun finishWith(DocumentId document) {
        return new FinishSourceRun(page, NOW, 1, 1, 2, 0, null, List.of(), "\"v2\"", null, document, PAGE_URL);
    }

    @Test
    void subscribingRecordsTheSourceWithItsSchedule() {
        fixture.givenNoPriorActivity().when(addPage).expectEvents(pageAdded());
    }

    @Test
    void subscribingTheSameLocationTwiceIsRefused() {
        fixture.given(pageAdded())
                .when(addPage)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aRemovedSourceCanBeSubscribedAgain() {
        fixture.given(pageAdded(), new SourceRemoved(page, "ana")).when(addPage).expectEvents(pageAdded());
    }

    @Test
    void startingARunAnswersWithWhatTheRunNeeds() {
        fixture.given(pageAdded(), pageRead(OLD))
                .when(new StartSourceRun(page, "scheduler", false, NOW.plus(Duration.ofDays(1))))
                .expectEvents(new SourceRunStarted(page, "scheduler"))
                .expectResultMessagePayload(
                        new SourceRunPlan(page, SourceKind.PAGE, PAGE_URL, Set.of(), "\"v1\"", null, OLD));
    }

    @Test
    void theSchedulerDoesNotStartARunBeforeTheSourceIsDueButAPersonMay() {
        // (another node's scheduler may still see the source as due in a read model that lags)
        fixture.given(pageAdded(), pageRead(OLD))
                .when(new StartSourceRun(page, "scheduler", false, NOW.plus(Duration.ofHours(23))))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
        fixture.given(pageAdded(), pageRead(OLD))
                .when(new StartSourceRun(page, "ana", true, NOW.plus(Duration.ofHours(23))))
                .expectEvents(new SourceRunStarted(page, "ana"));
        fixture.given(pageAdded(), new SourceRunFailed(page, "HTTP 500", 1, NOW.plus(Duration.ofHours(2))))
                .when(new StartSourceRun(page, "scheduler", false, NOW.plus(Duration.ofHours(1))))
                .expectException(IllegalStateException.class);
        fixture.given(pageAdded(), pageRead(OLD), new SourceChanged(page, Duration.ofHours(1), "ana"))
                .when(new StartSourceRun(page, "scheduler", false, NOW.plus(Duration.ofHours(1))))
                .expectEvents(new SourceRunStarted(page, "scheduler"));
    }

    @Test
    void aSecondRunWaitsForTheFirstToFinish() {
        fixture.given(pageAdded(), new SourceRunStarted(page, "scheduler"))
                .when(new StartSourceRun(page, "ana", true, Instant.now()))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void theSchedulerLeavesAPausedSourceAloneButAPersonMayRunIt() {
        fixture.given(pageAdded(), new SourcePaused(page, "ana"))
                .when(new StartSourceRun(page, "scheduler", false, NOW))
                .expectException(IllegalStateException.class);
        fixture.given(pageAdded(), new SourcePaused(page, "ana"))
                .when(new StartSourceRun(page, "ana", true, NOW))
                .expectEvents(new SourceRunStarted(page, "ana"));
    }

    @Test
    void aChangedPageIsRecordedAsARevisionOfItsPreviousDocument() {
        fixture.given(pageAdded(), pageRead(OLD), new SourceRunStarted(page, "scheduler"))
                .when(finishWith(NEW))
                .expectEvents(
                        new DocumentRevised(page, OLD, NEW, PAGE_URL),
                        new SourceRunCompleted(
                                page, 1, 1, 2, 0, null, List.of(), "\"v2\"", null, NEW, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void anUnchangedPageIsNoRevision() {
        FinishSourceRun unchanged =
                new FinishSourceRun(page, NOW, 0, 0, 0, 0, null, List.of(), "\"v1\"", null, null, PAGE_URL);
        fixture.given(pageAdded(), pageRead(OLD), new SourceRunStarted(page, "scheduler"))
                .when(unchanged)
                .expectEvents(new SourceRunCompleted(
                        page, 0, 0, 0, 0, null, List.of(), "\"v1\"", null, OLD, NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void repeatedFailuresBackOffAndHonourRetryAfter() {
        fixture.given(pageAdded(), new SourceRunFailed(page, "HTTP 500", 1, NOW))
                .when(new FailSourceRun(page, NOW, "HTTP 500", null))
                .expectEvents(new SourceRunFailed(page, "HTTP 500", 2, NOW.plus(Duration.ofDays(2))));
        fixture.given(pageAdded())
                .when(new FailSourceRun(page, NOW, "HTTP 503", Duration.ofDays(3)))
                .expectEvents(new SourceRunFailed(page, "HTTP 503", 1, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void feedRunsRecordOnlyEntriesNotSeenBefore() {
        AddSource addFeed = AddSource.of(SourceKind.FEED, "https://example.org/feed.xml", Duration.ofHours(1), "ana");
        SourceId feed = addFeed.sourceId();
        fixture.given(
                        new SourceAdded(feed, SourceKind.FEED, addFeed.location(), Duration.ofHours(1), "ana"),
                        new SourceRunCompleted(
                                feed, 1, 1, 0, 0, null, List.of("https://example.org/a"), null, null, null, NOW))
                .when(new FinishSourceRun(
                        feed,
                        NOW,
                        1,
                        1,
                        0,
                        0,
                        null,
                        List.of("https://example.org/a", "https://example.org/b"),
                        null,
                        null,
                        null,
                        addFeed.location()))
                .expectEvents(new SourceRunCompleted(
                        feed,
                        1,
                        1,
                        0,
                        0,
                        null,
                        List.of("https://example.org/b"),
                        null,
                        null,
                        null,
                        NOW.plus(Duration.ofHours(1))));
    }

    @Test
    void aRemovedSourceRefusesChanges() {
        fixture.given(pageAdded(), new SourceRemoved(page, "ana"))
                .when(new PauseSource(page, "ana"))
                .expectException(IllegalStateException.class);
        fixture.given(pageAdded(), new SourceRemoved(page, "ana"))
                .when(new RemoveSource(page, "ana"))
                .expectException(IllegalStateException.class);
    }
}
