package org.frontierledger.ui.sources;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.DocumentLinks;
import org.frontierledger.ui.base.Tables;
import org.frontierledger.ui.base.UrlState;

/** Every document in the ledger with its date, format and counts. */
@Route("sources")
@PageTitle("Sources · Frontier Ledger")
@PermitAll
public class SourcesView extends VerticalLayout implements BeforeEnterObserver {
    private static final DateTimeFormatter INGESTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    final Grid<SourceDocument> grid = new Grid<>(SourceDocument.class, false);
    final Paragraph empty = new Paragraph();
    final DatePicker asOf = AsOf.picker();

    private final transient SourceQueries sources;

    public SourcesView(SourceQueries sources) {
        this.sources = sources;
        setSizeFull();
        configureGrid();
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UrlState.create().put(AsOf.PARAMETER, asOf.getValue()).replace(this);
                refresh();
            }
        });
        asOf.setHelperText("empty: now · documents ingested by then; counts as of now");
        add(new H2("Sources"), asOf, empty, grid);
    }

    private void configureGrid() {
        grid.addColumn(SourceDocument::reportedOn)
                .setHeader("Reported")
                .setSortable(true)
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(d -> Tables.oneLine(DocumentLinks.toDocument(d.title(), d.documentId()), d.title()))
                .setHeader("Title")
                .setWidth("14em")
                .setFlexGrow(4);
        Tables.textColumn(grid, d -> d.show() == null ? "" : d.show())
                .setHeader("Show")
                .setWidth("4em")
                .setFlexGrow(1);
        grid.addColumn(SourceDocument::format)
                .setHeader("Format")
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addColumn(SourceDocument::claims)
                .setHeader("Claims")
                .setSortable(true)
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(SourceDocument::marketEvents)
                .setHeader("Events")
                .setSortable(true)
                .setWidth("6em")
                .setFlexGrow(0);
        Tables.textColumn(
                        grid,
                        d -> INGESTED.format(d.ingestedAt()) + (d.ingestedBy() == null ? "" : " by " + d.ingestedBy()))
                .setHeader("Ingested")
                .setWidth("7em")
                .setFlexGrow(0);
        Tables.textColumn(grid, SourceDocument::source)
                .setHeader("Source")
                .setWidth("6em")
                .setFlexGrow(1);
        Tables.dense(grid);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        asOf.setValue(AsOf.parse(
                UrlState.first(event.getLocation().getQueryParameters().getParameters(), AsOf.PARAMETER)));
        refresh();
    }

    void refresh() {
        Instant end = AsOf.endOf(asOf.getValue());
        List<SourceDocument> shown = sources.all().stream()
                .filter(d -> end == null || !d.ingestedAt().isAfter(end))
                .toList();
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
        empty.setText(
                end == null
                        ? "No documents yet. Ingest a file, a folder or a URL on the Ingest page."
                        : "No documents had been ingested by the end of " + asOf.getValue() + ".");
    }
}
