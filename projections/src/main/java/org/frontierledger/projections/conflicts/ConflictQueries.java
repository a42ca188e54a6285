package org.frontierledger.projections.conflicts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.ReadSide;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where sources disagree: statements of the same thing with different values, each with its
 * source. Only topics stated more than once are loaded, so the cost grows with the disputed
 * statements, not with the ledger. Thread-safe.
 */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class ConflictQueries {
    private static final String DISPUTED = "SELECT f.*, d.title, d.source FROM conflict_fact f"
            + " LEFT JOIN conflict_document d ON d.document_id = f.document_id"
            + " WHERE f.topic IN (SELECT topic FROM conflict_fact GROUP BY topic HAVING COUNT(DISTINCT event_id) > 1)";
    /** {@link #DISPUTED} over the fact versions valid at an instant, which it takes four times. */
    private static final String DISPUTED_AS_OF = "SELECT f.*, d.title, d.source FROM conflict_fact_version f"
            + " LEFT JOIN conflict_document d ON d.document_id = f.document_id"
            + " WHERE f.valid_from <= ? AND (f.valid_to IS NULL OR f.valid_to > ?)"
            + " AND f.topic IN (SELECT topic FROM conflict_fact_version"
            + " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
            + " GROUP BY topic HAVING COUNT(DISTINCT event_id) > 1)";

    private final JdbcTemplate jdbc;
    private final AsOfConflicts asOf;

    ConflictQueries(JdbcTemplate jdbc, EventStorageEngine events) {
        this.jdbc = jdbc;
        this.asOf = new AsOfConflicts(events);
    }

    /** Every conflict, by type, subject and period. */
    public List<Conflict> all() {
        return Conflicts.find(jdbc.query(DISPUTED, ConflictQueries::sourced));
    }

    /**
     * The conflicts about a company or model: those whose subject, or any of whose statements' company
     * or model, contains {@code name} (case ignored), as the timeline's company filter matches.
     */
    public List<Conflict> forSubject(String name) {
        return forSubject(name, null);
    }

    /**
     * The conflicts about a company or model as they were known at {@code asOf} (the fact versions
     * valid then: what had been recorded, with the curation of then); null for now.
     */
    public List<Conflict> forSubject(String name, @Nullable Instant asOf) {
        String pattern = "%"
                + name.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        if (asOf != null) {
            Timestamp at = at(asOf);
            return Conflicts.find(jdbc.query(
                    DISPUTED_AS_OF + " AND f.topic IN (SELECT topic FROM conflict_fact_version"
                            + " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) AND (LOWER(subject) LIKE ?"
                            + " OR LOWER(org) LIKE ? OR LOWER(model) LIKE ?))",
                    ConflictQueries::sourced,
                    at,
                    at,
                    at,
                    at,
                    at,
                    at,
                    pattern,
                    pattern,
                    pattern));
        }
        return Conflicts.find(jdbc.query(
                DISPUTED + " AND f.topic IN (SELECT topic FROM conflict_fact WHERE"
                        + " LOWER(subject) LIKE ? OR LOWER(org) LIKE ? OR LOWER(model) LIKE ?)",
                ConflictQueries::sourced,
                pattern,
                pattern,
                pattern));
    }

    /**
     * The same as {@link #forSubject(String, Instant)}, replayed in memory from the stored events:
     * one pass over the whole store, so only the test oracle of the as-of read model.
     */
    public List<Conflict> forSubjectByReplay(String name, Instant asOf) {
        String needle = name.strip().toLowerCase(Locale.ROOT);
        List<Conflicts.Sourced> facts = this.asOf.facts(asOf);
        Set<String> topics = facts.stream()
                .map(Conflicts.Sourced::fact)
                .filter(f -> contains(f.subject(), needle) || contains(f.org(), needle) || contains(f.model(), needle))
                .map(Fact::topic)
                .collect(Collectors.toSet());
        return Conflicts.find(
                facts.stream().filter(s -> topics.contains(s.fact().topic())).toList());
    }

    /** Every conflict as known at {@code asOf}, replayed in memory: the test oracle of the as-of read model. */
    public List<Conflict> allByReplay(Instant asOf) {
        return Conflicts.find(this.asOf.facts(asOf));
    }

    /** Every conflict as known at {@code asOf}, from the fact versions valid then. */
    public List<Conflict> all(Instant asOf) {
        Timestamp at = at(asOf);
        return Conflicts.find(jdbc.query(DISPUTED_AS_OF, ConflictQueries::sourced, at, at, at, at));
    }

    /** The instant as the database compares it: recorded instants are whole milliseconds, so cutting to micros is exact. */
    private static Timestamp at(Instant asOf) {
        return Timestamp.from(asOf.truncatedTo(ChronoUnit.MICROS));
    }

    /** The conflicts a market event is part of (more than one when it names no model of its developer). */
    public List<Conflict> forEvent(String eventId) {
        return all().stream().filter(c -> c.eventIds().contains(eventId)).toList();
    }

    /** The ids of every market event in some conflict, for marking rows of a list. */
    public Set<String> conflictingEventIds() {
        return conflictingEventIds(null);
    }

    /** The ids of every market event in some conflict as known at {@code asOf}; null for now. */
    public Set<String> conflictingEventIds(@Nullable Instant asOf) {
        List<Conflict> conflicts = asOf == null ? all() : all(asOf);
        return conflicts.stream().flatMap(c -> c.eventIds().stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean contains(@Nullable String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Conflicts.Sourced sourced(ResultSet rs, int rowNum) throws SQLException {
        String title = rs.getString("title");
        String source = rs.getString("source");
        return new Conflicts.Sourced(fact(rs, rowNum), title == null ? "" : title, source == null ? "" : source);
    }

    static Fact fact(ResultSet rs, int rowNum) throws SQLException {
        return new Fact(
                rs.getString("event_id"),
                rs.getString("measure"),
                rs.getString("document_id"),
                MarketEventType.valueOf(rs.getString("type")),
                rs.getString("subject"),
                rs.getString("org"),
                rs.getString("model"),
                rs.getString("qualifier"),
                rs.getString("period"),
                rs.getBigDecimal("low_value").stripTrailingZeros(),
                stripped(rs.getBigDecimal("high_value")),
                rs.getDate("reported_on").toLocalDate(),
                rs.getString("speaker"),
                rs.getString("quote"),
                rs.getInt("quote_start"),
                rs.getInt("quote_end"));
    }

    private static java.math.@Nullable BigDecimal stripped(java.math.@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
