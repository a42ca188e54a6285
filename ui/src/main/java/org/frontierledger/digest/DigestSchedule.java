package org.frontierledger.digest;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.cluster.ClusterLocks;
import org.frontierledger.export.DigestExporters;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.digest.WeeklyDigests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Writes the digest of the last complete week at {@code ledger.digest.schedule} (Monday 06:00
 * server time by default), as of that moment. It runs on the clock only, never on events, so a
 * rebuild or replay of the read models writes nothing; and a week already written is never
 * written again. It waits for the read models to catch up first, so a digest is never taken from
 * a half-replayed timeline.
 *
 * <p>On a cluster every node keeps the schedule, and the run takes a ShedLock lock named
 * {@value #LOCK} in the shared database first: one node writes, the others skip. The lock is held
 * at least {@link #LOCK_AT_LEAST} so that nodes firing at the same instant run once, and at most
 * {@link #LOCK_AT_MOST} should the node die while writing. The archive folder
 * ({@code ledger.digest.archive-dir}) should be shared by the nodes, so every node serves the
 * written digests and sees a week as written.
 *
 * <p>It keeps a one-thread scheduler of its own rather than {@code @EnableScheduling}, which would
 * add an application-wide task scheduler bean that other components' executors would clash with.
 */
public class DigestSchedule implements DisposableBean {
    /** The meter counting scheduled runs, by outcome: written, skipped (written already, or read models behind) or failed. */
    public static final String RUNS_METER = "ledger.digest.runs";
    /** The name of the cluster-wide lock of a scheduled run. */
    public static final String LOCK = "weekly-digest";

    static final Duration LOCK_AT_LEAST = Duration.ofMinutes(1);
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final WeeklyDigests digests;
    private final DigestExporters exporters;
    private final DigestArchive archive;
    private final ProjectionReplayer replayer;
    private final Clock clock;
    private final Duration catchUpWait;
    private final String cron;
    private final ClusterLocks locks;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    DigestSchedule(
            WeeklyDigests digests,
            DigestExporters exporters,
            DigestArchive archive,
            ProjectionReplayer replayer,
            Clock clock,
            Duration catchUpWait,
            String cron,
            ClusterLocks locks) {
        this.cron = cron;
        this.locks = locks;
        this.digests = digests;
        this.exporters = exporters;
        this.archive = archive;
        this.replayer = replayer;
        this.clock = clock;
        this.catchUpWait = catchUpWait;
    }

    /** Starts the schedule once the application is ready; {@code "-"} as the cron leaves it off. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (cron.equals("-")) {
            log.info("Weekly digest schedule is off (ledger.digest.schedule=-)");
            return;
        }
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("digest-schedule-");
        scheduler.initialize();
        scheduler.schedule(this::onSchedule, new CronTrigger(cron));
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }

    void onSchedule() {
        String[] outcome = {"failed"};
        try {
            boolean ran = locks.runOnce(
                    LOCK,
                    LOCK_AT_MOST,
                    LOCK_AT_LEAST,
                    () -> outcome[0] = writeLastCompleteWeek().isPresent() ? "written" : "skipped");
            if (!ran) {
                outcome[0] = "skipped";
                log.info(
                        "Weekly digest not run here: the lock '{}' is held (by another node, or by a run"
                                + " here within the last {})",
                        LOCK,
                        LOCK_AT_LEAST);
            }
        } catch (RuntimeException e) {
            log.error("Writing the weekly digest failed", e);
        } finally {
            Metrics.counter(RUNS_METER, "outcome", outcome[0]).increment();
        }
    }

    /**
     * Writes the digest of the last complete week on the clock, unless it is written already.
     *
     * @return the week written now; empty when it was there already or the read models did not catch up
     */
    public Optional<IsoWeek> writeLastCompleteWeek() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IsoWeek week = IsoWeek.lastComplete(LocalDate.ofInstant(now, clock.getZone()));
        if (archive.contains(week)) {
            return Optional.empty();
        }
        try {
            replayer.awaitCaughtUp(catchUpWait);
        } catch (TimeoutException e) {
            log.warn("Digest of {} not written: the read models are still catching up ({})", week, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        WeeklyDigest digest = digests.build(week, now, now);
        if (!archive.writeOnce(digest, exporters)) {
            return Optional.empty();
        }
        log.info("Wrote the digest of {} to {}", week, archive.folder(week));
        return Optional.of(week);
    }
}
