package org.frontierledger.eventstore.internal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.command.IngestOutcome;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.testing.DocumentFixture;
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
                .expectEvents(ingested(command), command.claims().get(0), command.claims().get(1),
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
        return new DocumentIngested(command.documentId(), command.title(), command.source(), command.format(),
                command.reportedOn(), command.show(), command.text());
    }
}
