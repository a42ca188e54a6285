package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.frontierledger.eventstore.cluster.ClusterLocks;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.LegacyEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store must do on every database it runs on. */
abstract class EventStoreContract {

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    static DocumentFixture document(String marker) {
        String quote = marker + " will spend $7 billion on AI data centers in 2026.";
        return DocumentFixture.text("Capex notes " + marker + "\n" + quote)
                .claim(quote, "Jane Doe")
                .capex(quote, marker, 7_000_000_000L, "2026");
    }

    @Test
    void ingestAppendsEventsThatReadBackAsTheSameRecords() {
        DocumentFixture document = document("Acme");

        IngestOutcome outcome = commands.sendAndWait(document.command());

        assertThat(outcome.alreadyKnown()).isFalse();
        List<Object> payloads = eventStore
                .readEvents(document.id().value())
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
        assertThat(payloads).hasSize(3);
        assertThat(payloads.get(0)).isInstanceOf(DocumentIngested.class);
        assertThat(payloads.get(1)).isEqualTo(document.command().claims().get(0));
        assertThat(payloads.get(2))
                .isInstanceOf(CapexReported.class)
                .isEqualTo(document.command().marketEvents().get(0));
        assertThat(((ClaimRecorded) payloads.get(1)).provenance().speaker()).isEqualTo("Jane Doe");
    }

    @Test
    void ingestingSameTextTwiceRecordsNoNewEvents() {
        DocumentFixture document = document("Globex");
        commands.sendAndWait(document.command());
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        IngestOutcome second = commands.sendAndWait(document.command());

        assertThat(second.alreadyKnown()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class))
                .isEqualTo(before);
    }

    @Autowired
    EventLog log;

    @Autowired
    Configuration axon;

    @Test
    void storedRevisionOneCapexReadsBackWithAnUnknownBasisAndCanBeCorrected() {
        // given: rows as a ledger from before capex basis (revision 1) left them
        LegacyEvents.appendCapexDocument(jdbc);

        // when
        List<Object> payloads = eventStore
                .readEvents(LegacyEvents.DOCUMENT.value())
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
        commands.sendAndWait(new CurateMarketEvent(
                LegacyEvents.DOCUMENT,
                LegacyEvents.CAPEX,
                CurateMarketEvent.Decision.CORRECT,
                "ana",
                List.of(new FieldChange("basis", null, "guidance")),
                "the text says will spend"));

        // then
        assertThat(payloads).hasSize(2);
        assertThat(payloads.get(1)).isInstanceOfSatisfying(CapexReported.class, capex -> {
            assertThat(capex.id()).isEqualTo(LegacyEvents.CAPEX);
            assertThat(capex.org()).isEqualTo("Raviga");
            assertThat(capex.amount().usd()).isEqualByComparingTo("11000000000");
            assertThat(capex.period()).isEqualTo("2025");
            assertThat(capex.basis()).isNull();
        });
        assertThat(jdbc.queryForList(
                        "SELECT payloadRevision FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                                + " ORDER BY sequenceNumber",
                        String.class,
                        LegacyEvents.DOCUMENT.value()))
                .as("stored rows are never rewritten; the correction is appended")
                .containsExactly("1", "1", "1");
    }

    @Test
    void theStoresUpcasterChainTurnsRevisionOneCapexIntoRevisionTwo() {
        var stored = new InitialEventRepresentation(
                new GenericDomainEventEntry<>(
                        "DocumentAggregate",
                        LegacyEvents.DOCUMENT.value(),
                        1,
                        "legacy",
                        LegacyEvents.RECORDED_AT,
                        CapexReported.class.getName(),
                        "1",
                        LegacyEvents.json("CapexReported-1").getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8)),
                axon.eventSerializer());

        var upcast = axon.upcasterChain().upcast(Stream.of(stored)).toList();

        assertThat(upcast)
                .singleElement()
                .satisfies(e -> assertThat(e.getType().getRevision()).isEqualTo("2"));
    }

    @Test
    void newCapexEventsAreStoredAsRevisionTwoWithTheirBasis() {
        String quote = "Vandelay spent $3 billion on data centers in 2025.";
        DocumentFixture document = DocumentFixture.text("Vandelay notes\n" + quote)
                .capex(quote, "Vandelay", 3_000_000_000L, "2025", CapexBasis.REPORTED);

        commands.sendAndWait(document.command());

        assertThat(jdbc.queryForObject(
                        "SELECT payloadRevision FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                                + " AND payloadType LIKE '%CapexReported'",
                        String.class, document.id().value()))
                .isEqualTo("2");
        assertThat(eventStore
                        .readEvents(document.id().value())
                        .asStream()
                        .map(DomainEventMessage::getPayload)
                        .filter(CapexReported.class::isInstance)
                        .map(CapexReported.class::cast)
                        .findFirst()
                        .orElseThrow()
                        .basis())
                .isEqualTo(CapexBasis.REPORTED);
    }

    @Test
    void eventLogListsStoredEventsNewestFirstWithTheirPayloads() {
        DocumentFixture document = document("Hooli");
        commands.sendAndWait(document.command());

        List<EventLog.Entry> capex = log.page(null, "capexreported", "Hooli", 10);
        List<EventLog.Entry> newest = log.page(null, null, null, 3);

        assertThat(capex).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("CapexReported");
            assertThat(e.stream()).isEqualTo(document.id().value());
            assertThat(e.payload()).contains("\"org\":\"Hooli\"");
        });
        assertThat(newest).hasSize(3).isSortedAccordingTo((a, b) -> Long.compare(b.position(), a.position()));
        assertThat(log.page(newest.get(0).position(), null, null, 1).get(0).position())
                .isLessThan(newest.get(0).position());
    }

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    TokenClaims claims;

    @Autowired
    ClusterLocks locks;

    @Test
    void aRebuildRefusesWhileAnotherNodeHoldsALiveClaimAndIgnoresADeadNodesClaim() throws Exception {
        String processor = "elsewhere-" + UUID.randomUUID();
        try {
            // given: another node's claim, refreshed (stamped a minute ahead, so it stays live while the rebuild waits)
            jdbc.update(
                    "INSERT INTO TokenEntry (processorName, segment, owner, timestamp) VALUES (?, 0, ?, ?)",
                    processor,
                    "node-x/42",
                    Instant.now().plus(Duration.ofMinutes(1)).toString());
            assertThat(claims.otherLiveOwners()).contains("node-x/42");
            assertThat(claims.of(processor)).singleElement().satisfies(claim -> {
                assertThat(claim.owner()).isEqualTo("node-x/42");
                assertThat(claims.heldLiveElsewhere(claim)).isTrue();
            });

            assertThatThrownBy(replayer::replayAll)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("node-x/42")
                    .hasMessageContaining("Stop every other node");

            // when: that node died a minute ago, its claim long expired
            jdbc.update(
                    "UPDATE TokenEntry SET timestamp = ? WHERE processorName = ?",
                    Instant.now().minus(Duration.ofMinutes(1)).toString(),
                    processor);

            // then: the rebuild runs
            assertThat(claims.otherLiveOwners()).doesNotContain("node-x/42");
            replayer.replayAll();
        } finally {
            jdbc.update("DELETE FROM TokenEntry WHERE processorName = ?", processor);
        }
    }

    @Test
    void aClusterLockRunsATaskOnceWhileItIsHeld() {
        String name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();

        boolean first = locks.runOnce(name, Duration.ofMinutes(1), Duration.ofMinutes(1), runs::incrementAndGet);
        boolean second = locks.runOnce(name, Duration.ofMinutes(1), Duration.ofMinutes(1), runs::incrementAndGet);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ?", Long.class, name))
                .isOne();
    }
}
