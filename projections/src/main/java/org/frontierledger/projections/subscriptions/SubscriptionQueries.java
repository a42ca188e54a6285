package org.frontierledger.projections.subscriptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.eventstore.query.FindDueSources;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Queries over the subscribed sources. Unlike the projection, it is present in command-line runs
 * too (the table is there, kept by the server). Thread-safe.
 */
@Service
public class SubscriptionQueries {
    /** A run that started longer ago than this is taken for dead (the registry's lease is as long). */
    static final Duration RUN_LEASE = Duration.ofHours(1);

    private static final String COLUMNS = "source_id, kind, location, interval_seconds, paused, added_at, added_by,"
            + " running_since, last_run_at, next_run_at, runs, documents_found, documents_recorded, events_extracted,"
            + " revisions, last_outcome, last_error, consecutive_failures";

    private final JdbcTemplate jdbc;

    SubscriptionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every subscribed source, in the order they were added. */
    public List<Subscription> all() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM subscription ORDER BY added_at, source_id", SubscriptionQueries::row);
    }

    /** The source with this id, if it is subscribed. */
    public Optional<Subscription> find(String sourceId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM subscription WHERE source_id = ?",
                        SubscriptionQueries::row,
                        sourceId)
                .stream()
                .findFirst();
    }

    /** The source with this id; throws a clear exception when there is none. */
    public Subscription get(String sourceId) {
        return find(sourceId).orElseThrow(() -> new NoSuchElementException("no source with id " + sourceId));
    }

    /** The sources due at {@code query.now()}, soonest first: active, and not running (or running past the lease). */
    @QueryHandler
    public List<SourceId> due(FindDueSources query) {
        return jdbc
                .queryForList(
                        "SELECT source_id FROM subscription WHERE paused = FALSE AND next_run_at <= ?"
                                + " AND (running_since IS NULL OR running_since < ?) ORDER BY next_run_at FETCH FIRST "
                                + Math.max(1, query.limit()) + " ROWS ONLY",
                        String.class,
                        Timestamp.from(query.now()),
                        Timestamp.from(query.now().minus(RUN_LEASE)))
                .stream()
                .map(SourceId::new)
                .toList();
    }

    private static Subscription row(ResultSet rs, int rowNum) throws SQLException {
        return new Subscription(
                rs.getString("source_id"),
                SourceKind.valueOf(rs.getString("kind")),
                rs.getString("location"),
                Duration.ofSeconds(rs.getLong("interval_seconds")),
                rs.getBoolean("paused"),
                instant(rs.getTimestamp("added_at")),
                rs.getString("added_by"),
                nullableInstant(rs.getTimestamp("running_since")),
                nullableInstant(rs.getTimestamp("last_run_at")),
                instant(rs.getTimestamp("next_run_at")),
                rs.getInt("runs"),
                rs.getInt("documents_found"),
                rs.getInt("documents_recorded"),
                rs.getInt("events_extracted"),
                rs.getInt("revisions"),
                rs.getString("last_outcome"),
                rs.getString("last_error"),
                rs.getInt("consecutive_failures"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
