package org.frontierledger.eventstore.internal;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.command.ReextractDocument;
import org.frontierledger.eventstore.command.ReextractOutcome;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentAggregateTest {

    private static final String TEXT = "Acme raised money.\nAcme will spend $5 billion on data centers in 2026.";

    private AggregateTestFixture<DocumentAggregate> fixture;
    private DocumentFixture document;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DocumentAggregate.class);
        document = DocumentFixture.text(TEXT)
                .claim("Acme raised money.", null)
                .claim("Acme will spend $5 billion on data centers in 2026.", "Jane Doe")
                .capex("Acme will spend $5 billion on data centers in 2026.", "Acme", 5_000_000_000L, "2026");
    }

    @Test
    void ingestingNewDocumentRecordsItsClaimsAndMarketEvents() {
        IngestDocument command = document.command();
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        ingested(command),
                        command.claims().get(0),
                        command.claims().get(1),
                        command.marketEvents().get(0))
                .expectResultMessagePayload(new IngestOutcome(document.id(), false, 2, 1));
    }

    @Test
    void ingestingSameTextTwiceRecordsNoNewEvents() {
        IngestDocument command = document.command();
        fixture.given(ingested(command))
                .when(command)
                .expectNoEvents()
                .expectResultMessagePayload(IngestOutcome.known(document.id()));
    }

    private static DocumentIngested ingested(IngestDocument command) {
        return new DocumentIngested(
                command.documentId(),
                command.title(),
                command.source(),
                command.format(),
                command.reportedOn(),
                command.show(),
                command.text());
    }

    private CurateMarketEvent curate(CurateMarketEvent.Decision decision, List<FieldChange> changes, String reason) {
        IngestDocument command = document.command();
        return new CurateMarketEvent(
                command.documentId(), command.marketEvents().get(0).id(), decision, "ana", changes, reason);
    }

    private Object[] history() {
        IngestDocument command = document.command();
        return new Object[] {
            ingested(command),
            command.claims().get(0),
            command.claims().get(1),
            command.marketEvents().get(0)
        };
    }

    @Test
    void confirmingAKnownEventRecordsWhoConfirmedIt() {
        CurateMarketEvent confirm = curate(CurateMarketEvent.Decision.CONFIRM, List.of(), "matches the filing");
        fixture.given(history())
                .when(confirm)
                .expectEvents(
                        new MarketEventConfirmed(confirm.documentId(), confirm.eventId(), "ana", "matches the filing"));
    }

    @Test
    void correctionRecordsTheChangedFields() {
        List<FieldChange> changes = List.of(new FieldChange("amountUsd", "5000000000", "5500000000"));
        CurateMarketEvent correct = curate(CurateMarketEvent.Decision.CORRECT, changes, "typo in source");
        fixture.given(history())
                .when(correct)
                .expectEvents(new MarketEventCorrected(
                        correct.documentId(), correct.eventId(), "ana", changes, "typo in source"));
    }

    @Test
    void correctingTheBasisOfACapexFigureRecordsIt() {
        List<FieldChange> changes = List.of(new FieldChange("basis", null, "guidance"));
        CurateMarketEvent correct = curate(CurateMarketEvent.Decision.CORRECT, changes, "the CFO guided it");
        fixture.given(history())
                .when(correct)
                .expectEvents(new MarketEventCorrected(
                        correct.documentId(), correct.eventId(), "ana", changes, "the CFO guided it"));
    }

    @Test
    void correctionOfAFieldTheTypeLacksOrOfAnUnknownBasisIsRefusedAndRecordsNothing() {
        CurateMarketEvent gpus =
                curate(CurateMarketEvent.Decision.CORRECT, List.of(new FieldChange("gpus", null, "2000")), null);
        CurateMarketEvent basis =
                curate(CurateMarketEvent.Decision.CORRECT, List.of(new FieldChange("basis", null, "rumour")), null);
        fixture.given(history())
                .when(gpus)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(Matchers.containsString(
                        "'gpus' is not a field of a capex event; its fields are org, amountUsd, amountUsdHigh,"
                                + " period, basis, speaker, reportedOn"))
                .expectNoEvents();
        fixture.given(history())
                .when(basis)
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(
                        Matchers.containsString(
                                "a capex basis must be guidance or reported (or empty when the text does not say), got 'rumour'"))
                .expectNoEvents();
    }

    @Test
    void rejectedEventCannotBeCuratedAgain() {
        CurateMarketEvent reject = curate(CurateMarketEvent.Decision.REJECT, List.of(), "not a capex figure");
        CurateMarketEvent confirm = curate(CurateMarketEvent.Decision.CONFIRM, List.of(), null);
        fixture.given(history())
                .andGiven(new MarketEventRejected(reject.documentId(), reject.eventId(), "ana", "not a capex figure"))
                .when(confirm)
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void curatingAnUnknownEventIsRefused() {
        CurateMarketEvent confirm = new CurateMarketEvent(
                document.id(),
                MarketEventId.derive(document.id(), "nothing"),
                CurateMarketEvent.Decision.CONFIRM,
                "ana",
                List.of(),
                null);
        fixture.given(history())
                .when(confirm)
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void rejectionWithoutAReasonIsRefusedBeforeItReachesTheStore() {
        Assertions.assertThatThrownBy(() -> curate(CurateMarketEvent.Decision.REJECT, List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
    }

    @Test
    void reextractionRecordsNewEventsSupersedesLostOnesAndKeepsUnchangedOnes() {
        IngestDocument command = document.command();
        MarketEvent kept = command.marketEvents().get(0);
        MarketEvent lost = DocumentFixture.text(TEXT)
                .valuation("Acme raised money.", "Acme", 1_000_000_000L, null)
                .command()
                .marketEvents()
                .get(0);
        MarketEvent found = DocumentFixture.text(TEXT)
                .capex("Acme will spend $5 billion on data centers in 2026.", "Acme", 5_000_000_001L, "2026")
                .command()
                .marketEvents()
                .get(0);
        fixture.given(
                        ingested(command),
                        command.claims().get(0),
                        kept,
                        lost,
                        new MarketEventConfirmed(document.id(), kept.id(), "ana", null))
                .when(new ReextractDocument(document.id(), List.of(kept, found), "rules", "2"))
                .expectEvents(found, new MarketEventSuperseded(document.id(), lost.id(), "rules", "2"))
                .expectResultMessagePayload(new ReextractOutcome(document.id(), 1, 1, 1));
    }

    @Test
    void reextractingWithTheSameResultRecordsNothing() {
        IngestDocument command = document.command();
        fixture.given(history())
                .when(new ReextractDocument(document.id(), command.marketEvents(), "rules", "2"))
                .expectNoEvents()
                .expectResultMessagePayload(new ReextractOutcome(document.id(), 0, 0, 1));
    }
}
