package org.frontierledger.projections.subscriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.frontierledger.eventstore.event.DocumentRevised;
import org.frontierledger.eventstore.event.SourceAdded;
import org.frontierledger.eventstore.event.SourceChanged;
import org.frontierledger.eventstore.event.SourcePaused;
import org.frontierledger.eventstore.event.SourceRemoved;
import org.frontierledger.eventstore.event.SourceResumed;
import org.frontierledger.eventstore.event.SourceRunCompleted;
import org.frontierledger.eventstore.event.SourceRunFailed;
import org.frontierledger.eventstore.event.SourceRunStarted;
import org.frontierledger.projections.ReadSide;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code subscription} from the source registry's events. Counts add up per event; a batch
 * that fails is rolled back with its token, so a retry never counts twice.
 */
@Component
@ProcessingGroup("subscriptions")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class SubscriptionsProjection {
    private final JdbcTemplate jdbc;

    SubscriptionsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SourceAdded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "DELETE FROM subscription WHERE source_id = ?", event.sourceId().value());
        jdbc.update(
                "INSERT INTO subscription (source_id, kind, location, interval_seconds, added_at, added_by,"
                        + " next_run_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                event.sourceId().value(),
                event.kind().name(),
                event.location(),
                event.interval().toSeconds(),
                Timestamp.from(at),
                event.addedBy(),
                Timestamp.from(at));
    }

    @EventHandler
    void on(SourceChanged event, @org.axonframework.eventhandling.Timestamp Instant at) {
        List<Timestamp> lastRun = jdbc.queryForList(
                "SELECT last_run_at FROM subscription WHERE source_id = ?",
                Timestamp.class,
                event.sourceId().value());
        Instant from = lastRun.isEmpty() || lastRun.getFirst() == null
                ? at
                : lastRun.getFirst().toInstant();
        jdbc.update(
                "UPDATE subscription SET interval_seconds = ?, next_run_at = ? WHERE source_id = ?",
                event.interval().toSeconds(),
                Timestamp.from(from.plus(event.interval())),
                event.sourceId().value());
    }

    @EventHandler
    void on(SourcePaused event) {
        jdbc.update(
                "UPDATE subscription SET paused = TRUE WHERE source_id = ?",
                event.sourceId().value());
    }

    @EventHandler
    void on(SourceResumed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "UPDATE subscription SET paused = FALSE, next_run_at = ? WHERE source_id = ?",
                Timestamp.from(at),
                event.sourceId().value());
    }

    @EventHandler
    void on(SourceRemoved event) {
        jdbc.update(
                "DELETE FROM subscription WHERE source_id = ?", event.sourceId().value());
    }

    @EventHandler
    void on(SourceRunStarted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "UPDATE subscription SET running_since = ? WHERE source_id = ?",
                Timestamp.from(at),
                event.sourceId().value());
    }

    @EventHandler
    void on(SourceRunCompleted event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "UPDATE subscription SET running_since = NULL, last_run_at = ?, next_run_at = ?, runs = runs + 1,"
                        + " documents_found = documents_found + ?, documents_recorded = documents_recorded + ?,"
                        + " events_extracted = events_extracted + ?, last_outcome = ?, last_error = ?,"
                        + " consecutive_failures = 0 WHERE source_id = ?",
                Timestamp.from(at),
                Timestamp.from(event.nextRunAt()),
                event.found(),
                event.recorded(),
                event.marketEvents(),
                outcome(event),
                clip(event.error()),
                event.sourceId().value());
    }

    @EventHandler
    void on(SourceRunFailed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update(
                "UPDATE subscription SET running_since = NULL, last_run_at = ?, next_run_at = ?, runs = runs + 1,"
                        + " last_outcome = ?, last_error = ?, consecutive_failures = ? WHERE source_id = ?",
                Timestamp.from(at),
                Timestamp.from(event.nextRunAt()),
                "failed (" + event.consecutiveFailures() + " in a row)",
                clip(event.error()),
                event.consecutiveFailures(),
                event.sourceId().value());
    }

    @EventHandler
    void on(DocumentRevised event) {
        jdbc.update(
                "UPDATE subscription SET revisions = revisions + 1 WHERE source_id = ?",
                event.sourceId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM subscription");
    }

    private static String outcome(SourceRunCompleted event) {
        if (event.found() == 0 && event.failed() == 0) {
            return "nothing new";
        }
        String outcome =
                event.found() + " found, " + event.recorded() + " recorded, " + event.marketEvents() + " market events";
        return event.failed() == 0 ? outcome : outcome + ", " + event.failed() + " failed";
    }

    private static @Nullable String clip(@Nullable String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
