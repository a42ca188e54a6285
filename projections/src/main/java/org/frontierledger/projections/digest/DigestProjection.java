package org.frontierledger.projections.digest;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.projections.BatchedWrites;
import org.frontierledger.projections.ReadSide;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code digest_quote} (claims with a named speaker) and {@code digest_price} (token prices
 * as numbers, corrections applied). Rebuilt from the events like every read model; a replay
 * rewrites these tables only, never a digest already written.
 */
@Component
@ProcessingGroup("digest")
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
class DigestProjection {
    private final JdbcTemplate jdbc;
    /** Writes go to the database in JDBC batches, once per batch of events. */
    private final BatchedWrites writes;

    DigestProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new BatchedWrites(jdbc);
    }

    @EventHandler
    void on(ClaimRecorded event, @org.axonframework.eventhandling.Timestamp Instant recordedAt) {
        Provenance p = event.provenance();
        if (p.speaker() == null || p.speaker().isBlank()) {
            return;
        }
        writes.update(
                "INSERT INTO digest_quote (claim_id, document_id, speaker, quote, quote_start, reported_on,"
                        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                event.claimId().value(),
                p.documentId().value(),
                p.speaker().strip(),
                p.quote(),
                p.start(),
                Date.valueOf(p.reportedOn()),
                Timestamp.from(recordedAt));
    }

    @EventHandler
    void on(PriceReported event) {
        writes.update(
                "INSERT INTO digest_price (event_id, input_usd_per_mtok, output_usd_per_mtok) VALUES (?, ?, ?)",
                event.id().value(),
                event.inputUsdPerMTok(),
                event.outputUsdPerMTok());
    }

    @EventHandler
    void on(MarketEventCorrected event) {
        for (FieldChange change : event.changes()) {
            String column = switch (change.field()) {
                case "inputUsdPerMTok" -> "input_usd_per_mtok";
                case "outputUsdPerMTok" -> "output_usd_per_mtok";
                default -> null;
            };
            if (column != null) {
                writes.update(
                        "UPDATE digest_price SET " + column + " = ? WHERE event_id = ?",
                        number(change.to()),
                        event.eventId().value());
            }
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM digest_quote");
        jdbc.update("DELETE FROM digest_price");
    }

    private static @Nullable BigDecimal number(@Nullable String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }
}
