package org.frontierledger.ingestion;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.frontierledger.eventstore.cluster.ClusterLocks;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.eventstore.query.FindDueSources;
import org.frontierledger.ingestion.config.SourceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The scheduler: every {@code ledger.sources.poll-every} it asks (over the query bus) which
 * sources are due, and starts a run for each. The registry's lease keeps a source from running
 * twice; on a cluster, the poll itself runs on one node at a time (a ShedLock lock named
 * {@value #LOCK} in the shared database, held at least half the poll interval, so nodes polling at
 * the same moment poll once). Off in command-line runs
 * ({@code ledger.sources.polling=false}); idle where no read model answers the query.
 */
@Component
@ConditionalOnProperty(name = "ledger.sources.polling", havingValue = "true", matchIfMissing = true)
class SourcePoller implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
    private static final int BATCH = 50;
    /** The name of the cluster-wide lock of a poll. */
    static final String LOCK = "source-poller";

    private final QueryGateway queries;
    private final Clock clock;
    private final SourceService sources;
    private final SourceProperties settings;
    private final ClusterLocks locks;
    private volatile ScheduledExecutorService timer;

    SourcePoller(
            QueryGateway queries, SourceService sources, SourceProperties settings, ClusterLocks locks, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.sources = sources;
        this.settings = settings;
        this.locks = locks;
    }

    /** Starts every source that is due now, unless another node of the cluster is polling. */
    void pollOnce() {
        Duration every = settings.pollEvery();
        try {
            locks.runOnce(LOCK, every.multipliedBy(2).plusMinutes(1), every.dividedBy(2), this::startDue);
        } catch (RuntimeException e) {
            log.debug("No poll this time: {}", e.toString());
        }
    }

    private void startDue() {
        try {
            List<SourceId> due = queries.query(
                            new FindDueSources(clock.instant(), BATCH),
                            ResponseTypes.multipleInstancesOf(SourceId.class))
                    .get(10, TimeUnit.SECONDS);
            due.forEach(sources::runScheduled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("No due sources this time: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("source-poller").daemon().factory());
        long every = settings.pollEvery().toMillis();
        started.scheduleWithFixedDelay(this::pollOnce, every, every, TimeUnit.MILLISECONDS);
        timer = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = timer;
        if (running != null) {
            running.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** After Axon's processors have started, so the read model can answer. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
