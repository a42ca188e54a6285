package org.frontierledger.ui.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.FacetValue;
import org.frontierledger.search.InvalidQueryException;
import org.frontierledger.search.SavedSearches;
import org.frontierledger.search.SearchResult;
import org.frontierledger.search.SortOrder;
import org.frontierledger.ui.base.AsOf;
import org.frontierledger.ui.base.DocumentLinks;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over claims: highlighted hits with their market facts, facet counts that narrow
 * the hits when clicked, sorting, pages, "more like this", and the user's saved searches with
 * their counts of new claims, and an "as of" date (claims recorded by then). Query, filters, order
 * and date live in the URL, so a search can be bookmarked.
 */
@Route("search")
@PageTitle("Search claims · Frontier Ledger")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {
    static final int PAGE_SIZE = 20;

    final TextField query = new TextField();
    final Select<SortOrder> sort = new Select<>();
    final DatePicker asOf = AsOf.isoPicker("As of");
    final Span status = new Span();
    final Div activeFilters = new Div();
    final Div facets = new Div();
    final Div results = new Div();
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());

    final SavedSearchPanel savedSearches;

    private final transient ClaimSearch search;
    private ClaimQuery current = ClaimQuery.firstPage("", PAGE_SIZE);
    /** The claim of a "more like this" search; null for a text search. */
    private @Nullable String likeClaim;

    public SearchView(ClaimSearch search, SavedSearches saved, AuthenticationContext authentication) {
        this.search = search;
        this.savedSearches = new SavedSearchPanel(
                saved,
                authentication.getPrincipalName().orElse("anonymous"),
                () -> current,
                savedQuery -> show(savedQuery.at(0), null));
        setWidthFull();
        facets.addClassName("search-facets");
        VerticalLayout side = new VerticalLayout(savedSearches, facets);
        side.setPadding(false);
        side.setWidth("17em");
        side.getStyle().set("flex-shrink", "0").set("overflow", "hidden");
        activeFilters.addClassName("active-filters");
        VerticalLayout main = new VerticalLayout(status, activeFilters, results, createPager());
        main.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(side, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        add(new H2("Search claims"), createSearchBar(), createSyntaxHelp(), body);
    }

    private HorizontalLayout createSearchBar() {
        query.setPlaceholder("DeepSeek training cost, \"capital expenditure\", org:microsoft amount:>=50B");
        query.setWidth("32em");
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, e -> searchFromStart());
        sort.setItems(SortOrder.values());
        sort.setItemLabelGenerator(order -> switch (order) {
            case RELEVANCE -> "Best match";
            case NEWEST -> "Newest first";
            case OLDEST -> "Oldest first";
        });
        sort.setValue(SortOrder.RELEVANCE);
        sort.setWidth("11em");
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(current.sortedBy(e.getValue()), null);
            }
        });
        Button go = new Button("Search", VaadinIcon.SEARCH.create(), click -> searchFromStart());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        asOf.setClearButtonVisible(true);
        asOf.setHelperText("recorded by the end of; empty: now");
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(current.recordedBy(AsOf.endOf(e.getValue())), null);
            }
        });
        HorizontalLayout bar = new HorizontalLayout(query, go, sort, asOf);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Details createSyntaxHelp() {
        Div help = new Div();
        help.addClassName("query-syntax");
        help.add(
                syntaxLine("Words must all match (AND); stemming is on, so spends finds spending.", "hbm supply"),
                syntaxLine(
                        "\"Quotes\" for a phrase; OR, NOT (or -word) and ( ) combine.",
                        "\"capital expenditure\" OR capex -guidance"),
                syntaxLine(
                        "NEAR/n: two words or phrases within n words, either order (NEAR alone: 10).",
                        "hbm NEAR/5 supply"),
                syntaxLine("A trailing * matches a prefix (at least one letter before it).", "hyperscal*"),
                syntaxLine(
                        "Fields: speaker:, org:, model:, type:, doc: or source: (title or show).",
                        "org:microsoft type:capex speaker:huang model:gpt-4o source:\"all-in\""),
                syntaxLine(
                        "Amounts in USD with units K, M, B, T; prices in USD per million tokens.",
                        "amount:>=100B   amount:[1B TO 10B]   price:<1"),
                syntaxLine(
                        "Dates (the reported date): a year, a month or a day, or a range.",
                        "date:2025-01..2025-03   date:>=2025-06-01"),
                syntaxLine(
                        "Aliases find a company's other names and a term's long form (quotes switch them off).",
                        "alphabet finds Google; msft finds Microsoft; capex finds capital expenditures"),
                syntaxLine("Model names match as written and in parts.", "GPT-4o   o3-mini   V3.2   v3"),
                syntaxLine(
                        "Click a value on the left to narrow the hits; click it again to drop it. Values of"
                                + " one facet add up (OR), facets narrow each other (AND); a facet with a chosen value"
                                + " keeps listing its other values.",
                        ""),
                syntaxLine(
                        "As of: only claims the ledger had recorded by the end of that day; their facts"
                                + " show as curated now.",
                        ""));
        return new Details("Query syntax", help);
    }

    private static Div syntaxLine(String explanation, String example) {
        Span code = new Span(example);
        code.getStyle()
                .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("margin-left", "var(--lumo-space-s)")
                .set("color", "var(--lumo-primary-text-color)");
        Div line = new Div(new Span(explanation), code);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private HorizontalLayout createPager() {
        previous.addClickListener(click -> show(current.at(Math.max(0, current.offset() - PAGE_SIZE)), likeClaim));
        next.addClickListener(click -> show(current.at(current.offset() + PAGE_SIZE), likeClaim));
        return new HorizontalLayout(previous, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String text = first(parameters, "q");
        SortOrder order = SortOrder.RELEVANCE;
        try {
            String sortParameter = first(parameters, "sort");
            order = sortParameter.isEmpty() ? order : SortOrder.parse(sortParameter);
        } catch (IllegalArgumentException e) {
            // an edited URL: fall back to the default order
        }
        LocalDate asOfDate = AsOf.parse(first(parameters, AsOf.PARAMETER));
        ClaimQuery fromUrl = new ClaimQuery(text, 0, PAGE_SIZE, Map.of(), order, true, AsOf.endOf(asOfDate));
        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : parameters.getOrDefault(dimension.parameter(), List.of())) {
                fromUrl = fromUrl.withFilter(dimension, value);
            }
        }
        String like = first(parameters, "like");
        query.setValue(text);
        sort.setValue(order);
        asOf.setValue(asOfDate);
        current = fromUrl;
        likeClaim = like.isEmpty() ? null : like;
        runSearch();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private void searchFromStart() {
        show(
                new ClaimQuery(
                        query.getValue(), 0, PAGE_SIZE, current.filters(), sort.getValue(), true, current.recordedBy()),
                null);
    }

    /** Shows the hits of this query (or the claims like {@code like}) and puts the state in the URL. */
    void show(ClaimQuery next, @Nullable String like) {
        current = next;
        likeClaim = like;
        query.setValue(next.text());
        sort.setValue(next.sort());
        if (next.recordedBy() == null) {
            asOf.clear(); // a saved search runs over all claims
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(RouteConfiguration.forSessionScope().getUrl(SearchView.class), urlParameters())));
        runSearch();
    }

    private QueryParameters urlParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (likeClaim != null) {
            parameters.put("like", List.of(likeClaim));
            return new QueryParameters(parameters);
        }
        if (!current.text().isBlank()) {
            parameters.put("q", List.of(current.text()));
        }
        if (current.sort() != SortOrder.RELEVANCE) {
            parameters.put("sort", List.of(current.sort().name().toLowerCase(Locale.ROOT)));
        }
        current.filters().forEach((dimension, values) -> parameters.put(dimension.parameter(), List.copyOf(values)));
        if (asOf.getValue() != null && current.recordedBy() != null) {
            parameters.put("asOf", List.of(asOf.getValue().toString()));
        }
        return new QueryParameters(parameters);
    }

    void runSearch() {
        results.removeAll();
        status.getStyle().remove("color");
        try {
            SearchResult result =
                    likeClaim != null ? search.moreLikeThis(likeClaim, PAGE_SIZE) : search.search(current);
            result.hits().forEach(hit -> results.add(createHitCard(hit)));
            showFacets(result);
            showActiveFilters();
            showStatus(result);
        } catch (InvalidQueryException e) {
            status.setText(e.getMessage());
            status.getStyle().set("color", "var(--lumo-error-text-color)");
            facets.removeAll();
            previous.setEnabled(false);
            next.setEnabled(false);
        }
    }

    private void showStatus(SearchResult result) {
        if (likeClaim != null) {
            status.setText(
                    result.hits().isEmpty()
                            ? "No claims are like this one."
                            : result.hits().size() + " claims most like the chosen one");
            previous.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        if (result.total() == 0) {
            status.setText(
                    search.count() == 0
                            ? "No claims in the ledger yet: ingest a document first."
                            : current.recordedBy() != null && search.count(current.recordedBy(null)) > 0
                                    ? "No claims match among those recorded by then; later ones do. Clear the date to see them."
                                    : "No claims match. Try fewer words, OR, a prefix*, or fewer filters.");
        } else {
            int offset = current.offset();
            status.setText(result.total()
                    + (result.total() == 1 ? " claim" : " claims")
                    + (result.total() > PAGE_SIZE
                            ? ", showing " + (offset + 1) + "–"
                                    + (offset + result.hits().size())
                            : ""));
        }
        previous.setEnabled(current.offset() > 0);
        next.setEnabled(current.offset() + PAGE_SIZE < result.total());
    }

    private void showFacets(SearchResult result) {
        facets.removeAll();
        if (likeClaim != null) {
            return;
        }
        for (FacetDimension dimension : FacetDimension.values()) {
            List<FacetValue> values = new ArrayList<>(result.facet(dimension));
            Set<String> chosen = current.filters().getOrDefault(dimension, Set.of());
            if (values.isEmpty() && chosen.isEmpty()) {
                continue;
            }
            Div section = new Div();
            section.addClassName("facet");
            section.getElement().setAttribute("data-facet", dimension.parameter());
            H4 title = new H4(dimension.label());
            title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
            section.add(title);
            for (FacetValue value : values) {
                section.add(facetButton(dimension, value.value(), value.count(), chosen.contains(value.value())));
            }
            for (String value : chosen) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    section.add(facetButton(dimension, value, 0, true)); // chosen, but nothing matches now
                }
            }
            facets.add(section);
        }
    }

    private Button facetButton(FacetDimension dimension, String value, long count, boolean chosen) {
        Button button = new Button(label(dimension, value) + " (" + count + ")");
        button.addClassName("facet-value");
        button.getElement().setAttribute("data-value", value);
        button.addThemeVariants(
                ButtonVariant.LUMO_SMALL, chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        if (chosen) {
            button.addClassName("chosen");
        }
        button.getStyle()
                .set("display", "flex")
                .set("width", "100%")
                .set("justify-content", "flex-start")
                .set("margin", "2px 0")
                .set("white-space", "nowrap");
        button.setTooltipText(label(dimension, value));
        button.addClickListener(click ->
                show(chosen ? current.withoutFilter(dimension, value) : current.withFilter(dimension, value), null));
        return button;
    }

    private void showActiveFilters() {
        activeFilters.removeAll();
        if (likeClaim != null) {
            Button back =
                    new Button("Back to the search", VaadinIcon.ARROW_BACKWARD.create(), click -> show(current, null));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            activeFilters.add(back);
            return;
        }
        current.filters()
                .forEach((dimension, values) -> values.forEach(value -> {
                    Button chip = new Button(
                            dimension.label() + ": " + label(dimension, value),
                            VaadinIcon.CLOSE_SMALL.create(),
                            click -> show(current.withoutFilter(dimension, value), null));
                    chip.addClassName("filter-chip");
                    chip.setIconAfterText(true);
                    chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    chip.getStyle().set("margin-right", "var(--lumo-space-xs)");
                    activeFilters.add(chip);
                }));
    }

    private static String label(FacetDimension dimension, String value) {
        if (dimension == FacetDimension.TYPE) {
            try {
                return MarketEventType.valueOf(value).label();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        return value;
    }

    private Div createHitCard(ClaimHit hit) {
        Div card = new Div();
        card.addClassName("claim-hit");
        card.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        // The fragment is escaped by the search module; only its <mark> tags are markup.
        Html fragment = new Html("<div class=\"claim-fragment\">" + hit.fragmentHtml() + "</div>");
        Div meta = new Div();
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (hit.speaker() != null) {
            meta.add(new Span(hit.speaker() + " · "));
        }
        meta.add(
                DocumentLinks.toQuote(hit.documentTitle(), hit.documentId(), hit.quote()),
                new Span(" · " + hit.reportedOn() + " "));
        Button alike = new Button("More like this", click -> show(current, hit.claimId()));
        alike.addClassName("more-like-this");
        alike.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        meta.add(alike);
        card.add(fragment);
        if (!hit.facts().isEmpty()) {
            card.add(FactChips.of(hit.facts()));
        }
        card.add(meta);
        return card;
    }
}
