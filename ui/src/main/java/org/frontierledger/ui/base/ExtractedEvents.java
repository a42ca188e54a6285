package org.frontierledger.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * The market events extracted from one document, a line each: type, subject and figure, the
 * sentence (a link to it in the document) and, with the event store at hand, the rule that found it.
 */
public class ExtractedEvents extends Div {
    private final @Nullable EventOrigins origins;

    /** An empty list; {@code origins} adds why each event was found. */
    public ExtractedEvents(@Nullable EventOrigins origins) {
        this.origins = origins;
        addClassName("extracted-events");
    }

    /** Shows these events of one document, or says there are none. */
    public void show(List<TimelineEntry> events) {
        removeAll();
        if (events.isEmpty()) {
            add(new Paragraph("No market events were extracted from it."));
            return;
        }
        Map<String, Provenance> found = origins == null
                ? Map.of()
                : origins.ofDocument(events.getFirst().documentId());
        UnorderedList list = new UnorderedList();
        list.getStyle().set("margin", "0");
        for (TimelineEntry e : events) {
            Span what = new Span(e.type().label() + " · " + e.subject() + " · " + Readable.figure(e)
                    + (e.period() == null ? "" : " for " + e.period()) + " · ");
            what.getStyle().set("font-weight", "500");
            String quote = Readable.quote(e);
            ListItem item = new ListItem(
                    what,
                    DocumentLinks.toSentence(
                            quote.length() > 140 ? quote.substring(0, 139).strip() + "…" : quote,
                            e.documentId(),
                            e.quoteStart(),
                            e.quoteEnd()));
            Provenance provenance = found.get(e.eventId());
            if (provenance != null) {
                Span why = new Span(" · " + EventOrigins.describe(provenance));
                why.addClassName("why-this-event");
                why.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(why);
            }
            item.addClassName("extracted-event");
            list.add(item);
        }
        add(list);
    }
}
