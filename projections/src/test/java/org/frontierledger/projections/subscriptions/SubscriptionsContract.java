package org.frontierledger.projections.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.AddSource;
import org.frontierledger.eventstore.command.FailSourceRun;
import org.frontierledger.eventstore.command.FinishSourceRun;
import org.frontierledger.eventstore.command.PauseSource;
import org.frontierledger.eventstore.command.RemoveSource;
import org.frontierledger.eventstore.command.ResumeSource;
import org.frontierledger.eventstore.command.StartSourceRun;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.eventstore.query.FindDueSources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the registry's read model must do on every database. */
abstract class SubscriptionsContract {
    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    SubscriptionQueries subscriptions;

    private SourceId add(SourceKind kind, String location) throws Exception {
        AddSource add = AddSource.of(kind, location, kind.defaultInterval(), "ana");
        commands.sendAndWait(add);
        caughtUp();
        return add.sourceId();
    }

    private void caughtUp() throws Exception {
        replayer.awaitCaughtUp(Duration.ofSeconds(20));
    }

    private List<SourceId> due(Instant now) throws Exception {
        return queries.query(new FindDueSources(now, 100), ResponseTypes.multipleInstancesOf(SourceId.class))
                .get();
    }

    @Test
    void aNewSourceIsListedActiveAndDueAtOnce() throws Exception {
        SourceId feed = add(SourceKind.FEED, "https://news.example/feed-" + System.nanoTime() + ".xml");

        Subscription row = subscriptions.get(feed.value());

        assertThat(row.kind()).isEqualTo(SourceKind.FEED);
        assertThat(row.interval()).isEqualTo(Duration.ofHours(1));
        assertThat(row.status()).isEqualTo("active");
        assertThat(row.addedBy()).isEqualTo("ana");
        assertThat(row.lastRunAt()).isNull();
        assertThat(due(Instant.now().plusSeconds(1))).contains(feed);
    }

    @Test
    void aRunShowsWhileItLastsThenItsCountsAndTheNextRun() throws Exception {
        SourceId page = add(SourceKind.PAGE, "https://shop.example/pricing-" + System.nanoTime());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        commands.sendAndWait(new StartSourceRun(page, "ana", true, now));
        caughtUp();
        assertThat(subscriptions.get(page.value()).status()).isEqualTo("running");
        assertThat(due(now.plusSeconds(1))).doesNotContain(page);

        commands.sendAndWait(new FinishSourceRun(
                page,
                now,
                1,
                1,
                3,
                0,
                null,
                List.of(),
                "\"e\"",
                null,
                DocumentId.ofText("first text"),
                "https://shop.example/pricing"));
        // (the scheduler's next run, once the source is due again)
        commands.sendAndWait(new StartSourceRun(page, "scheduler", false, now.plus(Duration.ofDays(1))));
        commands.sendAndWait(new FinishSourceRun(
                page,
                now,
                1,
                1,
                2,
                0,
                null,
                List.of(),
                "\"f\"",
                null,
                DocumentId.ofText("second text"),
                "https://shop.example/pricing"));
        caughtUp();

        Subscription row = subscriptions.get(page.value());
        assertThat(row.status()).isEqualTo("active");
        assertThat(row.runs()).isEqualTo(2);
        assertThat(row.documentsRecorded()).isEqualTo(2);
        assertThat(row.marketEvents()).isEqualTo(5);
        assertThat(row.revisions()).isEqualTo(1);
        assertThat(row.lastOutcome()).isEqualTo("1 found, 1 recorded, 2 market events");
        assertThat(row.nextRunAt()).isEqualTo(now.plus(Duration.ofDays(1)));
        assertThat(due(now.plusSeconds(60))).doesNotContain(page);
    }

    @Test
    void aFailedRunShowsItsErrorAndWhenItIsTriedAgain() throws Exception {
        SourceId feed = add(SourceKind.FEED, "https://down.example/feed-" + System.nanoTime() + ".xml");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        commands.sendAndWait(new StartSourceRun(feed, "scheduler", false, now));
        commands.sendAndWait(
                new FailSourceRun(feed, now, "https://down.example/feed.xml: HTTP 500 Server Error", null));
        caughtUp();

        Subscription row = subscriptions.get(feed.value());
        assertThat(row.status()).isEqualTo("failing");
        assertThat(row.lastError()).contains("HTTP 500");
        assertThat(row.consecutiveFailures()).isEqualTo(1);
        assertThat(row.nextRunAt()).isEqualTo(now.plus(Duration.ofHours(1)));
    }

    @Test
    void pausedSourcesAreNotDueAndRemovedOnesAreGone() throws Exception {
        SourceId paused = add(SourceKind.FEED, "https://quiet.example/feed-" + System.nanoTime() + ".xml");
        SourceId removed = add(SourceKind.PAGE, "https://gone.example/page-" + System.nanoTime());
        commands.sendAndWait(new PauseSource(paused, "ana"));
        commands.sendAndWait(new RemoveSource(removed, "ana"));
        caughtUp();

        assertThat(subscriptions.get(paused.value()).status()).isEqualTo("paused");
        assertThat(due(Instant.now().plusSeconds(1))).doesNotContain(paused, removed);
        assertThat(subscriptions.find(removed.value())).isEmpty();

        commands.sendAndWait(new ResumeSource(paused, "ana"));
        caughtUp();
        assertThat(due(Instant.now().plusSeconds(1))).contains(paused);
    }

    @Test
    void rebuiltRegistryEqualsIncrementalRegistry() throws Exception {
        add(SourceKind.FEED, "https://rebuild.example/feed-" + System.nanoTime() + ".xml");
        List<Subscription> before = subscriptions.all();

        replayer.replayAll();
        caughtUp();

        assertThat(subscriptions.all()).isEqualTo(before);
    }
}
