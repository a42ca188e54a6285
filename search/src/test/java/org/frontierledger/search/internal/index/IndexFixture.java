package org.frontierledger.search.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.LedgerEvent;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventConfirmed;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * A claim index in a temporary folder, fed through the real projection inside Axon units of work;
 * events are built with the real record constructors. Public for the tests of other packages.
 */
public final class IndexFixture implements AutoCloseable {

    /** When every fixture claim was recorded, unless a test says otherwise. */
    public static final Instant RECORDED = Instant.parse("2026-01-10T09:00:00Z");

    /** A sentence to put in a document, and who said it. */
    public record Line(String quote, @Nullable String speaker) {}

    private final ClaimIndex index;
    private final ClaimIndexProjection projection;
    private Instant recordedAt = RECORDED;

    private IndexFixture(ClaimIndex index) {
        this.index = index;
        this.projection = new ClaimIndexProjection(index);
    }

    public static IndexFixture open(Path folder) {
        return new IndexFixture(ClaimIndex.open(folder));
    }

    public ClaimIndex index() {
        return index;
    }

    public static Line line(String quote, @Nullable String speaker) {
        return new Line(quote, speaker);
    }

    /**
     * A document made of lines, one claim per line, to which market events can be added by line
     * number; {@link #events()} lists them in the order ingestion records them.
     */
    public static final class Doc {
        private final DocumentId documentId;
        private final LocalDate reportedOn;
        private final List<Line> lines;
        private final List<Provenance> provenances = new ArrayList<>();
        private final List<LedgerEvent> events = new ArrayList<>();

        Doc(String title, @Nullable String show, LocalDate reportedOn, Line... lines) {
            this.reportedOn = reportedOn;
            this.lines = List.of(lines);
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                text.append(line.quote()).append('\n');
            }
            documentId = DocumentId.ofText(text.toString());
            events.add(new DocumentIngested(
                    documentId,
                    title,
                    "https://example.test/" + documentId.shortForm(),
                    "text",
                    reportedOn,
                    show,
                    text.toString()));
            int start = 0;
            for (int i = 0; i < lines.length; i++) {
                String quote = lines[i].quote();
                Provenance provenance = new Provenance(
                        documentId, quote, start, start + quote.length(), lines[i].speaker(), reportedOn, "test", "1");
                provenances.add(provenance);
                events.add(new ClaimRecorded(ClaimId.of(documentId, i), provenance));
                start += quote.length() + 1;
            }
        }

        public DocumentId documentId() {
            return documentId;
        }

        public String claimId(int line) {
            return ClaimId.of(documentId, line).value();
        }

        public List<LedgerEvent> events() {
            return List.copyOf(events);
        }

        /** The provenance of a part of a line: the market event's quote within the claim's sentence. */
        private Provenance part(int line, String words) {
            Provenance whole = provenances.get(line);
            int at = lines.get(line).quote().indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in line " + line);
            }
            return new Provenance(
                    documentId,
                    words,
                    whole.start() + at,
                    whole.start() + at + words.length(),
                    whole.speaker(),
                    reportedOn,
                    "test",
                    "1");
        }

        private MarketEventId eventId(String... parts) {
            return MarketEventId.derive(documentId, parts);
        }

        public CapexReported capex(int line, String org, long usd) {
            CapexReported event = new CapexReported(
                    eventId("CAPEX", org, String.valueOf(usd)),
                    provenances.get(line),
                    org,
                    UsdAmount.of(usd),
                    null,
                    null);
            events.add(event);
            return event;
        }

        public ValuationReported valuation(int line, String org, long usd) {
            ValuationReported event = new ValuationReported(
                    eventId("VALUATION", org, String.valueOf(usd)),
                    provenances.get(line),
                    org,
                    UsdAmount.of(usd),
                    null);
            events.add(event);
            return event;
        }

        public ModelReleaseReported release(int line, String words, String model, @Nullable String org) {
            ModelReleaseReported event = new ModelReleaseReported(
                    eventId("MODEL_RELEASE", model), part(line, words), model, org, null, null);
            events.add(event);
            return event;
        }

        public PriceReported price(int line, @Nullable String org, String model, String input, String output) {
            PriceReported event = new PriceReported(
                    eventId("PRICE", model, input, output),
                    provenances.get(line),
                    org,
                    model,
                    new BigDecimal(input),
                    new BigDecimal(output),
                    null);
            events.add(event);
            return event;
        }

        public MarketEventCorrected correction(MarketEvent event, FieldChange... changes) {
            return new MarketEventCorrected(documentId, event.id(), "analyst", List.of(changes), "checked the source");
        }

        public MarketEventRejected rejection(MarketEvent event) {
            return new MarketEventRejected(documentId, event.id(), "analyst", "not in the source");
        }

        public MarketEventConfirmed confirmation(MarketEvent event) {
            return new MarketEventConfirmed(documentId, event.id(), "analyst", null);
        }
    }

    /** A document without a show. */
    public static Doc doc(String title, LocalDate reportedOn, Line... lines) {
        return new Doc(title, null, reportedOn, lines);
    }

    /** A document of a show (podcast, newsletter). */
    public static Doc doc(String title, String show, LocalDate reportedOn, Line... lines) {
        return new Doc(title, show, reportedOn, lines);
    }

    /** The events of a document made of these lines, one claim per line. */
    public static List<LedgerEvent> document(String title, LocalDate reportedOn, Line... lines) {
        return doc(title, reportedOn, lines).events();
    }

    /** Claims handled from now on are recorded at this instant. */
    public void recordAt(Instant instant) {
        recordedAt = instant;
    }

    /** Handles the events in one unit of work, as one processor batch would. */
    public void handle(List<? extends LedgerEvent> events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> events.forEach(this::dispatch));
    }

    /** Handles these events in one unit of work. */
    public void handle(LedgerEvent... events) {
        handle(List.of(events));
    }

    /** Handles the events of a document made of these lines in one unit of work. */
    public void ingest(String title, LocalDate reportedOn, Line... lines) {
        handle(document(title, reportedOn, lines));
    }

    public void reset() {
        projection.reset();
    }

    void dispatch(LedgerEvent event) {
        switch (event) {
            case DocumentIngested document -> projection.on(document);
            case ClaimRecorded claim -> projection.on(claim, recordedAt);
            case MarketEvent market -> projection.on(market);
            case MarketEventCorrected corrected -> projection.on(corrected);
            case MarketEventRejected rejected -> projection.on(rejected);
            case MarketEventSuperseded superseded -> projection.on(superseded);
            case MarketEventConfirmed confirmed -> {
                // the index keeps nothing of a confirmation
            }
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
