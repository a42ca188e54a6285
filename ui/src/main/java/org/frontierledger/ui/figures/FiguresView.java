package org.frontierledger.ui.figures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.ingestion.EntityNames;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.Chart;
import org.frontierledger.ui.base.DocumentLinks;
import org.frontierledger.ui.base.Readable;
import org.frontierledger.ui.base.Tables;
import org.frontierledger.ui.base.UrlState;

/**
 * A chart and a table of market events of some types, filtered by company and "as of" a date.
 * Clicking a point opens its source sentence. Subclasses choose the types and the chart.
 */
abstract class FiguresView extends VerticalLayout implements BeforeEnterObserver {
    final TextField company = new TextField("Company");
    final DatePicker asOf = AsOf.picker();
    final Chart chart = new Chart();
    final Paragraph empty = new Paragraph();
    final Grid<TimelineEntry> table = new Grid<>(TimelineEntry.class, false);

    private final transient TimelineQueries timeline;
    private final transient EventOrigins origins;
    private final transient EntityNames names;
    private final Set<MarketEventType> types;
    private List<TimelineEntry> shown = List.of();

    FiguresView(
            TimelineQueries timeline,
            EventOrigins origins,
            EntityNames names,
            String title,
            Set<MarketEventType> types) {
        this.timeline = timeline;
        this.origins = origins;
        this.names = names;
        this.types = Set.copyOf(types);
        setWidthFull();
        company.setClearButtonVisible(true);
        company.setValueChangeMode(ValueChangeMode.LAZY);
        company.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
        asOf.addValueChangeListener(e -> filtersChanged(e.isFromClient()));
        HorizontalLayout filters = new HorizontalLayout(company, asOf);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(title), filters, empty, chart, table);
        configureTable();
        chart.addPointClickListener(click -> shown.stream()
                .filter(e -> e.eventId().equals(click.pointId()))
                .findFirst()
                .ifPresent(e -> getUI().ifPresent(ui -> ui.getPage()
                        .open(
                                DocumentLinks.toSentence("", e.documentId(), e.quoteStart(), e.quoteEnd())
                                        .getHref(),
                                "_self"))));
    }

    /** The chart of these entries. */
    abstract ObjectNode chartOf(List<TimelineEntry> entries);

    /** The message when there is nothing to show. */
    abstract String emptyText();

    /** The header of the column of what else an event says. */
    String detailHeader() {
        return "Basis / metric";
    }

    /** What else an event says: a valuation's basis, revenue's metric, ... */
    String detailOf(TimelineEntry e) {
        return e.detail() == null ? "" : e.detail();
    }

    void configureTable() {
        table.addColumn(TimelineEntry::reportedOn)
                .setHeader("Reported")
                .setSortable(true)
                .setWidth("6.5em")
                .setFlexGrow(0);
        table.addColumn(e -> e.type().label())
                .setHeader("Type")
                .setWidth("7.5em")
                .setFlexGrow(0);
        Tables.textColumn(table, TimelineEntry::subject)
                .setHeader("Company")
                .setWidth("8em")
                .setFlexGrow(1);
        Tables.textColumn(table, Readable::figure)
                .setHeader("Figure")
                .setWidth("7em")
                .setFlexGrow(1);
        Tables.textColumn(table, e -> e.period() == null ? "" : e.period())
                .setHeader("Period")
                .setWidth("5em")
                .setFlexGrow(0);
        Tables.textColumn(table, this::detailOf)
                .setHeader(detailHeader())
                .setWidth("6em")
                .setFlexGrow(0);
        table.addComponentColumn(Tables::quote)
                .setHeader("Source sentence (click a row for details)")
                .setWidth("12em")
                .setFlexGrow(4);
        Tables.dense(table);
        Tables.eventDetails(table, origins);
        table.setHeight("30em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        company.setValue(UrlState.first(parameters, "org"));
        asOf.setValue(AsOf.parse(UrlState.first(parameters, AsOf.PARAMETER)));
        refresh();
    }

    private void filtersChanged(boolean byUser) {
        if (byUser) {
            UrlState.create()
                    .put("org", company.getValue())
                    .put(AsOf.PARAMETER, asOf.getValue())
                    .replace(this);
            refresh();
        }
    }

    void refresh() {
        String name = company.getValue().isBlank() ? "" : names.canonical(company.getValue());
        shown = timeline.find(new FindTimeline(types, name, null, null, 5000, AsOf.endOf(asOf.getValue())));
        chart.setOption(chartOf(shown));
        table.setItems(shown);
        empty.setVisible(shown.isEmpty());
        empty.setText(emptyText());
    }
}
