package org.frontierledger.search.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.LedgerEvent;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.jspecify.annotations.Nullable;

/**
 * A claim index in a temporary folder, fed through the real projection inside Axon units of work;
 * events are built with the real record constructors. Public for the tests of other packages.
 */
public final class IndexFixture implements AutoCloseable {

    /** A sentence to put in a document, and who said it. */
    public record Line(String quote, @Nullable String speaker) {}

    private final ClaimIndex index;
    private final ClaimIndexProjection projection;

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

    /** The events of a document made of these lines, one claim per line. */
    public static List<LedgerEvent> document(String title, LocalDate reportedOn, Line... lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.quote()).append('\n');
        }
        DocumentId documentId = DocumentId.ofText(text.toString());
        List<LedgerEvent> events = new ArrayList<>();
        events.add(new DocumentIngested(documentId, title, "https://example.test/" + documentId.shortForm(),
                "text", reportedOn, null, text.toString()));
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String quote = lines[i].quote();
            Provenance provenance = new Provenance(documentId, quote, start, start + quote.length(),
                    lines[i].speaker(), reportedOn, "test", "1");
            events.add(new ClaimRecorded(ClaimId.of(documentId, i), provenance));
            start += quote.length() + 1;
        }
        return events;
    }

    /** Handles the events in one unit of work, as one processor batch would. */
    public void handle(List<LedgerEvent> events) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> events.forEach(this::dispatch));
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
            case ClaimRecorded claim -> projection.on(claim);
            default -> throw new IllegalArgumentException("the claim index ignores " + event);
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
