package org.frontierledger.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The raw event stream for audit: every stored event with its position, time, type, stream and
 * payload as stored (JSON). Read-only; thread-safe.
 */
public class EventLog {
    private final JdbcTemplate jdbc;

    /** A log over the event store's tables in this data source. */
    public EventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One stored event.
     *
     * @param position its global position in the stream
     * @param recordedAt when it was stored
     * @param type the event class's simple name ("CapexReported")
     * @param revision the payload's revision
     * @param stream the aggregate (document) it belongs to
     * @param sequence its position in that stream
     * @param payload the payload as stored (JSON)
     * @param metadata the metadata as stored (JSON: user, correlation and trace ids)
     */
    public record Entry(
            long position,
            Instant recordedAt,
            String type,
            @Nullable String revision,
            String stream,
            long sequence,
            String payload,
            String metadata) {}

    /**
     * The newest events first, before {@code beforePosition} (null for the newest), optionally only
     * of one type (simple class name, case-insensitive) or whose payload contains {@code text}.
     */
    public List<Entry> page(@Nullable Long beforePosition, @Nullable String type, @Nullable String text, int limit) {
        StringBuilder sql = new StringBuilder("SELECT globalIndex, timeStamp, payloadType, payloadRevision,"
                + " aggregateIdentifier, sequenceNumber, payload, metaData FROM DomainEventEntry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (beforePosition != null) {
            sql.append(" AND globalIndex < ?");
            args.add(beforePosition);
        }
        if (type != null && !type.isBlank()) {
            sql.append(" AND LOWER(payloadType) LIKE ?");
            args.add("%." + type.trim().toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY globalIndex DESC");
        List<Entry> entries = jdbc.query(
                sql.toString(),
                (rs, n) -> new Entry(
                        rs.getLong(1),
                        Instant.parse(rs.getString(2)),
                        simpleName(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        text(rs.getBytes(7)),
                        text(rs.getBytes(8))),
                args.toArray());
        String needle = text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT);
        return entries.stream()
                .filter(e ->
                        needle == null || e.payload().toLowerCase(Locale.ROOT).contains(needle))
                .limit(limit)
                .toList();
    }

    /** Number of stored events. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String text(byte @Nullable [] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
