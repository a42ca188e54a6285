package org.frontierledger.ui.entity;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.conflicts.ConflictQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.InvalidQueryException;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.Chart;
import org.frontierledger.ui.base.DocumentLinks;
import org.frontierledger.ui.base.UrlState;
import org.jspecify.annotations.Nullable;
import org.frontierledger.ui.figures.MoneyCharts;
import org.frontierledger.ui.prices.PriceMeasure;
import org.frontierledger.ui.prices.PriceSeries;

/** A company or model: its market events, the claims naming it, and its price and money charts. */
@Route("entities/:name")
@PageTitle("Entity · Frontier Ledger")
@PermitAll
public class EntityView extends VerticalLayout implements BeforeEnterObserver {
    /** The route parameter: the company or model name as written. */
    public static final String NAME = "name";

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Grid<TimelineEntry> events = new Grid<>(TimelineEntry.class, false);
    final Chart prices = new Chart();
    final Chart money = new Chart();
    final Div claims = new Div();
    final ConflictList conflicts = new ConflictList();
    final DatePicker asOf = AsOf.picker();
    private String name = "";

    private final transient TimelineQueries timeline;
    private final transient ClaimSearch search;
    private final transient ConflictQueries conflictQueries;

    public EntityView(TimelineQueries timeline, ClaimSearch search, ConflictQueries conflictQueries) {
        this.timeline = timeline;
        this.search = search;
        this.conflictQueries = conflictQueries;
        setWidthFull();
        events.addColumn(TimelineEntry::reportedOn).setHeader("Reported").setWidth("7.5em").setFlexGrow(0);
        events.addColumn(e -> e.type().label()).setHeader("Type").setWidth("9em").setFlexGrow(0);
        events.addColumn(TimelineEntry::subject).setHeader("Subject").setWidth("9em").setFlexGrow(1);
        events.addColumn(TimelineEntry::figure).setHeader("Figure").setWidth("9em").setFlexGrow(1);
        events.addComponentColumn(e -> DocumentLinks.toSentence(e.quote(), e.documentId(), e.quoteStart(),
                e.quoteEnd())).setHeader("Source sentence").setWidth("16em").setFlexGrow(5);
        events.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        events.setAllRowsVisible(true);
        prices.setHeight("320px");
        money.setHeight("320px");
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UrlState.create().put(AsOf.PARAMETER, asOf.getValue()).replace(this);
                refresh();
            }
        });
        FlexLayout top = new FlexLayout(title, asOf);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(Alignment.BASELINE);
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setWidthFull();
        top.getStyle().set("column-gap", "var(--lumo-space-l)");
        add(top, summary, new H3("Conflicting figures"), conflicts, new H3("Market events"), events, prices, money,
                new H3("Claims naming it"), claims);
    }

    /** A link to the entity page of this name. */
    public static RouterLink link(String name) {
        return new RouterLink(name, EntityView.class, new RouteParameters(NAME, name));
    }

    /** The path of the entity page of this name. */
    public static String path(String name) {
        return RouteConfiguration.forSessionScope().getUrl(EntityView.class, new RouteParameters(NAME, name));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        name = event.getRouteParameters().get(NAME).orElse("");
        title.setText(name);
        asOf.setValue(AsOf.parse(UrlState.first(event.getLocation().getQueryParameters().getParameters(),
                AsOf.PARAMETER)));
        refresh();
    }

    void refresh() {
        Instant end = AsOf.endOf(asOf.getValue());
        List<TimelineEntry> entries = timeline.find(new FindTimeline(Set.of(), name, null, null, 5000, end));
        events.setItems(entries);
        String known = end == null ? "" : " as known by the end of " + asOf.getValue();
        summary.setText(entries.isEmpty() ? "No market events name " + name + known + "."
                : entries.size() + " market events name " + name + known + ".");
        List<TimelineEntry> pricePoints = entries.stream().filter(e -> e.type() == MarketEventType.PRICE).toList();
        prices.setVisible(!pricePoints.isEmpty());
        prices.setOption(PriceSeries.option(pricePoints, PriceMeasure.BLENDED_3_1, true));
        List<TimelineEntry> amounts = entries.stream().filter(e -> e.amountUsd() != null).toList();
        money.setVisible(!amounts.isEmpty());
        money.setOption(MoneyCharts.overTime(amounts, "USD billions over time (hollow, dashed: forecasts)"));
        conflicts.show(conflictQueries.forSubject(name, end));
        showClaims(name, end);
    }

    private void showClaims(String name, @Nullable Instant recordedBy) {
        claims.removeAll();
        try {
            ClaimQuery naming = new ClaimQuery("\"" + name.replace("\"", "") + "\"", 0, 20).recordedBy(recordedBy);
            search.search(naming).hits().forEach(hit -> {
                Div card = new Div(new Html("<div>" + hit.fragmentHtml() + "</div>"),
                        DocumentLinks.toQuote(hit.documentTitle() + " · " + hit.reportedOn(), hit.documentId(),
                                hit.quote()));
                card.addClassName("claim-hit");
                card.getStyle().set("padding", "var(--lumo-space-xs) 0");
                claims.add(card);
            });
        } catch (InvalidQueryException e) {
            claims.add(new Paragraph(e.getMessage()));
        }
        if (claims.getChildren().findAny().isEmpty()) {
            claims.add(new Paragraph("No claims name it."));
        }
    }
}
