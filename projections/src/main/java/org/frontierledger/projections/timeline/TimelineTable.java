package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.BatchedWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and writes {@code timeline_entry} rows and their versions in {@code timeline_version};
 * shared by the projection (which writes through its batch) and the queries (which only read).
 */
final class TimelineTable {
    static final String COLUMNS = "event_id, document_id, type, subject, org, model, amount_usd, amount_usd_high,"
            + " input_usd_per_mtok, output_usd_per_mtok, ratio, gpus, provider, figure, period, detail, reported_on,"
            + " recorded_at, speaker, quote, quote_start, quote_end, status, curated_by, curated_at";

    private static final String VALUES =
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?," + " ?, ?, ?";

    private final JdbcTemplate jdbc;
    /** Null for a reader. */
    private final @Nullable BatchedWrites writes;

    /** A reader. */
    TimelineTable(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    /** A writer whose writes go through {@code writes}. */
    TimelineTable(JdbcTemplate jdbc, @Nullable BatchedWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    private BatchedWrites writes() {
        if (writes == null) {
            throw new IllegalStateException("a reader of the timeline cannot write");
        }
        return writes;
    }

    void insert(TimelineEntry e) {
        writes().update("INSERT INTO timeline_entry (" + COLUMNS + ")" + VALUES + ")", values(e, null));
    }

    /** Replaces the row of this entry's event. */
    void replace(TimelineEntry e) {
        writes().update("DELETE FROM timeline_entry WHERE event_id = ?", e.eventId());
        insert(e);
    }

    /** Adds a version of the entry, valid from {@code from} until further notice. */
    void openVersion(TimelineEntry e, Instant from) {
        writes().update(
                        "INSERT INTO timeline_version (" + COLUMNS + ", valid_from)" + VALUES + ", ?)",
                        values(e, Timestamp.from(micros(from))));
    }

    /** Ends the current version of the event's entry, if any, at {@code to}. */
    void closeVersion(String eventId, Instant to) {
        writes().update(
                        "UPDATE timeline_version SET valid_to = ? WHERE event_id = ? AND valid_to IS NULL",
                        Timestamp.from(micros(to)),
                        eventId);
    }

    private static Object[] values(TimelineEntry e, @Nullable Timestamp validFrom) {
        Object[] values = {
            e.eventId(),
            e.documentId(),
            e.type().name(),
            e.subject(),
            e.org(),
            e.model(),
            e.amountUsd(),
            e.amountUsdHigh(),
            e.inputUsdPerMTok(),
            e.outputUsdPerMTok(),
            e.ratio(),
            e.gpus(),
            e.provider(),
            e.figure(),
            e.period(),
            e.detail(),
            Date.valueOf(e.reportedOn()),
            Timestamp.from(e.recordedAt()),
            e.speaker(),
            e.quote(),
            e.quoteStart(),
            e.quoteEnd(),
            e.status().name(),
            e.curatedBy(),
            e.curatedAt() == null ? null : Timestamp.from(e.curatedAt()),
            validFrom
        };
        return validFrom == null ? Arrays.copyOf(values, values.length - 1) : values;
    }

    Optional<TimelineEntry> find(String eventId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM timeline_entry WHERE event_id = ?", TimelineTable::row, eventId)
                .stream()
                .findFirst();
    }

    static TimelineEntry row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp curatedAt = rs.getTimestamp("curated_at");
        return new TimelineEntry(
                rs.getString("event_id"),
                rs.getString("document_id"),
                MarketEventType.valueOf(rs.getString("type")),
                rs.getString("subject"),
                rs.getString("org"),
                rs.getString("model"),
                plain(rs.getBigDecimal("amount_usd")),
                plain(rs.getBigDecimal("amount_usd_high")),
                plain(rs.getBigDecimal("input_usd_per_mtok")),
                plain(rs.getBigDecimal("output_usd_per_mtok")),
                plain(rs.getBigDecimal("ratio")),
                nullableLong(rs),
                rs.getString("provider"),
                rs.getString("figure"),
                rs.getString("period"),
                rs.getString("detail"),
                rs.getDate("reported_on").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("speaker"),
                rs.getString("quote"),
                rs.getInt("quote_start"),
                rs.getInt("quote_end"),
                CurationStatus.valueOf(rs.getString("status")),
                rs.getString("curated_by"),
                curatedAt == null ? null : curatedAt.toInstant());
    }

    private static @Nullable Long nullableLong(ResultSet rs) throws SQLException {
        long value = rs.getLong("gpus");
        return rs.wasNull() ? null : value;
    }

    /** A number without trailing zeros and without exponent: 12000000000, 0.2, 2.5. */
    static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Instants as the databases keep them: to the microsecond. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
