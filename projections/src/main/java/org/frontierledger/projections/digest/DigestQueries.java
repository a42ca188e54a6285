package org.frontierledger.projections.digest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.ReadSide;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The reads a digest needs, over the timeline (read-only, as the timeline projection keeps it:
 * corrections applied, rejected events gone), the sources and the digest's own tables. Every
 * method takes {@code asOf}: rows recorded after it are left out. Results are in a fixed order, so
 * a digest is reproducible. Thread-safe.
 */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class DigestQueries {
    private static final String TIMELINE_ORDER = " ORDER BY reported_on, document_id, quote_start, event_id";

    private final JdbcTemplate jdbc;

    DigestQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Market events reported between {@code from} and {@code to} (inclusive), in report order. */
    public List<TimelineEntry> eventsReported(LocalDate from, LocalDate to, Instant asOf) {
        return jdbc.query("SELECT * FROM timeline_entry WHERE status <> 'REJECTED' AND reported_on >= ? AND reported_on <= ?"
                        + " AND recorded_at <= ?" + TIMELINE_ORDER,
                DigestQueries::entry, Date.valueOf(from), Date.valueOf(to), Timestamp.from(asOf));
    }

    /**
     * Events of these types about these subjects (compared ignoring case, spaces and hyphens, as
     * {@code DigestAssembler.sameModel} does) reported up to {@code to}: the candidates for
     * conflicts and previous price points.
     */
    public List<TimelineEntry> reportsAbout(Set<MarketEventType> types, Collection<String> subjects, LocalDate to,
            Instant asOf) {
        if (types.isEmpty() || subjects.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        new TreeSet<>(types).forEach(type -> args.add(type.name()));
        Set<String> lower = new TreeSet<>();
        subjects.forEach(s -> lower.add(DigestAssembler.sameModel(s)));
        args.addAll(lower);
        args.add(Date.valueOf(to));
        args.add(Timestamp.from(asOf));
        String sql = "SELECT * FROM timeline_entry WHERE status <> 'REJECTED' AND type IN (" + marks(types.size()) + ")"
                + " AND REPLACE(REPLACE(LOWER(subject), ' ', ''), '-', '') IN (" + marks(lower.size()) + ") AND reported_on <= ? AND recorded_at <= ?"
                + TIMELINE_ORDER;
        return jdbc.query(sql, DigestQueries::entry, args.toArray());
    }

    /** Token prices in USD per 1M tokens of these price events, by event id. */
    public Map<String, TokenPrice> tokenPrices(Collection<String> eventIds) {
        Map<String, TokenPrice> prices = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(eventIds))) {
            jdbc.query("SELECT * FROM digest_price WHERE event_id IN (" + marks(chunk.size()) + ")",
                    rs -> {
                        prices.put(rs.getString("event_id"), new TokenPrice(
                                plain(rs.getBigDecimal("input_usd_per_mtok")),
                                plain(rs.getBigDecimal("output_usd_per_mtok"))));
                    }, chunk.toArray());
        }
        return prices;
    }

    /** Claims with a named speaker reported between {@code from} and {@code to}, in report order. */
    public List<AttributedClaim> attributedClaims(LocalDate from, LocalDate to, Instant asOf) {
        return jdbc.query("SELECT * FROM digest_quote WHERE reported_on >= ? AND reported_on <= ?"
                        + " AND recorded_at <= ? ORDER BY reported_on, document_id, quote_start, claim_id",
                (rs, n) -> new AttributedClaim(rs.getString("claim_id"), rs.getString("document_id"),
                        rs.getString("speaker"), rs.getString("quote"), rs.getInt("quote_start"),
                        rs.getDate("reported_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant()),
                Date.valueOf(from), Date.valueOf(to), Timestamp.from(asOf));
    }

    /** The documents with these ids, by id (title, source, show and date for citations). */
    public Map<String, SourceDocument> documents(Collection<String> documentIds) {
        Map<String, SourceDocument> documents = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(documentIds))) {
            jdbc.query("SELECT * FROM source_document WHERE document_id IN (" + marks(chunk.size()) + ")", rs -> {
                documents.put(rs.getString("document_id"), new SourceDocument(rs.getString("document_id"),
                        rs.getString("title"), rs.getString("source"), rs.getString("format"),
                        rs.getDate("reported_on").toLocalDate(), rs.getString("show_name"),
                        rs.getTimestamp("ingested_at").toInstant(), rs.getString("ingested_by"),
                        rs.getInt("char_count"), rs.getInt("claim_count"), rs.getInt("event_count")));
            }, chunk.toArray());
        }
        return documents;
    }

    /** The weeks in which market events were reported, newest first, at most {@code limit}. */
    public List<IsoWeek> weeksWithEvents(int limit) {
        List<LocalDate> dates = jdbc.queryForList(
                "SELECT DISTINCT reported_on FROM timeline_entry WHERE status <> 'REJECTED' ORDER BY reported_on DESC", Date.class)
                .stream().map(Date::toLocalDate).toList();
        return dates.stream().map(IsoWeek::of).distinct().limit(limit).toList();
    }

    private static String marks(int count) {
        return "?,".repeat(count - 1) + "?";
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private static java.math.@org.jspecify.annotations.Nullable BigDecimal plain(
            java.math.@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static TimelineEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return org.frontierledger.projections.timeline.TimelineQueries.row(rs, rowNum);
    }
}
