package org.frontierledger.ui.entity;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.ingestion.EntityNames;
import org.frontierledger.projections.conflicts.Conflict;
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
import org.frontierledger.ui.base.Readable;
import org.frontierledger.ui.base.Subjects;
import org.frontierledger.ui.base.Tables;
import org.frontierledger.ui.base.UrlState;
import org.frontierledger.ui.figures.MoneyCharts;
import org.frontierledger.ui.prices.PriceMeasure;
import org.frontierledger.ui.prices.PriceSeries;
import org.jspecify.annotations.Nullable;

/** A company or model: its market events, the claims naming it, and its price and money charts. */
@Route("entities/:name")
@PageTitle("Entity · Frontier Ledger")
@PermitAll
public class EntityView extends VerticalLayout implements BeforeEnterObserver {
    /** The route parameter: the company or model name as written. */
    public static final String NAME = "name";

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Paragraph aliases = new Paragraph();
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
    private final transient EntityNames names;
    private final transient EventOrigins origins;

    public EntityView(
            TimelineQueries timeline,
            ClaimSearch search,
            ConflictQueries conflictQueries,
            EntityNames names,
            EventOrigins origins) {
        this.timeline = timeline;
        this.origins = origins;
        this.names = names;
        this.search = search;
        this.conflictQueries = conflictQueries;
        setWidthFull();
        events.addColumn(TimelineEntry::reportedOn)
                .setHeader("Reported")
                .setWidth("6.5em")
                .setFlexGrow(0);
        events.addColumn(e -> e.type().label())
                .setHeader("Type")
                .setWidth("7.5em")
                .setFlexGrow(0);
        Tables.textColumn(events, TimelineEntry::subject)
                .setHeader("Subject")
                .setWidth("8em")
                .setFlexGrow(1);
        Tables.textColumn(events, Readable::figure)
                .setHeader("Figure")
                .setWidth("8em")
                .setFlexGrow(1);
        events.addComponentColumn(Tables::quote)
                .setHeader("Source sentence (click a row for details)")
                .setWidth("12em")
                .setFlexGrow(4);
        Tables.dense(events);
        Tables.eventDetails(events, origins);
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
        aliases.addClassName("entity-aliases");
        aliases.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(
                top,
                aliases,
                summary,
                new H3("Conflicting figures"),
                conflicts,
                new H3("Market events"),
                events,
                prices,
                money,
                new H3("Claims naming it"),
                claims);
    }

    /**
     * The route parameter as written: Flow hands it over still percent-encoded ("DeepSeek%20R1"). A
     * plus stays a plus, as in a path; text that is not valid percent-encoding is kept as it is.
     */
    static String decode(String parameter) {
        try {
            return URLDecoder.decode(parameter.replace("+", "%2B"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IllegalArgumentException e) {
            return parameter.strip();
        }
    }

    /**
     * The one name of the entity a spelling names: a company alias resolved by the lexicon
     * ("Alphabet" is Google), else the preferred of the spellings on the timeline with the same key
     * ("DeepSeek-R1" is DeepSeek R1).
     */
    String canonical(String asWritten) {
        String company = names.canonical(asWritten);
        if (names.known(asWritten)) {
            return company;
        }
        List<String> spellings = new ArrayList<>(sameKey(asWritten));
        spellings.add(asWritten);
        return Subjects.preferred(spellings);
    }

    private List<String> sameKey(String spelling) {
        return timeline.names().stream()
                .filter(n -> EntityKey.same(n, spelling))
                .toList();
    }

    private void showAliases(String asWritten) {
        Set<String> other = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        other.addAll(names.aliases(name));
        other.addAll(sameKey(name));
        other.add(asWritten);
        other.remove(name);
        aliases.setText(other.isEmpty() ? "" : "Also written: " + String.join(", ", other));
        aliases.setVisible(!other.isEmpty());
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
        String asWritten = decode(event.getRouteParameters().get(NAME).orElse(""));
        name = canonical(asWritten);
        title.setText(name);
        showAliases(asWritten);
        asOf.setValue(AsOf.parse(
                UrlState.first(event.getLocation().getQueryParameters().getParameters(), AsOf.PARAMETER)));
        refresh();
    }

    void refresh() {
        Instant end = AsOf.endOf(asOf.getValue());
        List<TimelineEntry> entries = timeline.find(new FindTimeline(Set.of(), name, null, null, 5000, end));
        events.setItems(entries);
        String known = end == null ? "" : " as known by the end of " + asOf.getValue();
        summary.setText(
                entries.isEmpty()
                        ? "No market events name " + name + known + "."
                        : entries.size() + " market events name " + name + known + ".");
        List<TimelineEntry> pricePoints =
                entries.stream().filter(e -> e.type() == MarketEventType.PRICE).toList();
        prices.setVisible(!pricePoints.isEmpty());
        prices.setOption(PriceSeries.option(pricePoints, PriceMeasure.BLENDED_3_1, true));
        List<TimelineEntry> amounts =
                entries.stream().filter(e -> e.amountUsd() != null).toList();
        money.setVisible(!amounts.isEmpty());
        money.setOption(MoneyCharts.overTime(amounts, "USD billions over time (hollow, dashed: forecasts)"));
        Set<String> spellings = new TreeSet<>(sameKey(name));
        spellings.add(name);
        Set<Conflict> shown = new LinkedHashSet<>(conflictQueries.forSubject(name, end));
        spellings.forEach(spelling -> shown.addAll(conflictQueries.forSubject(spelling, end)));
        conflicts.show(List.copyOf(shown));
        showClaims(name, end);
    }

    private void showClaims(String name, @Nullable Instant recordedBy) {
        claims.removeAll();
        try {
            ClaimQuery naming = new ClaimQuery("\"" + name.replace("\"", "") + "\"", 0, 20).recordedBy(recordedBy);
            search.search(naming).hits().forEach(hit -> {
                Div card = new Div(
                        new Html("<div>" + hit.fragmentHtml() + "</div>"),
                        DocumentLinks.toQuote(
                                hit.documentTitle() + " · " + hit.reportedOn(), hit.documentId(), hit.quote()));
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
