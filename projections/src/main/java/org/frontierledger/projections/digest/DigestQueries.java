package org.frontierledger.projections.digest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.projections.ReadSide;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.jspecify.annotations.Nullable;
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
        return jdbc.query(
                "SELECT * FROM timeline_entry WHERE status <> 'REJECTED' AND reported_on >= ? AND reported_on <= ?"
                        + " AND recorded_at <= ?" + TIMELINE_ORDER,
                DigestQueries::entry,
                Date.valueOf(from),
                Date.valueOf(to),
                Timestamp.from(asOf));
    }

    /**
     * Events of these types about these subjects (compared by {@link EntityKey#normal}, so
     * "DeepSeek-R1" and "DeepSeek R1" are one) reported up to {@code to}: the candidates for
     * conflicts and previous price points. The subjects of those types are matched in Java, so the
     * comparison is the one rule, not a second one in SQL.
     */
    public List<TimelineEntry> reportsAbout(
            Set<MarketEventType> types, Collection<String> subjects, LocalDate to, Instant asOf) {
        if (types.isEmpty() || subjects.isEmpty()) {
            return List.of();
        }
        List<String> typeNames =
                new TreeSet<>(types).stream().map(MarketEventType::name).toList();
        Set<String> keys = new TreeSet<>();
        subjects.forEach(s -> keys.add(EntityKey.normal(s)));
        Set<String> spellings = new TreeSet<>();
        jdbc.query(
                "SELECT DISTINCT subject FROM timeline_entry WHERE type IN (" + marks(typeNames.size()) + ")",
                rs -> {
                    String subject = rs.getString("subject");
                    if (subject != null && keys.contains(EntityKey.normal(subject))) {
                        spellings.add(subject);
                    }
                },
                typeNames.toArray());
        List<TimelineEntry> found = new ArrayList<>();
        for (List<String> chunk : chunks(spellings)) {
            List<Object> args = new ArrayList<>(typeNames);
            args.addAll(chunk);
            args.add(Date.valueOf(to));
            args.add(Timestamp.from(asOf));
            found.addAll(jdbc.query(
                    "SELECT * FROM timeline_entry WHERE status <> 'REJECTED' AND type IN ("
                            + marks(typeNames.size()) + ") AND subject IN (" + marks(chunk.size()) + ")"
                            + " AND reported_on <= ? AND recorded_at <= ?" + TIMELINE_ORDER,
                    DigestQueries::entry,
                    args.toArray()));
        }
        if (spellings.size() > 500) { // more than one chunk: one order over all, as TIMELINE_ORDER gives
            found.sort(Comparator.comparing(TimelineEntry::reportedOn)
                    .thenComparing(TimelineEntry::documentId)
                    .thenComparingInt(TimelineEntry::quoteStart)
                    .thenComparing(TimelineEntry::eventId));
        }
        return found;
    }

    /** Token prices in USD per 1M tokens of these price events, by event id. */
    public Map<String, TokenPrice> tokenPrices(Collection<String> eventIds) {
        Map<String, TokenPrice> prices = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(eventIds))) {
            jdbc.query(
                    "SELECT * FROM digest_price WHERE event_id IN (" + marks(chunk.size()) + ")",
                    rs -> {
                        prices.put(
                                rs.getString("event_id"),
                                new TokenPrice(
                                        plain(rs.getBigDecimal("input_usd_per_mtok")),
                                        plain(rs.getBigDecimal("output_usd_per_mtok"))));
                    },
                    chunk.toArray());
        }
        return prices;
    }

    /** Claims with a named speaker reported between {@code from} and {@code to}, in report order. */
    public List<AttributedClaim> attributedClaims(LocalDate from, LocalDate to, Instant asOf) {
        return jdbc.query(
                "SELECT * FROM digest_quote WHERE reported_on >= ? AND reported_on <= ?"
                        + " AND recorded_at <= ? ORDER BY reported_on, document_id, quote_start, claim_id",
                (rs, n) -> new AttributedClaim(
                        rs.getString("claim_id"),
                        rs.getString("document_id"),
                        rs.getString("speaker"),
                        rs.getString("quote"),
                        rs.getInt("quote_start"),
                        rs.getDate("reported_on").toLocalDate(),
                        rs.getTimestamp("recorded_at").toInstant()),
                Date.valueOf(from),
                Date.valueOf(to),
                Timestamp.from(asOf));
    }

    /** The documents with these ids, by id (title, source, show and date for citations). */
    public Map<String, SourceDocument> documents(Collection<String> documentIds) {
        Map<String, SourceDocument> documents = new HashMap<>();
        for (List<String> chunk : chunks(new LinkedHashSet<>(documentIds))) {
            jdbc.query(
                    "SELECT * FROM source_document WHERE document_id IN (" + marks(chunk.size()) + ")",
                    rs -> {
                        documents.put(
                                rs.getString("document_id"),
                                new SourceDocument(
                                        rs.getString("document_id"),
                                        rs.getString("title"),
                                        rs.getString("source"),
                                        rs.getString("format"),
                                        rs.getDate("reported_on").toLocalDate(),
                                        rs.getString("show_name"),
                                        rs.getTimestamp("ingested_at").toInstant(),
                                        rs.getString("ingested_by"),
                                        rs.getInt("char_count"),
                                        rs.getInt("claim_count"),
                                        rs.getInt("event_count")));
                    },
                    chunk.toArray());
        }
        return documents;
    }

    /** The weeks in which market events were reported, newest first, at most {@code limit}. */
    public List<IsoWeek> weeksWithEvents(int limit) {
        List<LocalDate> dates = jdbc
                .queryForList(
                        "SELECT DISTINCT reported_on FROM timeline_entry WHERE status <> 'REJECTED' ORDER BY reported_on DESC",
                        Date.class)
                .stream()
                .map(Date::toLocalDate)
                .toList();
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

    private static java.math.@Nullable BigDecimal plain(java.math.@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static TimelineEntry entry(ResultSet rs, int rowNum) throws SQLException {
        return TimelineQueries.row(rs, rowNum);
    }
}
