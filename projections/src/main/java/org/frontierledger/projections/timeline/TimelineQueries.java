package org.frontierledger.projections.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Queries over the timeline of market events, now or as of an earlier instant. Thread-safe. */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class TimelineQueries {
    private final JdbcTemplate jdbc;
    private final TimelineTable table;
    private final AsOfTimeline asOf;

    TimelineQueries(JdbcTemplate jdbc, EventStorageEngine events) {
        this.jdbc = jdbc;
        this.table = new TimelineTable(jdbc);
        this.asOf = new AsOfTimeline(events);
    }

    /**
     * The entries matching the query, newest report first, then by document position. With
     * {@code asOf} set, the versions of the entries valid at that instant ({@code timeline_version}:
     * only what had been recorded by then, with the curation of then), by the same filters and
     * order; the same query on another table, so about as fast as now.
     */
    public List<TimelineEntry> find(FindTimeline query) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + TimelineTable.COLUMNS);
        Instant asOf = query.asOf();
        if (asOf == null) {
            sql.append(" FROM timeline_entry WHERE status <> 'REJECTED'");
        } else {
            // Recorded instants are whole milliseconds (as Axon stores them), so comparing with the
            // instant cut to the database's microseconds keeps exactly the events recorded by then.
            Timestamp at = Timestamp.from(asOf.truncatedTo(ChronoUnit.MICROS));
            sql.append(" FROM timeline_version WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
                    + " AND status <> 'REJECTED'");
            args.add(at);
            args.add(at);
        }
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (")
                    .append("?,".repeat(query.types().size() - 1))
                    .append("?)");
            query.types().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (query.org() != null) {
            sql.append(" AND (LOWER(org) LIKE ? OR LOWER(model) LIKE ? OR LOWER(subject) LIKE ?");
            String pattern = "%" + escapeLike(query.org().strip().toLowerCase(Locale.ROOT)) + "%";
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
            // Other spellings of the same entity ("DeepSeek-R1" for "DeepSeek R1"), found by key.
            List<String> spellings = names().stream()
                    .filter(name -> FindTimeline.names(name, query.org()))
                    .toList();
            if (!spellings.isEmpty()) {
                String in = " IN (" + "?,".repeat(spellings.size() - 1) + "?)";
                sql.append(" OR org")
                        .append(in)
                        .append(" OR model")
                        .append(in)
                        .append(" OR subject")
                        .append(in);
                for (int i = 0; i < 3; i++) {
                    args.addAll(spellings);
                }
            }
            sql.append(")");
        }
        if (query.from() != null) {
            sql.append(" AND reported_on >= ?");
            args.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND reported_on <= ?");
            args.add(Date.valueOf(query.to()));
        }
        sql.append(" ORDER BY reported_on DESC, document_id, quote_start, event_id LIMIT ")
                .append(query.limit());
        return jdbc.query(sql.toString(), TimelineTable::row, args.toArray());
    }

    /** Every company, model and subject name written on the timeline, as written, sorted. */
    public List<String> names() {
        return jdbc.queryForList(
                "SELECT org FROM timeline_entry WHERE org IS NOT NULL UNION SELECT model FROM"
                        + " timeline_entry WHERE model IS NOT NULL UNION SELECT subject FROM timeline_entry ORDER BY 1",
                String.class);
    }

    /** The market events of one document, rejected ones included, in document order. */
    public List<TimelineEntry> ofDocument(String documentId) {
        return jdbc.query(
                "SELECT " + TimelineTable.COLUMNS + " FROM timeline_entry WHERE document_id = ?"
                        + " ORDER BY quote_start, event_id",
                TimelineTable::row,
                documentId);
    }

    /**
     * The same query answered by replaying the stored events in memory up to {@code query.asOf()}
     * (now when null) with the projection's own functions: one pass over the whole store, so only
     * the test oracle for the as-of read model, which it must equal.
     */
    public List<TimelineEntry> findByReplay(FindTimeline query) {
        return asOf.find(query, query.asOf() == null ? Instant.now() : query.asOf());
    }

    /** The market event with this id, rejected or not. */
    public Optional<TimelineEntry> find(String eventId) {
        return table.find(eventId);
    }

    /** The market event with this id; throws a clear exception when there is none. */
    public TimelineEntry get(String eventId) {
        return find(eventId).orElseThrow(() -> new NoSuchElementException("no market event with id " + eventId));
    }

    /** Extracted events no analyst has decided on yet, most recently recorded first. */
    public List<TimelineEntry> reviewQueue(int limit) {
        return jdbc.query(
                "SELECT " + TimelineTable.COLUMNS + " FROM timeline_entry WHERE status = 'EXTRACTED'"
                        + " ORDER BY recorded_at DESC, document_id, quote_start LIMIT ?",
                TimelineTable::row,
                limit);
    }

    /** Number of events waiting for review. */
    public long reviewCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM timeline_entry WHERE status = 'EXTRACTED'", Long.class);
        return count == null ? 0 : count;
    }

    /** The analysts' decisions on a market event, oldest first. */
    public List<CurationRecord> history(String eventId) {
        return jdbc.query(
                "SELECT event_id, recorded_at, action, curator, changes, reason FROM curation_log"
                        + " WHERE event_id = ? ORDER BY recorded_at",
                (rs, n) -> new CurationRecord(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        CurationStatus.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)),
                eventId);
    }

    /** Number of market events on the timeline (rejected ones excluded). */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM timeline_entry WHERE status <> 'REJECTED'", Long.class);
        return count == null ? 0 : count;
    }

    /** The companies named on the timeline, sorted, for filters. */
    public List<String> orgs() {
        return jdbc.queryForList(
                "SELECT DISTINCT org FROM timeline_entry WHERE org IS NOT NULL"
                        + " AND status <> 'REJECTED' ORDER BY org",
                String.class);
    }

    /** The models named on the timeline, sorted, for filters. */
    public List<String> models() {
        return jdbc.queryForList(
                "SELECT DISTINCT model FROM timeline_entry WHERE model IS NOT NULL"
                        + " AND status <> 'REJECTED' ORDER BY model",
                String.class);
    }

    /**
     * Maps a {@code timeline_entry} row (selected with {@code *}), for the other read models of this
     * module that query the timeline with SQL of their own. They must exclude {@code status =
     * 'REJECTED'} themselves.
     */
    public static TimelineEntry row(ResultSet rs, int rowNum) throws SQLException {
        return TimelineTable.row(rs, rowNum);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
