package org.frontierledger.eventstore.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/** Builds {@link IngestDocument} commands over a text for tests: claims and events by quote. */
public final class DocumentFixture {
    private final String text;
    private final DocumentId id;
    private String title = "Test document";
    private String source = "/tmp/test-document.txt";
    private LocalDate reportedOn = LocalDate.of(2026, 5, 5);
    private final List<ClaimRecorded> claims = new ArrayList<>();
    private final List<MarketEvent> events = new ArrayList<>();

    private DocumentFixture(String text) {
        this.text = text;
        this.id = DocumentId.ofText(text);
    }

    /** A document with this text. */
    public static DocumentFixture text(String text) {
        return new DocumentFixture(text);
    }

    public DocumentFixture titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public DocumentFixture from(String newSource) {
        this.source = newSource;
        return this;
    }

    public DocumentFixture reportedOn(LocalDate date) {
        this.reportedOn = date;
        return this;
    }

    public DocumentId id() {
        return id;
    }

    /** Provenance of a quote that must occur in the text. */
    public Provenance provenance(String quote, @Nullable String speaker) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("quote not in text: " + quote);
        }
        return new Provenance(id, quote, start, start + quote.length(), speaker, reportedOn, "fixture", "1");
    }

    public DocumentFixture claim(String quote, @Nullable String speaker) {
        claims.add(new ClaimRecorded(ClaimId.of(id, claims.size()), provenance(quote, speaker)));
        return this;
    }

    public DocumentFixture capex(String quote, String org, long usd, @Nullable String period) {
        return capex(quote, org, usd, period, null);
    }

    public DocumentFixture capex(
            String quote, String org, long usd, @Nullable String period, @Nullable CapexBasis basis) {
        events.add(new CapexReported(
                eventId("CAPEX", org, usd), provenance(quote, null), org, UsdAmount.of(usd), period, basis));
        return this;
    }

    public DocumentFixture valuation(String quote, String org, long usd, @Nullable String basis) {
        events.add(new ValuationReported(
                eventId("VALUATION", org, usd), provenance(quote, null), org, UsdAmount.of(usd), basis));
        return this;
    }

    public DocumentFixture modelRelease(String quote, String model, @Nullable String org) {
        events.add(new ModelReleaseReported(
                eventId("MODEL_RELEASE", model, 0), provenance(quote, null), model, org, null, null));
        return this;
    }

    /** Adds any market event (its provenance must point at this document). */
    public DocumentFixture event(MarketEvent event) {
        events.add(event);
        return this;
    }

    private MarketEventId eventId(String type, String subject, long figure) {
        return MarketEventId.derive(
                id, type, subject, BigDecimal.valueOf(figure).toPlainString());
    }

    /** The command, with every claim and event added so far. */
    public IngestDocument command() {
        return new IngestDocument(id, title, source, "text", reportedOn, null, text, claims, events);
    }
}
