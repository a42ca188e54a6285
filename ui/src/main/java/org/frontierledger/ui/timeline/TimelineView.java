package org.frontierledger.ui.timeline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.ingestion.EntityNames;
import org.frontierledger.projections.conflicts.ConflictQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.Readable;
import org.frontierledger.ui.base.Subjects;
import org.frontierledger.ui.base.Tables;
import org.frontierledger.ui.base.UrlState;
import org.frontierledger.ui.entity.EntityView;
import org.frontierledger.ui.review.ReviewView;

/** Market events by reported date, filtered by type, company and dates; filters live in the URL. */
@Route("timeline")
@PageTitle("Timeline · Frontier Ledger")
@PermitAll
public class TimelineView extends VerticalLayout implements BeforeEnterObserver {
    final MultiSelectComboBox<MarketEventType> types = new MultiSelectComboBox<>("Types");
    final TextField org = new TextField("Company or model");
    final DatePicker from = AsOf.isoPicker("From");
    final DatePicker to = AsOf.isoPicker("To");
    final DatePicker asOf = AsOf.picker();
    final Grid<TimelineEntry> grid = new Grid<>(TimelineEntry.class, false);
    final Paragraph empty = new Paragraph();

    private final transient TimelineQueries timeline;
    private final transient ConflictQueries conflicts;
    private final transient EventOrigins origins;
    private final transient EntityNames names;
    private Set<String> conflicting = Set.of();
    private Subjects subjects = Subjects.of(List.of());
    private boolean restoring;
    private final boolean analyst;

    public TimelineView(
            TimelineQueries timeline,
            ConflictQueries conflicts,
            EventOrigins origins,
            EntityNames names,
            AuthenticationContext authentication) {
        this.timeline = timeline;
        this.conflicts = conflicts;
        this.origins = origins;
        this.names = names;
        this.analyst = authentication.hasRole("ANALYST");
        setSizeFull();
        add(new H2("Timeline of market events"), createFilters(), empty, grid);
        configureGrid();
    }

    private HorizontalLayout createFilters() {
        types.setItems(MarketEventType.values());
        types.setItemLabelGenerator(MarketEventType::label);
        types.setWidth("22em");
        org.setClearButtonVisible(true);
        org.setValueChangeMode(ValueChangeMode.LAZY);
        org.setPlaceholder("e.g. Microsoft");
        types.addValueChangeListener(e -> filtersChanged());
        org.addValueChangeListener(e -> filtersChanged());
        from.addValueChangeListener(e -> filtersChanged());
        to.addValueChangeListener(e -> filtersChanged());
        asOf.setClearButtonVisible(true);
        asOf.setHelperText("empty: now");
        asOf.addValueChangeListener(e -> filtersChanged());
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        HorizontalLayout filters = new HorizontalLayout(types, org, from, to, asOf, refresh);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.setWidthFull();
        return filters;
    }

    private void configureGrid() {
        grid.addColumn(TimelineEntry::reportedOn)
                .setHeader("Reported")
                .setSortable(true)
                .setWidth("6.5em")
                .setFlexGrow(0);
        grid.addColumn(e -> e.type().label())
                .setHeader("Type")
                .setWidth("7.5em")
                .setFlexGrow(0);
        grid.addComponentColumn(
                        e -> Tables.oneLine(EntityView.link(subjects.shown(e.subject())), subjects.shown(e.subject())))
                .setHeader("Subject")
                .setWidth("8em")
                .setFlexGrow(1);
        Tables.textColumn(grid, Readable::figure)
                .setHeader("Figure")
                .setWidth("8em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setHeader("Status")
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addComponentColumn(Tables::quote)
                .setHeader("Quote (click a row for details)")
                .setWidth("12em")
                .setFlexGrow(4);
        Tables.dense(grid);
        Tables.eventDetails(grid, origins);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        try {
            types.setValue(parseTypes(UrlState.first(params, "type")));
            org.setValue(UrlState.first(params, "org"));
            from.setValue(AsOf.parse(UrlState.first(params, "from")));
            to.setValue(AsOf.parse(UrlState.first(params, "to")));
            asOf.setValue(AsOf.parse(UrlState.first(params, "asOf")));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        UrlState.create()
                .put("type", types.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .put("org", org.getValue())
                .put("from", from.getValue())
                .put("to", to.getValue())
                .put(AsOf.PARAMETER, asOf.getValue())
                .replace(this);
        refresh();
    }

    private Component status(TimelineEntry e) {
        if (conflicting.contains(e.eventId())) {
            RouterLink link = EntityView.link(e.subject());
            link.setText("⚠ conflict");
            link.addClassName("conflict-flag");
            link.getElement()
                    .setAttribute(
                            "title",
                            "Another source gives a different figure: see both on the " + e.subject() + " page");
            return link;
        }
        String label = e.status().name().toLowerCase();
        if (analyst) {
            RouterLink history = new RouterLink(label, ReviewView.class);
            history.setQueryParameters(QueryParameters.simple(Map.of("event", e.eventId())));
            history.getElement().setAttribute("title", "Review this event and see its history");
            return history;
        }
        return new Span(label);
    }

    void refresh() {
        Instant end = AsOf.endOf(asOf.getValue());
        conflicting = conflicts.conflictingEventIds(end);
        String company = org.getValue().isBlank() ? "" : names.canonical(org.getValue());
        List<TimelineEntry> entries =
                timeline.find(new FindTimeline(types.getValue(), company, from.getValue(), to.getValue(), 2000, end));
        subjects = Subjects.of(entries.stream().map(TimelineEntry::subject).toList());
        grid.setItems(entries);
        boolean nothingAtAll = entries.isEmpty() && timeline.count() == 0;
        empty.setVisible(entries.isEmpty());
        empty.setText(
                nothingAtAll
                        ? "No market events yet. Ingest a document on the Ingest page, or run: ledger ingest PATH|URL."
                        : "No market events match these filters.");
    }

    private static Set<MarketEventType> parseTypes(String text) {
        Set<MarketEventType> parsed = EnumSet.noneOf(MarketEventType.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> {
            try {
                parsed.add(MarketEventType.parse(s));
            } catch (IllegalArgumentException ignored) {
                // An unknown type in a hand-edited URL is dropped rather than failing the view.
            }
        });
        return parsed;
    }
}
