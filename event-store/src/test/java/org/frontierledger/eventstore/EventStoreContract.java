package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.testing.DocumentFixture;
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
        List<Object> payloads = eventStore.readEvents(document.id().value()).asStream()
                .map(DomainEventMessage::getPayload)
                .map(Object.class::cast)
                .toList();
        assertThat(payloads).hasSize(3);
        assertThat(payloads.get(0)).isInstanceOf(DocumentIngested.class);
        assertThat(payloads.get(1)).isEqualTo(document.command().claims().get(0));
        assertThat(payloads.get(2)).isInstanceOf(CapexReported.class).isEqualTo(document.command().marketEvents().get(0));
        assertThat(((ClaimRecorded) payloads.get(1)).provenance().speaker()).isEqualTo("Jane Doe");
    }

    @Test
    void ingestingSameTextTwiceRecordsNoNewEvents() {
        DocumentFixture document = document("Globex");
        commands.sendAndWait(document.command());
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);

        IngestOutcome second = commands.sendAndWait(document.command());

        assertThat(second.alreadyKnown()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class)).isEqualTo(before);
    }

    @Autowired
    EventLog log;

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
}
