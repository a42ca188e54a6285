package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ComputeCommitmentReported;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Re-extraction over a store ingested with an older rule set, on the embedded database. */
@SpringBootTest(classes = IngestionTestApplication.class, properties = "ledger.read-side.enabled=false")
class ReextractServiceIT {
    private static final String FUNDING = "Microsoft invested $10 billion in OpenAI in January 2023.";
    private static final String CAPEX = "Meta guided 2025 capital expenditures of $60 billion to $65 billion.";
    private static final String TEXT = "Partnership notes\n" + FUNDING + "\n" + CAPEX;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "reextract-it");
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    ReextractService reextract;

    @Test
    void reextractionAddsNewSupersedesLostAndKeepsUnchangedEventsWithTheirCuration() {
        // given: the document as an older rule set read it: the capex right, the investment as a commitment
        DocumentFixture older = DocumentFixture.text(TEXT).reportedOn(LocalDate.of(2025, 2, 7));
        List<MarketEvent> current = currentExtraction(older.id());
        CapexReported capex = only(current, CapexReported.class);
        ComputeCommitmentReported wrong = new ComputeCommitmentReported(
                MarketEventId.derive(older.id(), "old"),
                older.provenance(FUNDING, null),
                "Microsoft",
                UsdAmount.of(10_000_000_000L),
                null);
        commands.sendAndWait(older.event(capex).event(wrong).command());
        commands.sendAndWait(new CurateMarketEvent(
                older.id(), capex.id(), CurateMarketEvent.Decision.CONFIRM, "ana", List.of(), "matches the call"));

        // when
        List<ReextractReport> reports = reextract.reextractAll("test", report -> {});

        // then
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.superseded()).isEqualTo(1);
            assertThat(r.unchanged()).isEqualTo(1);
            assertThat(r.failed()).isFalse();
        });
        List<Object> stream = payloads(older.id());
        assertThat(stream)
                .filteredOn(MarketEventSuperseded.class::isInstance)
                .singleElement()
                .isEqualTo(new MarketEventSuperseded(
                        older.id(), wrong.id(), RuleBasedExtractor.NAME, RuleBasedExtractor.VERSION));
        FundingReported funding = only(current, FundingReported.class);
        assertThat(stream)
                .filteredOn(FundingReported.class::isInstance)
                .singleElement()
                .isEqualTo(funding);
        assertThat(funding.org()).isEqualTo("OpenAI");
        assertThat(stream)
                .filteredOn(CapexReported.class::isInstance)
                .singleElement()
                .isEqualTo(capex);
        assertThat(stream)
                .filteredOn(MarketEventConfirmed.class::isInstance)
                .singleElement()
                .satisfies(c -> assertThat(((MarketEventConfirmed) c).eventId()).isEqualTo(capex.id()));
        assertThat(stream.getLast()).isInstanceOf(MarketEventSuperseded.class);

        // and a second run finds nothing to change
        assertThat(reextract.reextractAll("test", report -> {}))
                .singleElement()
                .satisfies(r -> assertThat(r.summary()).startsWith("+0 new, -0 superseded, 2 unchanged"));
        assertThat(payloads(older.id())).hasSize(stream.size());
    }

    private static List<MarketEvent> currentExtraction(DocumentId id) {
        ParsedDocument doc = DocumentReaders.read("notes.txt", "text/plain", TEXT);
        assertThat(DocumentId.ofText(doc.text())).isEqualTo(id);
        return new RuleBasedExtractor()
                .extract(doc, id, LocalDate.of(2025, 2, 7))
                .marketEvents();
    }

    private List<Object> payloads(DocumentId id) {
        List<Object> payloads = new ArrayList<>();
        eventStore
                .readEvents(id.value())
                .asStream()
                .map(EventMessage::getPayload)
                .forEach(payloads::add);
        return payloads;
    }

    private static <T> T only(List<?> events, Class<T> type) {
        List<T> matching =
                events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matching).as("%s among %s", type.getSimpleName(), events).hasSize(1);
        return matching.getFirst();
    }
}
