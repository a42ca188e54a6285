package org.frontierledger.ui.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.InvalidQueryException;
import org.frontierledger.search.SearchResult;
import org.frontierledger.ui.base.DocumentLinks;

/** Full-text search over claims, with highlighted fragments; the query lives in the URL. */
@Route("search")
@PageTitle("Search claims · Frontier Ledger")
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver {
    static final int PAGE_SIZE = 20;

    final TextField query = new TextField();
    final Span status = new Span();
    final Div results = new Div();
    final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());
    final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());

    private final transient ClaimSearch search;
    private int offset;

    public SearchView(ClaimSearch search) {
        this.search = search;
        setWidthFull();
        add(new H2("Search claims"), createSearchBar(), createSyntaxHelp(), status, results, createPager());
    }

    private HorizontalLayout createSearchBar() {
        query.setPlaceholder("DeepSeek training cost, \"capital expenditure\", speaker:sacks, capex AND 2026");
        query.setWidth("40em");
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, e -> searchFromStart());
        Button go = new Button("Search", VaadinIcon.SEARCH.create(), click -> searchFromStart());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Details createSyntaxHelp() {
        Div help = new Div();
        help.addClassName("query-syntax");
        help.add(syntaxLine("Words must all match (AND); stemming is on, so spends finds spending.",
                        "hbm supply"),
                syntaxLine("\"Quotes\" for a phrase; OR, NOT (or -word) and ( ) combine.",
                        "\"capital expenditure\" OR capex -guidance"),
                syntaxLine("NEAR/n: two words or phrases within n words, either order (NEAR alone: 10).",
                        "hbm NEAR/5 supply"),
                syntaxLine("A trailing * matches a prefix (at least one letter before it).", "hyperscal*"),
                syntaxLine("Fields: speaker:, org:, model:, type:, doc: or source: (title or show).",
                        "org:microsoft type:capex speaker:huang model:gpt-4o source:\"all-in\""),
                syntaxLine("Amounts in USD with units K, M, B, T; prices in USD per million tokens.",
                        "amount:>=100B   amount:[1B TO 10B]   price:<1"),
                syntaxLine("Dates (the reported date): a year, a month or a day, or a range.",
                        "date:2025-01..2025-03   date:>=2025-06-01"),
                syntaxLine("Aliases find a company's other names (quotes switch them off).",
                        "alphabet finds Google; msft finds Microsoft; aws finds Amazon"),
                syntaxLine("Model names match as written and in parts.", "GPT-4o   o3-mini   V3.2   v3"));
        return new Details("Query syntax", help);
    }

    private static Div syntaxLine(String explanation, String example) {
        Span code = new Span(example);
        code.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("margin-left", "var(--lumo-space-s)").set("color", "var(--lumo-primary-text-color)");
        Div line = new Div(new Span(explanation), code);
        line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return line;
    }

    private HorizontalLayout createPager() {
        previous.addClickListener(click -> page(-PAGE_SIZE));
        next.addClickListener(click -> page(PAGE_SIZE));
        return new HorizontalLayout(previous, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> q = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        query.setValue(q.isEmpty() ? "" : q.get(0));
        offset = 0;
        runSearch();
    }

    private void searchFromStart() {
        offset = 0;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                RouteConfiguration.forSessionScope().getUrl(SearchView.class),
                query.getValue().isBlank() ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("q", query.getValue())))));
        runSearch();
    }

    private void page(int delta) {
        offset = Math.max(0, offset + delta);
        runSearch();
    }

    void runSearch() {
        results.removeAll();
        status.getStyle().remove("color");
        try {
            SearchResult result = search.search(new ClaimQuery(query.getValue(), offset, PAGE_SIZE));
            result.hits().forEach(hit -> results.add(createHitCard(hit)));
            showStatus(result);
        } catch (InvalidQueryException e) {
            status.setText(e.getMessage());
            status.getStyle().set("color", "var(--lumo-error-text-color)");
            previous.setEnabled(false);
            next.setEnabled(false);
        }
    }

    private void showStatus(SearchResult result) {
        if (result.total() == 0) {
            status.setText(search.count() == 0
                    ? "No claims in the ledger yet: ingest a document first."
                    : "No claims match. Try fewer words, OR, or a prefix*.");
        } else {
            status.setText(result.total() + " claims" + (result.total() > PAGE_SIZE
                    ? ", showing " + (offset + 1) + "–" + (offset + result.hits().size()) : ""));
        }
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + PAGE_SIZE < result.total());
    }

    private Div createHitCard(ClaimHit hit) {
        Div card = new Div();
        card.addClassName("claim-hit");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        // The fragment is escaped by the search module; only its <mark> tags are markup.
        Html fragment = new Html("<div class=\"claim-fragment\">" + hit.fragmentHtml() + "</div>");
        Div meta = new Div();
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        if (hit.speaker() != null) {
            meta.add(new Span(hit.speaker() + " · "));
        }
        meta.add(DocumentLinks.toQuote(hit.documentTitle(), hit.documentId(), hit.quote()),
                new Span(" · " + hit.reportedOn()));
        card.add(fragment, meta);
        return card;
    }
}
