package org.frontierledger.projections.sources;

import java.sql.Date;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.projections.ReadSide;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code source_document} and {@code document_text}. Counts are incremented per event; a
 * batch that fails is rolled back with its token, so a retry never counts twice.
 */
@Component
@ProcessingGroup("sources")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class SourcesProjection {
    private final JdbcTemplate jdbc;

    SourcesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DocumentIngested event, @org.axonframework.eventhandling.Timestamp Instant recordedAt,
            @MetaDataValue(value = "user", required = false) @Nullable String user) {
        jdbc.update("INSERT INTO source_document (document_id, title, source, format, reported_on, show_name,"
                        + " ingested_at, ingested_by, char_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.documentId().value(), event.title(), event.source(), event.format(),
                Date.valueOf(event.reportedOn()), event.show(), java.sql.Timestamp.from(recordedAt), user,
                event.text().length());
        jdbc.update("INSERT INTO document_text (document_id, body) VALUES (?, ?)",
                event.documentId().value(), event.text());
    }

    @EventHandler
    void on(ClaimRecorded event) {
        jdbc.update("UPDATE source_document SET claim_count = claim_count + 1 WHERE document_id = ?",
                event.documentId().value());
    }

    @EventHandler
    void on(MarketEvent event) {
        jdbc.update("UPDATE source_document SET event_count = event_count + 1 WHERE document_id = ?",
                event.documentId().value());
    }

    @EventHandler
    void on(org.frontierledger.eventstore.event.MarketEventSuperseded event) {
        jdbc.update("UPDATE source_document SET event_count = event_count - 1 WHERE document_id = ? AND event_count > 0",
                event.documentId().value());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM document_text");
        jdbc.update("DELETE FROM source_document");
    }
}
