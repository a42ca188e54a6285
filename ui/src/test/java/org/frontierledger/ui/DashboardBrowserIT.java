package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard in headless Chromium, on the sample data a first start loads. */
class DashboardBrowserIT extends SampleDataBrowserTest {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("browser"));
    }

    @Test
    void searchForDeepSeekShowsAHighlightedHit() {
        page.navigate("http://127.0.0.1:" + port + "/search");
        Locator box = page.locator("vaadin-text-field input").first();
        box.fill("DeepSeek");
        box.press("Enter");

        Locator firstMark = page.locator(".claim-hit mark").first();
        assertThat(firstMark).isVisible();
        assertThat(firstMark).hasText("DeepSeek");
        assertThat(page.locator(".claim-hit").first()).containsText("DeepSeek releases R1");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=DeepSeek"));
        BrowserSupport.screenshot(page, "search-deepseek");
    }

    @Test
    void timelineShowsSampleEventsAndFiltersByCompany() {
        page.navigate("http://127.0.0.1:" + port + "/timeline?org=Amazon");

        Locator rows = page.locator("vaadin-grid-cell-content");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("$100B")).first())
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("$80B")))
                .hasCount(0);
        BrowserSupport.screenshot(page, "timeline-amazon");
        // The sample price list (issue 3) adds newer PRICE rows above the capex of February 2025.
        page.navigate("http://127.0.0.1:" + port + "/timeline?type=CAPEX");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("$80B")).first())
                .isVisible();
        BrowserSupport.screenshot(page, "timeline");
    }

    @Test
    void sourcesListTheSampleDocumentsAndOpenTheSentence() {
        page.navigate("http://127.0.0.1:" + port + "/sources");
        Locator title = page.locator(
                "vaadin-grid-cell-content a",
                new Page.LocatorOptions().setHasText("Hyperscalers lift their AI spending plans for 2025"));
        assertThat(title).isVisible();
        BrowserSupport.screenshot(page, "sources");
        page.navigate(
                "http://127.0.0.1:" + port + "/sources?asOf=" + LocalDate.now().minusDays(1));
        assertThat(page.getByText("No documents had been ingested by the end of "
                        + LocalDate.now().minusDays(1)))
                .isVisible();

        page.navigate("http://127.0.0.1:" + port + "/timeline?type=CAPEX&org=Microsoft");
        page.locator("vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("$80 billion"))
                .first()
                .click();
        Locator sentence = page.locator(".highlighted-sentence");
        assertThat(sentence).containsText("$80 billion");
        BrowserSupport.screenshot(page, "document-sentence");
        assertThat(page.url()).contains("/documents/");
    }

    @Test
    void overviewAndEntityPagesShowTheWeekAndACompany() {
        page.navigate("http://127.0.0.1:" + port + "/");
        assertThat(page.locator(".overview-count").first()).isVisible();
        assertThat(page.getByText("DeepSeek R1").first()).isVisible();
        assertThat(page.locator("ledger-chart").first()).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
        BrowserSupport.screenshot(page, "overview");

        page.navigate("http://127.0.0.1:" + port + "/entities/Microsoft");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("$80B"))
                        .first())
                .isVisible();
        assertThat(page.locator(".claim-hit mark").first()).hasText("Microsoft");
        BrowserSupport.screenshot(page, "entity-microsoft");
    }

    @Test
    void overviewAndEntityPageAsOfYesterdayShowWhatWasKnownThenAndKeepTheDateInTheAddress() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        page.navigate("http://127.0.0.1:" + port + "/?asOf=" + yesterday);
        assertThat(page.getByText("Nothing was recorded in the 7 days to " + yesterday))
                .isVisible();
        assertThat(page.locator(".overview-count")).hasCount(0);
        assertThat(page.locator("ledger-chart").first()).hasAttribute("data-points", "0");
        BrowserSupport.screenshot(page, "overview-as-of-yesterday");

        page.navigate("http://127.0.0.1:" + port + "/entities/Microsoft");
        assertThat(page.getByText("market events name Microsoft.")).isVisible();
        Locator picker = page.locator("vaadin-date-picker.as-of input");
        picker.fill(yesterday);
        picker.press("Enter");
        assertThat(page.getByText("No market events name Microsoft as known by the end of " + yesterday))
                .isVisible();
        assertThat(page.getByText("No claims name it.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("$80B").setVisible(true)))
                .hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*/entities/Microsoft\\?asOf=" + yesterday));
        BrowserSupport.screenshot(page, "entity-as-of-yesterday");

        page.reload();
        assertThat(page.getByText("No market events name Microsoft as known by the end of " + yesterday))
                .isVisible();
    }

    @Test
    void everyMainViewFitsANarrowWindowWithoutSidewaysScrolling() {
        Page phone = browser.newPage(390, 844);
        BrowserSupport.logIn(phone, "http://127.0.0.1:" + port, "admin", LedgerTestSupport.ADMIN_PASSWORD);
        for (String view : List.of(
                "",
                "timeline",
                "prices",
                "capex",
                "valuations",
                "models",
                "entities/Microsoft",
                "search?q=capex",
                "sources",
                "review",
                "digest",
                "ingest",
                "subscriptions",
                "event-log",
                "admin")) {
            phone.navigate("http://127.0.0.1:" + port + "/" + view);
            assertThat(phone.locator("h2").first()).isVisible();
            Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            BrowserSupport.screenshot(
                    phone, "narrow-" + (view.isEmpty() ? "overview" : view.replaceAll("[^A-Za-z]+", "-")));
            assertThat(((Number) overflow).intValue())
                    .as("sideways overflow of /" + view + " in px")
                    .isLessThanOrEqualTo(0);
        }
    }

    @Test
    void anAdminRebuildsFromTheAdministrationPageAndTheViewsComeBackTheSame() {
        page.navigate("http://127.0.0.1:" + port + "/admin");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Rebuild read models and index"))
                .click();
        assertThat(page.getByText("Rebuilt: every read model and the index are caught up with the events."))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        BrowserSupport.screenshot(page, "admin-rebuilt");

        page.navigate("http://127.0.0.1:" + port + "/timeline?type=CAPEX&org=Microsoft");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("$80B"))
                        .first())
                .isVisible();
    }

    @Test
    void filtersChosenOnThePageGoIntoTheAddress() {
        page.navigate("http://127.0.0.1:" + port + "/timeline");
        Locator company = page.getByLabel("Company or model");
        company.fill("Amazon");
        company.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/timeline\\?org=Amazon"));

        page.navigate("http://127.0.0.1:" + port + "/prices");
        page.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("Log scale"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/prices\\?scale=linear"));
    }
}
