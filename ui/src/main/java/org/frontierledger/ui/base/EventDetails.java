package org.frontierledger.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one market event, for a table's detail panel or a review: its whole sentence
 * (a link to it in its document), figure, period, basis, speaker and status, and why it is in the
 * ledger: the extractor rule that found it and the extractor's version.
 */
public class EventDetails extends Div {
    final Div why = new Div();

    /** The details of {@code entry}; without {@code origins}, no "why". */
    public EventDetails(TimelineEntry entry, @Nullable EventOrigins origins) {
        addClassName("event-details");
        getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("white-space", "normal")
                .set("font-size", "var(--lumo-font-size-s)");
        Div quote = new Div(DocumentLinks.toSentence(
                "“" + entry.quote() + "”", entry.documentId(), entry.quoteStart(), entry.quoteEnd()));
        quote.addClassName("event-quote");
        add(quote, new Div(new Span(facts(entry))));
        why.addClassName("why-this-event");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)");
        if (origins != null) {
            why.setText("Why this event: "
                    + origins.of(entry.documentId(), entry.eventId())
                            .map(EventOrigins::describe)
                            .orElse("its provenance is not in the event store"));
            add(why);
        }
    }

    /** "Figure $75B · period 2025 · basis guidance · said by … · reported 2025-02-07 · extracted". */
    static String facts(TimelineEntry e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.type().label() + " · " + e.subject());
        parts.add("figure " + Readable.figure(e));
        if (e.period() != null) {
            parts.add("period " + e.period());
        }
        if (e.detail() != null && !e.detail().isBlank()) {
            parts.add(e.detail());
        }
        if (e.speaker() != null) {
            parts.add("said by " + e.speaker());
        }
        parts.add("reported " + e.reportedOn());
        parts.add(e.status().name().toLowerCase(Locale.ROOT) + (e.curatedBy() == null ? "" : " by " + e.curatedBy()));
        return String.join(" · ", parts);
    }
}
