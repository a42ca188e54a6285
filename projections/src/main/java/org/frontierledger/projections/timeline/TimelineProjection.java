package org.frontierledger.projections.timeline;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code timeline_entry}: one row per market event, mapped by {@link TimelineRows}. */
@Component
@ProcessingGroup("timeline")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class TimelineProjection {
    private final JdbcTemplate jdbc;

    TimelineProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MarketEvent event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        TimelineEntry e = TimelineRows.of(event, recordedAt);
        jdbc.update("INSERT INTO timeline_entry (event_id, document_id, type, subject, org, model, amount_usd,"
                        + " amount_usd_high, figure, period, detail, reported_on, recorded_at, speaker, quote,"
                        + " quote_start, quote_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.eventId(), e.documentId(), e.type().name(), e.subject(), e.org(), e.model(), e.amountUsd(),
                e.amountUsdHigh(), e.figure(), e.period(), e.detail(), Date.valueOf(e.reportedOn()),
                Timestamp.from(e.recordedAt()), e.speaker(), e.quote(), e.quoteStart(), e.quoteEnd());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM timeline_entry");
    }

    /** A market event a re-extraction no longer finds leaves the timeline (issue 3). */
    @EventHandler
    void on(org.frontierledger.eventstore.event.MarketEventSuperseded event) {
        jdbc.update("DELETE FROM timeline_entry WHERE event_id = ?", event.eventId().value());
    }
}
