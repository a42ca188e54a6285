package org.frontierledger.projections.conflicts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.projections.BatchedWrites;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code conflict_fact} (every figure of every live market event, by topic),
 * {@code conflict_fact_version} (every figure a market event has stated, valid from the instant
 * it was recorded until a later event changed or removed it: the as-of read model) and
 * {@code conflict_document} (each document's title and source). Superseded and rejected events
 * leave; corrections change the figures they touch. Writes go to the database in JDBC batches,
 * once per batch of events ({@link BatchedWrites}).
 */
@Component
@ProcessingGroup("conflicts")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class ConflictsProjection {
    private static final String COLUMNS = "event_id, measure, document_id, type, topic, subject, org, model,"
            + " qualifier, period, low_value, high_value, reported_on, speaker, quote, quote_start, quote_end";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    ConflictsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(DocumentIngested event) {
        writes.update(
                "INSERT INTO conflict_document (document_id, title, source) VALUES (?, ?, ?)",
                event.documentId().value(),
                event.title(),
                event.source());
    }

    @EventHandler
    void on(MarketEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        delete(event.id().value(), at);
        Facts.of(event).forEach(fact -> insert(fact, at));
    }

    @EventHandler
    void on(MarketEventSuperseded event, @org.axonframework.eventhandling.Timestamp Instant at) {
        delete(event.eventId().value(), at);
    }

    @EventHandler
    void on(MarketEventRejected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        delete(event.eventId().value(), at);
    }

    @EventHandler
    void on(MarketEventCorrected event, @org.axonframework.eventhandling.Timestamp Instant at) {
        writes.flush();
        List<Fact> facts = jdbc.query(
                "SELECT * FROM conflict_fact WHERE event_id = ?",
                ConflictQueries::fact,
                event.eventId().value());
        delete(event.eventId().value(), at);
        for (Fact fact : facts) {
            Fact corrected = fact;
            for (FieldChange change : event.changes()) {
                corrected = corrected == null ? null : Facts.corrected(corrected, change);
            }
            if (corrected != null && corrected.topic() != null) {
                insert(corrected, at);
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM conflict_fact");
        jdbc.update("DELETE FROM conflict_fact_version");
        jdbc.update("DELETE FROM conflict_document");
    }

    /** Removes the event's facts, and ends their versions at {@code at}. */
    private void delete(String eventId, Instant at) {
        writes.update("DELETE FROM conflict_fact WHERE event_id = ?", eventId);
        writes.update(
                "UPDATE conflict_fact_version SET valid_to = ? WHERE event_id = ? AND valid_to IS NULL",
                micros(at),
                eventId);
    }

    /** Adds a fact, and a version of it valid from {@code at}. */
    private void insert(Fact f, Instant at) {
        Object[] values = {
            f.eventId(),
            f.measure(),
            f.documentId(),
            f.type().name(),
            f.topic(),
            f.subject(),
            f.org(),
            f.model(),
            f.qualifier(),
            f.period(),
            f.low(),
            f.high(),
            Date.valueOf(f.reportedOn()),
            f.speaker(),
            f.quote(),
            f.quoteStart(),
            f.quoteEnd(),
            micros(at)
        };
        writes.update(
                "INSERT INTO conflict_fact (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?)",
                Arrays.copyOf(values, values.length - 1));
        writes.update(
                "INSERT INTO conflict_fact_version (" + COLUMNS + ", valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values);
    }

    private static Timestamp micros(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
