package org.frontierledger.projections.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.projections.BatchedWrites;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code timeline_entry} (one row per market event, analysts' corrections applied),
 * {@code timeline_version} (every state an entry has had, each valid from the instant the event
 * that made it was recorded until the instant a later one changed it: the as-of read model) and
 * {@code curation_log} (every decision). The mapping lives in {@link TimelineRows} and
 * {@link Corrections}, which the as-of replay shares. Writes go to the database in JDBC batches,
 * once per batch of events ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup("timeline")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class TimelineProjection {
    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;
    private final TimelineTable table;

    TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
        this.table = new TimelineTable(jdbc, writes);
    }

    @EventHandler
    void on(MarketEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        TimelineEntry entry = TimelineRows.of(event, recordedAt);
        table.insert(entry);
        table.openVersion(entry, recordedAt);
    }

    @EventHandler
    void on(MarketEventConfirmed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        change(event.eventId().value(), at, entry -> entry.withStatus(CurationStatus.CONFIRMED, event.curator(), at));
        log(event.eventId().value(), at, CurationStatus.CONFIRMED, event.curator(), null, event.note());
    }

    @EventHandler
    void on(MarketEventRejected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        change(event.eventId().value(), at, entry -> entry.withStatus(CurationStatus.REJECTED, event.curator(), at));
        log(event.eventId().value(), at, CurationStatus.REJECTED, event.curator(), null, event.reason());
    }

    @EventHandler
    void on(MarketEventCorrected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        change(event.eventId().value(), at, entry -> Corrections.apply(entry, event.changes(), event.curator(), at));
        log(event.eventId().value(), at, CurationStatus.CORRECTED, event.curator(), describe(event), event.reason());
    }

    /** A market event a re-extraction no longer finds leaves the timeline (issue 3); its last version ends. */
    @EventHandler
    void on(MarketEventSuperseded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.update(
                "DELETE FROM timeline_entry WHERE event_id = ?", event.eventId().value());
        table.closeVersion(event.eventId().value(), at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM curation_log");
        jdbc.update("DELETE FROM timeline_entry");
        jdbc.update("DELETE FROM timeline_version");
    }

    /** Replaces the entry with its changed state, and ends its current version where the new one begins. */
    private void change(String eventId, Instant at, UnaryOperator<TimelineEntry> how) {
        writes.flush();
        Optional<TimelineEntry> current = table.find(eventId);
        current.ifPresent(entry -> {
            TimelineEntry changed = how.apply(entry);
            table.replace(changed);
            table.closeVersion(eventId, at);
            table.openVersion(changed, at);
        });
    }

    static String describe(MarketEventCorrected event) {
        return event.changes().stream().map(TimelineProjection::describe).collect(Collectors.joining("; "));
    }

    private static String describe(FieldChange change) {
        return change.field() + ": " + (change.from() == null ? "–" : change.from()) + " → "
                + (change.to() == null ? "–" : change.to());
    }

    private void log(String eventId, Instant at, CurationStatus action, String curator, String changes, String reason) {
        writes.update(
                "INSERT INTO curation_log (event_id, recorded_at, action, curator, changes, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                eventId,
                Timestamp.from(TimelineTable.micros(at)),
                action.name(),
                curator,
                changes,
                reason);
    }
}
