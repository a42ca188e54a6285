package org.frontierledger.projections.sources;

import java.sql.Date;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.projections.BatchedWrites;
import org.frontierledger.projections.ReadSide;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code source_document} and {@code document_text}. Counts are added up per document over a
 * batch of events and written once per document when the batch commits ({@link BatchedWrites});
 * a batch that fails is rolled back with its token, so a retry never counts twice.
 */
@Component
@ProcessingGroup("sources")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class SourcesProjection {
    private static final String COUNT = "UPDATE source_document SET claim_count = claim_count + ?,"
            + " event_count = CASE WHEN event_count + ? < 0 THEN 0 ELSE event_count + ? END WHERE document_id = ?";

    private final JdbcTemplate jdbc;
    private final BatchedWrites writes;

    SourcesProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc).beforeEachFlush(SourcesProjection::writeCounts);
    }

    /** Claims and market events counted in this batch, by document: {claims, events}. */
    private static Map<String, int[]> counts(BatchedWrites writes) {
        Map<String, int[]> counts = writes.batchState("counts", LinkedHashMap::new);
        return counts == null ? new LinkedHashMap<>() : counts;
    }

    private static void writeCounts(BatchedWrites writes) {
        Map<String, int[]> counts = counts(writes);
        counts.forEach((document, c) -> writes.update(COUNT, c[0], c[1], c[1], document));
        counts.clear();
    }

    private void count(String documentId, int claims, int events) {
        Map<String, int[]> counts = writes.batchState("counts", LinkedHashMap::new);
        if (counts == null) {
            jdbc.update(COUNT, claims, events, events, documentId);
            return;
        }
        int[] c = counts.computeIfAbsent(documentId, id -> new int[2]);
        c[0] += claims;
        c[1] += events;
    }

    @EventHandler
    void on(
            DocumentIngested event,
            @Timestamp Instant recordedAt,
            @MetaDataValue(value = "user", required = false) @Nullable String user) {
        writes.update(
                "INSERT INTO source_document (document_id, title, source, format, reported_on, show_name,"
                        + " ingested_at, ingested_by, char_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.documentId().value(),
                event.title(),
                event.source(),
                event.format(),
                Date.valueOf(event.reportedOn()),
                event.show(),
                java.sql.Timestamp.from(recordedAt),
                user,
                event.text().length());
        writes.update(
                "INSERT INTO document_text (document_id, body) VALUES (?, ?)",
                event.documentId().value(),
                event.text());
    }

    @EventHandler
    void on(ClaimRecorded event) {
        count(event.documentId().value(), 1, 0);
    }

    @EventHandler
    void on(MarketEvent event) {
        count(event.documentId().value(), 0, 1);
    }

    @EventHandler
    void on(MarketEventSuperseded event) {
        count(event.documentId().value(), 0, -1);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM document_text");
        jdbc.update("DELETE FROM source_document");
    }
}
