package org.frontierledger.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.frontierledger.eventstore.command.ReextractDocument;
import org.frontierledger.eventstore.command.ReextractOutcome;
import org.frontierledger.eventstore.config.EventStoreConfiguration;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Re-runs the current extractor over the documents in the store, read back from their
 * {@link DocumentIngested} events (which carry the whole text), and records the differences with
 * one {@link ReextractDocument} command per document: new market events are appended, events no
 * longer found are superseded, and unchanged events (same identity, since identity derives from
 * what an event says) keep their place and any analyst's curation. It only appends events, so it
 * can run beside a server. A document that fails is reported and does not stop the others. The
 * extractor is the process's one ({@code IngestionConfiguration}): the shipped lexicon plus the
 * administrator's {@code <data dir>/lexicon/}, so names added there apply to stored documents too.
 * Thread-safe.
 */
@Service
public class ReextractService {
    private static final Logger log = LoggerFactory.getLogger(ReextractService.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final RuleBasedExtractor extractor;

    ReextractService(CommandGateway commands, EventStore eventStore, RuleBasedExtractor extractor) {
        this.commands = commands;
        this.extractor = extractor;
        this.eventStore = eventStore;
    }

    /** The extractor's name and version, as recorded on superseded events: "rules 2". */
    public static String extractorName() {
        return RuleBasedExtractor.NAME + " " + RuleBasedExtractor.VERSION;
    }

    /**
     * Re-extracts every document in the store, oldest first, reporting each to {@code progress}.
     *
     * @param user who asks, recorded with the events
     * @return one report per document
     */
    public List<ReextractReport> reextractAll(String user, Consumer<ReextractReport> progress) {
        List<ReextractReport> reports = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                if (DocumentIngested.class.equals(message.getPayloadType())) {
                    ReextractReport report = reextract((DocumentIngested) message.getPayload(), user);
                    reports.add(report);
                    progress.accept(report);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-extraction interrupted after " + reports.size() + " documents", e);
        }
        return reports;
    }

    /** Re-extracts one stored document. */
    public ReextractReport reextract(DocumentIngested document, String user) {
        try {
            ParsedDocument parsed = new ParsedDocument(
                    document.title(), document.text(), document.format(), document.reportedOn(), document.show());
            List<MarketEvent> events = extractor
                    .extract(parsed, document.documentId(), document.reportedOn())
                    .marketEvents();
            ReextractOutcome outcome = commands.sendAndWait(
                    new ReextractDocument(
                            document.documentId(), events, RuleBasedExtractor.NAME, RuleBasedExtractor.VERSION),
                    MetaData.with(EventStoreConfiguration.USER_METADATA, user));
            return new ReextractReport(
                    document.documentId().value(),
                    document.title(),
                    outcome.added(),
                    outcome.superseded(),
                    outcome.unchanged(),
                    null);
        } catch (RuntimeException e) {
            log.warn("Re-extraction of {} failed", document.documentId(), e);
            return new ReextractReport(
                    document.documentId().value(),
                    document.title(),
                    0,
                    0,
                    0,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
