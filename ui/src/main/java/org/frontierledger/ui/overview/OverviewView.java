package org.frontierledger.ui.overview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.Chart;
import org.frontierledger.ui.base.DocumentLinks;
import org.frontierledger.ui.base.UrlState;
import org.frontierledger.ui.entity.EntityView;
import org.frontierledger.ui.figures.MoneyCharts;
import org.frontierledger.ui.prices.PriceMeasure;
import org.frontierledger.ui.prices.PriceSeries;
import org.frontierledger.ui.timeline.TimelineView;

/** The landing page: what the ledger learned in the last seven days, and the two curves that matter. */
@Route("")
@PageTitle("Overview · Frontier Ledger")
@PermitAll
public class OverviewView extends VerticalLayout implements BeforeEnterObserver {
    static final Duration WINDOW = Duration.ofDays(7);

    final FlexLayout counts = new FlexLayout();
    final UnorderedList newModels = new UnorderedList();
    final UnorderedList biggest = new UnorderedList();
    final Chart prices = new Chart();
    final Chart capex = new Chart();
    final Paragraph empty = new Paragraph();
    final H2 heading = new H2("This week in the ledger");
    final DatePicker asOf = AsOf.picker();

    private final transient TimelineQueries timeline;

    private final Clock clock;

    public OverviewView(TimelineQueries timeline, Clock clock) {
        this.clock = clock;
        this.timeline = timeline;
        setWidthFull();
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-m)");
        prices.setHeight("300px");
        capex.setHeight("300px");
        FlexLayout charts = new FlexLayout(box("Price per 1M tokens (blended 3:1)", prices), box("Capex", capex));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.setWidthFull();
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UrlState.create().put(AsOf.PARAMETER, asOf.getValue()).replace(this);
                refresh();
            }
        });
        FlexLayout top = new FlexLayout(heading, asOf);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setAlignItems(Alignment.BASELINE);
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setWidthFull();
        top.getStyle().set("column-gap", "var(--lumo-space-l)");
        add(top, empty, counts, new H3("New models"), newModels, new H3("Biggest figures"), biggest, charts);
    }

    private static Div box(String title, Chart chart) {
        Div box = new Div(new H3(title), chart);
        box.getStyle().set("flex", "1 1 420px").set("min-width", "320px");
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        asOf.setValue(AsOf.parse(
                UrlState.first(event.getLocation().getQueryParameters().getParameters(), AsOf.PARAMETER)));
        refresh();
    }

    void refresh() {
        Instant end = AsOf.endOf(asOf.getValue());
        List<TimelineEntry> all = timeline.find(new FindTimeline(Set.of(), null, null, null, 10_000, end));
        WeekSummary week = WeekSummary.of(all, end == null ? clock.instant() : end, WINDOW);
        List<TimelineEntry> recent = week.recent();
        String window = end == null ? "the last 7 days" : "the 7 days to " + asOf.getValue();
        heading.setText(end == null ? "This week in the ledger" : "The ledger as of " + asOf.getValue());
        String none = end == null
                ? "Nothing new in the last 7 days. Ingest documents to see them here."
                : "Nothing was recorded in " + window + ". Pick a later date, or clear the date to see now.";
        empty.setText(recent.isEmpty() ? none : recent.size() + " market events recorded in " + window + ".");
        showCounts(week.countsByType());
        showModels(week.newModels());
        showBiggest(week.biggest());
        prices.setOption(PriceSeries.option(
                all.stream().filter(e -> e.type() == MarketEventType.PRICE).toList(), PriceMeasure.BLENDED_3_1, true));
        capex.setOption(MoneyCharts.capexBars(
                all.stream().filter(e -> e.type() == MarketEventType.CAPEX).toList()));
    }

    private void showCounts(Map<MarketEventType, Long> byType) {
        counts.removeAll();
        byType.forEach((type, count) -> {
            RouterLink link = new RouterLink("", TimelineView.class);
            Map<String, String> query = new LinkedHashMap<>(Map.of("type", type.name()));
            if (asOf.getValue() != null) {
                query.put(AsOf.PARAMETER, asOf.getValue().toString());
            }
            link.setQueryParameters(QueryParameters.simple(query));
            link.add(new Span(count + " × " + type.label()));
            link.addClassName("overview-count");
            link.getStyle()
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            counts.add(link);
        });
    }

    private void showModels(List<TimelineEntry> models) {
        newModels.removeAll();
        models.forEach(e -> newModels.add(new ListItem(
                EntityView.link(e.subject()),
                new Span(" · " + (e.org() == null ? "" : e.org() + " · ") + e.figure() + " · reported "
                        + e.reportedOn()))));
        if (newModels.getChildren().findAny().isEmpty()) {
            newModels.add(new ListItem("No new model releases."));
        }
    }

    private void showBiggest(List<TimelineEntry> figures) {
        biggest.removeAll();
        figures.forEach(e -> biggest.add(new ListItem(
                new Span(e.figure() + " " + e.type().label().toLowerCase() + " · "),
                EntityView.link(e.subject()),
                new Span(" · "),
                DocumentLinks.toSentence("source", e.documentId(), e.quoteStart(), e.quoteEnd()))));
        if (biggest.getChildren().findAny().isEmpty()) {
            biggest.add(new ListItem("No figures in this window."));
        }
    }
}
