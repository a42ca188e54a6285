package org.frontierledger.projections.conflicts;

import java.sql.Date;
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
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code conflict_fact} (every figure of every live market event, by topic) and
 * {@code conflict_document} (each document's title and source). Superseded and rejected events
 * leave; corrections change the figures they touch.
 */
@Component
@ProcessingGroup("conflicts")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class ConflictsProjection {
    private final JdbcTemplate jdbc;

    ConflictsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DocumentIngested event) {
        jdbc.update("INSERT INTO conflict_document (document_id, title, source) VALUES (?, ?, ?)",
                event.documentId().value(), event.title(), event.source());
    }

    @EventHandler
    void on(MarketEvent event) {
        delete(event.id().value());
        Facts.of(event).forEach(this::insert);
    }

    @EventHandler
    void on(MarketEventSuperseded event) {
        delete(event.eventId().value());
    }

    @EventHandler
    void on(MarketEventRejected event) {
        delete(event.eventId().value());
    }

    @EventHandler
    void on(MarketEventCorrected event) {
        List<Fact> facts = jdbc.query("SELECT * FROM conflict_fact WHERE event_id = ?", ConflictQueries::fact,
                event.eventId().value());
        delete(event.eventId().value());
        for (Fact fact : facts) {
            Fact corrected = fact;
            for (FieldChange change : event.changes()) {
                corrected = corrected == null ? null : Facts.corrected(corrected, change);
            }
            if (corrected != null && corrected.topic() != null) {
                insert(corrected);
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM conflict_fact");
        jdbc.update("DELETE FROM conflict_document");
    }

    private void delete(String eventId) {
        jdbc.update("DELETE FROM conflict_fact WHERE event_id = ?", eventId);
    }

    private void insert(Fact f) {
        jdbc.update("INSERT INTO conflict_fact (event_id, measure, document_id, type, topic, subject, org, model,"
                        + " qualifier, period, low_value, high_value, reported_on, speaker, quote, quote_start,"
                        + " quote_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                f.eventId(), f.measure(), f.documentId(), f.type().name(), f.topic(), f.subject(), f.org(), f.model(),
                f.qualifier(), f.period(), f.low(), f.high(), Date.valueOf(f.reportedOn()), f.speaker(), f.quote(),
                f.quoteStart(), f.quoteEnd());
    }
}
