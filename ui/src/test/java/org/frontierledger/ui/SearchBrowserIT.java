package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.FacetValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search view in headless Chromium, on the sample data: facets narrow, matches are marked. */
class SearchBrowserIT extends SampleDataBrowserTest {
    @Autowired
    ClaimSearch search;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("search-browser"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void choosingATypeFacetNarrowsTheHitsAndCanBeUndone() {
        // given
        long all = search.count();
        long capex = search.count(ClaimQuery.firstPage("", 1).withFilter(FacetDimension.TYPE, "CAPEX"));
        assertThat(capex).isPositive().isLessThan(all);
        page.navigate(base() + "/search");
        Locator capexValue = page.locator(".facet[data-facet='type'] vaadin-button[data-value='CAPEX']");
        assertThat(capexValue).containsText("Capex (" + capex + ")");
        assertThat(page.locator("text=" + all + " claims")).isVisible();

        // when
        capexValue.click();

        // then
        assertThat(page).hasURL(Pattern.compile(".*/search\\?type=CAPEX"));
        assertThat(page.locator("vaadin-button.filter-chip")).containsText("Type: Capex");
        assertThat(page.locator(".claim-hit")).hasCount((int) capex);
        for (Locator hit : page.locator(".claim-hit").all()) {
            assertThat(hit.locator(".claim-fact").first()).containsText("Capex");
        }
        assertThat(page.locator(".facet[data-facet='type'] vaadin-button.facet-value.chosen"))
                .hasCount(1);
        BrowserSupport.screenshot(page, "search-facet-capex");

        page.locator("vaadin-button.filter-chip").click();
        assertThat(page.locator(".claim-hit")).hasCount((int) Math.min(all, 20));
    }

    @Test
    void aChosenTypeKeepsTheOtherTypesListedAndASecondWidensTheHits() {
        // given
        FacetValue sibling = search.search(ClaimQuery.firstPage("", 1)).facet(FacetDimension.TYPE).stream()
                .filter(v -> !v.value().equals("CAPEX"))
                .findFirst()
                .orElseThrow();
        ClaimQuery capex = ClaimQuery.firstPage("", 1).withFilter(FacetDimension.TYPE, "CAPEX");
        long either = search.count(capex.withFilter(FacetDimension.TYPE, sibling.value()));
        page.navigate(base() + "/search?type=CAPEX");
        Locator siblingValue =
                page.locator(".facet[data-facet='type'] vaadin-button[data-value='" + sibling.value() + "']");

        // then: drill-sideways, the other type is still offered with the count it has on its own
        assertThat(siblingValue).containsText("(" + sibling.count() + ")");
        assertThat(siblingValue).not().hasClass(Pattern.compile(".*\\bchosen\\b.*"));
        BrowserSupport.screenshot(page, "search-facet-capex-siblings");

        // when: a second value of the same dimension is ORed with the first
        siblingValue.click();

        // then
        assertThat(page).hasURL(Pattern.compile(".*type=CAPEX.*" + sibling.value() + ".*"));
        assertThat(page.locator(".facet[data-facet='type'] vaadin-button.facet-value.chosen"))
                .hasCount(2);
        assertThat(page.locator("text=" + either + " claims")).isVisible();
        assertThat(either).isGreaterThan(search.count(capex));
    }

    @Test
    void companyFacetNarrowsATextSearchAndMatchesAreMarked() {
        page.navigate(base() + "/search?q=" + URLEncoder.encode("capital OR spending", StandardCharsets.UTF_8));
        assertThat(page.locator(".claim-hit mark").first()).isVisible();

        page.locator(".facet[data-facet='org'] vaadin-button[data-value='Meta']")
                .click();

        assertThat(page.locator(".claim-hit")).hasCount(1);
        Locator hit = page.locator(".claim-hit").first();
        assertThat(hit).containsText("Meta plans capital expenditures");
        assertThat(hit.locator("mark").first()).hasText("capital");
        assertThat(hit.locator(".claim-fact")).containsText("Meta");
        assertThat(page).hasURL(Pattern.compile(".*org=Meta.*"));
        BrowserSupport.screenshot(page, "search-facet-meta-highlight");
    }

    @Test
    void asOfADateBeforeTheLedgerFindsNothingAndTodayFindsEverything() {
        long all = search.count();
        String today = LocalDate.now().toString();

        page.navigate(base() + "/search?asOf=2000-01-01");
        assertThat(page.locator("text=No claims match")).isVisible();
        assertThat(page.locator("vaadin-date-picker input")).not().hasValue("");
        BrowserSupport.screenshot(page, "search-as-of-2000");

        page.navigate(base() + "/search?asOf=" + today);
        assertThat(page.locator("text=" + all + " claims")).isVisible();
        page.locator(".facet[data-facet='type'] vaadin-button[data-value='CAPEX']")
                .click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]type=CAPEX.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]asOf=" + today + ".*"));
    }

    @Test
    void syntaxErrorIsExplainedAndFieldsWork() {
        page.navigate(base() + "/search");
        Locator box = page.locator("vaadin-text-field input").first();

        box.fill("amount:>=lots");
        box.press("Enter");
        assertThat(page.locator("text='lots' is not an amount")).isVisible();

        box.fill("org:amazon amount:>=90B");
        box.press("Enter");
        assertThat(page.locator(".claim-hit")).hasCount(1);
        assertThat(page.locator(".claim-hit")).containsText("Amazon");
        page.locator("vaadin-details-summary").first().click();
        assertThat(page.locator(".query-syntax")).containsText("NEAR/n");
        BrowserSupport.screenshot(page, "search-fields-and-syntax");
    }

    @Test
    void savedSearchIsListedAndRunsAgain() {
        page.navigate(base() + "/search?q=capex&type=CAPEX");
        page.locator(".saved-searches vaadin-text-field input").fill("Capex watch");
        page.locator(".saved-searches vaadin-button", new Page.LocatorOptions().setHasText("Save search"))
                .click();

        Locator saved = page.locator("vaadin-button.saved-search", new Page.LocatorOptions().setHasText("Capex watch"));
        assertThat(saved).isVisible();
        page.navigate(base() + "/search");
        page.locator("vaadin-button.saved-search", new Page.LocatorOptions().setHasText("Capex watch"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*q=capex.*type=CAPEX.*"));
        assertThat(page.locator("vaadin-text-field input").first()).hasValue("capex");
        BrowserSupport.screenshot(page, "search-saved");
    }
}
