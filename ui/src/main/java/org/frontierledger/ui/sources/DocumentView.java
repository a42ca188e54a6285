package org.frontierledger.ui.sources;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.ExtractedEvents;

/**
 * One document's text, with the sentence a figure or claim came from highlighted and scrolled
 * into view ({@code ?start=&end=} offsets, or {@code ?quote=}).
 */
@Route("documents/:documentId")
@PageTitle("Document · Frontier Ledger")
@PermitAll
public class DocumentView extends VerticalLayout implements BeforeEnterObserver {
    /** The route parameter holding the document id. */
    public static final String ID = "documentId";

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final Div body = new Div();
    final Span highlighted = new Span();

    private final transient SourceQueries sources;
    private final transient TimelineQueries timeline;
    final H3 eventsTitle = new H3("Market events extracted from it");
    final ExtractedEvents events;

    public DocumentView(SourceQueries sources, TimelineQueries timeline, EventOrigins origins) {
        this.sources = sources;
        this.timeline = timeline;
        this.events = new ExtractedEvents(origins);
        setWidthFull();
        body.getStyle().set("white-space", "pre-wrap").set("max-width", "60em").set("line-height", "1.5");
        highlighted
                .getElement()
                .getStyle()
                .set("background", "var(--lumo-warning-color-50pct, #ffe082)")
                .set("padding", "0 2px");
        highlighted.addClassName("highlighted-sentence");
        add(title, meta, eventsTitle, events, new H3("Text"), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        Optional<SourceDocument> document = sources.find(id);
        Optional<String> text = sources.text(id);
        if (document.isEmpty() || text.isEmpty()) {
            title.setText("No such document");
            meta.setText("There is no document with id " + id + " in the ledger.");
            body.removeAll();
            events.removeAll();
            return;
        }
        events.show(timeline.ofDocument(id));
        show(
                document.get(),
                text.get(),
                event.getLocation().getQueryParameters().getParameters());
    }

    private void show(SourceDocument document, String text, Map<String, List<String>> params) {
        title.setText(document.title());
        meta.removeAll();
        meta.add(new Span(document.reportedOn() + " · " + document.format() + " · "));
        meta.add(
                document.source().startsWith("http")
                        ? new Anchor(document.source(), document.source())
                        : new Span(document.source()));
        int[] range = range(text, params);
        body.removeAll();
        if (range == null) {
            body.add(new Span(text));
            return;
        }
        highlighted.setText(text.substring(range[0], range[1]));
        body.add(new Span(text.substring(0, range[0])), highlighted, new Span(text.substring(range[1])));
        highlighted.scrollIntoView();
    }

    private static int[] range(String text, Map<String, List<String>> params) {
        try {
            if (params.containsKey("start") && params.containsKey("end")) {
                int start = Integer.parseInt(params.get("start").get(0));
                int end = Integer.parseInt(params.get("end").get(0));
                return start >= 0 && end > start && end <= text.length() ? new int[] {start, end} : null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (params.containsKey("quote")) {
            String quote = params.get("quote").get(0);
            int start = quote.isEmpty() ? -1 : text.indexOf(quote);
            return start < 0 ? null : new int[] {start, start + quote.length()};
        }
        return null;
    }
}
