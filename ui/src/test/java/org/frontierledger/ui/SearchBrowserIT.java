package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search view in headless Chromium, on the sample data: facets narrow, matches are marked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserIT {
    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    ClaimSearch search;

    @Autowired
    ProjectionReplayer replayer;

    private Page page;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("search-browser"));
    }

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void sampleDataLoadedAndLoggedIn() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (search.count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        page = browser.newPage();
        BrowserSupport.logIn(page, base(), "admin", LedgerTestSupport.ADMIN_PASSWORD);
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
        assertThat(page.locator(".facet[data-facet='type'] vaadin-button.facet-value")).hasCount(1);
        BrowserSupport.screenshot(page, "search-facet-capex");

        page.locator("vaadin-button.filter-chip").click();
        assertThat(page.locator(".claim-hit")).hasCount((int) Math.min(all, 20));
    }

    @Test
    void companyFacetNarrowsATextSearchAndMatchesAreMarked() {
        page.navigate(base() + "/search?q=" + java.net.URLEncoder.encode("capital OR spending",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator(".claim-hit mark").first()).isVisible();

        page.locator(".facet[data-facet='org'] vaadin-button[data-value='Meta']").click();

        assertThat(page.locator(".claim-hit")).hasCount(1);
        Locator hit = page.locator(".claim-hit").first();
        assertThat(hit).containsText("Meta plans capital expenditures");
        assertThat(hit.locator("mark").first()).hasText("capital");
        assertThat(hit.locator(".claim-fact")).containsText("Meta");
        assertThat(page).hasURL(Pattern.compile(".*org=Meta.*"));
        BrowserSupport.screenshot(page, "search-facet-meta-highlight");
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
        page.locator(".saved-searches vaadin-button", new Page.LocatorOptions().setHasText("Save search")).click();

        Locator saved = page.locator("vaadin-button.saved-search", new Page.LocatorOptions().setHasText("Capex watch"));
        assertThat(saved).isVisible();
        page.navigate(base() + "/search");
        page.locator("vaadin-button.saved-search", new Page.LocatorOptions().setHasText("Capex watch")).click();

        assertThat(page).hasURL(Pattern.compile(".*q=capex.*type=CAPEX.*"));
        assertThat(page.locator("vaadin-text-field input").first()).hasValue("capex");
        BrowserSupport.screenshot(page, "search-saved");
    }
}
