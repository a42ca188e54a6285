package org.frontierledger.ui.prices;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.frontierledger.eventstore.event.MarketEventType;
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
 * USD per one million tokens over time, input, output or blended (the blend is stated), on a log
 * scale by default, with a step line of the cheapest price listed so far and a table of every point
 * with its source. Clicking a point opens its source sentence.
 */
@Route("prices")
@PageTitle("Prices per token · Frontier Ledger")
@PermitAll
public class PricesView extends VerticalLayout implements BeforeEnterObserver {
    final MultiSelectComboBox<String> companies = new MultiSelectComboBox<>("Companies");
    final MultiSelectComboBox<String> models = new MultiSelectComboBox<>("Models");
    final Select<PriceMeasure> measure = new Select<>();
    final Checkbox logScale = new Checkbox("Log scale", true);
    final DatePicker asOf = AsOf.picker();
    final Chart chart = new Chart();
    final Paragraph empty = new Paragraph();
    final Grid<TimelineEntry> table = new Grid<>(TimelineEntry.class, false);

    private final transient TimelineQueries timeline;
    private List<TimelineEntry> allPrices = List.of();

    public PricesView(TimelineQueries timeline) {
        this.timeline = timeline;
        setWidthFull();
        add(new H2("Price per million tokens"), createFilters(), empty, chart, table);
        configureTable();
        chart.addPointClickListener(click -> allPrices.stream()
                .filter(e -> e.eventId().equals(click.pointId()))
                .findFirst()
                .ifPresent(e -> getUI().ifPresent(ui -> ui.getPage()
                        .open(
                                DocumentLinks.toSentence("", e.documentId(), e.quoteStart(), e.quoteEnd())
                                        .getHref(),
                                "_self"))));
    }

    private HorizontalLayout createFilters() {
        measure.setLabel("Measure");
        measure.setItems(PriceMeasure.values());
        measure.setItemLabelGenerator(PriceMeasure::label);
        measure.setValue(PriceMeasure.BLENDED_3_1);
        measure.setWidth("15em");
        companies.setWidth("16em");
        models.setWidth("18em");
        companies.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                models.setItems(modelsOf(allPrices, companies.getValue()));
                remember();
                refresh();
            }
        });
        models.addValueChangeListener(e -> changed(e.isFromClient()));
        measure.addValueChangeListener(e -> changed(e.isFromClient()));
        logScale.addValueChangeListener(e -> changed(e.isFromClient()));
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                remember();
                load();
            }
        });
        HorizontalLayout filters = new HorizontalLayout(companies, models, measure, logScale, asOf);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureTable() {
        table.addColumn(TimelineEntry::reportedOn)
                .setHeader("Date")
                .setSortable(true)
                .setWidth("6.5em")
                .setFlexGrow(0);
        Tables.textColumn(table, e -> e.org() == null ? "" : e.org())
                .setHeader("Company")
                .setWidth("6em")
                .setFlexGrow(1);
        Tables.textColumn(table, e -> e.model() == null ? e.subject() : e.model())
                .setHeader("Model")
                .setWidth("8em")
                .setFlexGrow(2);
        Tables.textColumn(table, e -> e.provider() == null ? "" : e.provider())
                .setHeader("Provider")
                .setWidth("6em")
                .setFlexGrow(1);
        table.addColumn(e -> money(e.inputUsdPerMTok()))
                .setHeader("Input $/1M")
                .setWidth("6em")
                .setFlexGrow(0);
        table.addColumn(e -> money(e.outputUsdPerMTok()))
                .setHeader("Output $/1M")
                .setWidth("6.5em")
                .setFlexGrow(0);
        table.addColumn(e -> money(PriceMeasure.BLENDED_3_1.of(e)))
                .setHeader("Blended 3:1")
                .setWidth("6.5em")
                .setFlexGrow(0);
        table.addComponentColumn(this::sourceLink)
                .setHeader("Source")
                .setWidth("8em")
                .setFlexGrow(2);
        Tables.dense(table);
        table.setHeight("28em");
    }

    private Anchor sourceLink(TimelineEntry e) {
        String source = PriceSeries.source(e);
        if (source.startsWith("http")) {
            Anchor link = new Anchor(source, source.replaceFirst("^https?://", ""));
            link.setTarget("_blank");
            return Tables.oneLine(link, source);
        }
        return Tables.oneLine(
                DocumentLinks.toSentence("sentence", e.documentId(), e.quoteStart(), e.quoteEnd()), e.quote());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        asOf.setValue(AsOf.parse(UrlState.first(parameters, AsOf.PARAMETER)));
        measure.setValue(Arrays.stream(PriceMeasure.values())
                .filter(m -> m.name().equalsIgnoreCase(UrlState.first(parameters, "measure")))
                .findFirst()
                .orElse(PriceMeasure.BLENDED_3_1));
        logScale.setValue(!"linear".equals(UrlState.first(parameters, "scale")));
        load();
        companies.setValue(
                listed(parameters, "org", companies.getListDataView().getItems().toList()));
        models.setItems(modelsOf(allPrices, companies.getValue()));
        models.setValue(
                listed(parameters, "model", models.getListDataView().getItems().toList()));
        refresh();
    }

    private static Set<String> listed(Map<String, List<String>> parameters, String name, List<String> known) {
        Set<String> wanted = new TreeSet<>(parameters.getOrDefault(name, List.of()));
        return new TreeSet<>(known.stream().filter(wanted::contains).toList());
    }

    private void changed(boolean byUser) {
        if (byUser) {
            remember();
            refresh();
        }
    }

    /** Puts the filters in the address, so the chart as shown can be bookmarked. */
    private void remember() {
        UrlState.create()
                .putAll("org", companies.getValue())
                .putAll("model", models.getValue())
                .put(
                        "measure",
                        measure.getValue() == PriceMeasure.BLENDED_3_1
                                ? null
                                : measure.getValue().name().toLowerCase(Locale.ROOT))
                .put("scale", logScale.getValue() ? null : "linear")
                .put(AsOf.PARAMETER, asOf.getValue())
                .replace(this);
    }

    private void load() {
        allPrices = timeline.find(
                new FindTimeline(Set.of(MarketEventType.PRICE), null, null, null, 10_000, AsOf.endOf(asOf.getValue())));
        Set<String> chosen = companies.getValue();
        Set<String> known = new TreeSet<>(allPrices.stream()
                .map(e -> e.org() == null ? "Unknown" : e.org())
                .toList());
        companies.setItems(known);
        companies.setValue(new TreeSet<>(chosen.stream().filter(known::contains).toList()));
        models.setItems(modelsOf(allPrices, companies.getValue()));
        refresh();
    }

    void refresh() {
        List<TimelineEntry> shown = allPrices.stream()
                .filter(e -> companies.getValue().isEmpty()
                        || companies.getValue().contains(e.org() == null ? "Unknown" : e.org()))
                .filter(e -> models.getValue().isEmpty() || models.getValue().contains(PriceSeries.name(e)))
                .toList();
        List<TimelineEntry> points = PriceSeries.points(shown, measure.getValue());
        chart.setOption(PriceSeries.option(shown, measure.getValue(), logScale.getValue()));
        table.setItems(points);
        empty.setVisible(points.isEmpty());
        empty.setText(
                allPrices.isEmpty()
                        ? "No prices yet. Ingest a price list (CSV: date,org,model,provider,input_usd_per_mtok,"
                                + "output_usd_per_mtok,note,source_url) or a pricing page."
                        : "No price points match: try another measure (input-only prices have no blend) or fewer filters.");
    }

    private static Set<String> modelsOf(List<TimelineEntry> prices, Set<String> companies) {
        return new TreeSet<>(prices.stream()
                .filter(e -> companies.isEmpty() || companies.contains(e.org() == null ? "Unknown" : e.org()))
                .map(PriceSeries::name)
                .toList());
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : Readable.usd(value);
    }
}
