package org.frontierledger.eventstore.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored payloads of earlier event revisions ({@code src/test/resources/legacy}), and a way to
 * put them into a store as literal rows, as an older version of the ledger left them.
 */
public final class LegacyEvents {
    /** The document of the legacy rows: "Raviga will spend $11 billion on AI data centers in 2025." */
    public static final DocumentId DOCUMENT = new DocumentId("19d270212a852e1198b9cf5db6e5c3bf");

    /** The revision-1 capex event of {@link #DOCUMENT}. */
    public static final MarketEventId CAPEX = new MarketEventId("267fefab5f1c7993e547dcdd");

    /** When the legacy rows say they were recorded. */
    public static final String RECORDED_AT = "2025-02-07T09:00:00Z";

    private static final String PACKAGE = "org.frontierledger.eventstore.event.";

    private LegacyEvents() {}

    /** A stored payload, as text: {@code json("CapexReported-1")}. */
    public static String json(String name) {
        try (InputStream in = LegacyEvents.class.getResourceAsStream("/legacy/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no legacy payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inserts the legacy document's stream as literal rows: its {@code DocumentIngested} and a
     * revision-1 {@code CapexReported} (no {@code basis}).
     */
    public static void appendCapexDocument(JdbcTemplate jdbc) {
        insert(jdbc, 0, "DocumentIngested", "1", json("DocumentIngested-1"));
        insert(jdbc, 1, "CapexReported", "1", json("CapexReported-1"));
    }

    private static void insert(JdbcTemplate jdbc, long sequence, String type, String revision, String payload) {
        jdbc.update(
                "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                        + " metaData, payload, payloadRevision, payloadType, timeStamp)"
                        + " VALUES (?, ?, 'DocumentAggregate', ?, ?, ?, ?, ?, ?)",
                DOCUMENT.value(),
                sequence,
                UUID.randomUUID().toString(),
                "{}".getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8),
                revision,
                PACKAGE + type,
                RECORDED_AT);
    }
}
