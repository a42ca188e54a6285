package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.ingestion.IngestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The analyst's views in headless Chromium on the sample data: charts, review queue, as of. */
class AnalystViewsBrowserIT extends SampleDataBrowserTest {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("analyst-browser"));
    }

    private static int points(Locator chart) {
        assertThat(chart).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
        return Integer.parseInt(chart.getAttribute("data-points"));
    }

    @Test
    void chartsRenderWithPointsAndTheCompanyFilterNarrowsThem() {
        page.navigate(url("/prices"));
        Locator priceChart = page.locator("ledger-chart");
        assertThat(points(priceChart)).isGreaterThanOrEqualTo(2);
        assertThat(priceChart.locator("canvas").first()).isVisible();
        BrowserSupport.screenshot(page, "prices");

        page.navigate(url("/capex"));
        Locator capexChart = page.locator("ledger-chart");
        int all = points(capexChart);
        BrowserSupport.screenshot(page, "capex");
        page.navigate(url("/capex?org=Amazon"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("$100B"))
                        .first())
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("$80B")))
                .hasCount(0);
        assertThat(points(capexChart)).isLessThan(all);

        page.navigate(url("/valuations"));
        assertThat(points(page.locator("ledger-chart"))).isPositive();
        BrowserSupport.screenshot(page, "valuations");
    }

    @Test
    void correctingAnEventInTheReviewQueueChangesTheTimelineAndKeepsTheTrail() {
        page.navigate(url("/review?type=CAPEX"));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("$75B"))
                .first()
                .click();
        Locator amount = page.getByLabel("Amount (USD)", new Page.GetByLabelOptions().setExact(true));
        assertThat(amount).hasValue("$75B");
        amount.fill("76500000000");
        page.getByLabel("Reason or note").fill("the call transcript says 76.5");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save correction"))
                .click();

        Locator trail = page.locator(".event-history li");
        assertThat(trail.nth(1)).containsText("corrected by admin");
        assertThat(trail.nth(1)).containsText("Amount (USD): $75B → $76.5B");
        BrowserSupport.screenshot(page, "review-corrected");

        page.navigate(url("/timeline?type=CAPEX&org=Google"));
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("$76.5B"))
                        .first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("corrected"))
                        .first())
                .isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("$75B"))).hasCount(0);
    }

    @Test
    void correctingACapexBasisShowsInTheCapexViewAndTheTrail() {
        page.navigate(url("/review?type=CAPEX"));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("$100B"))
                .first()
                .click();
        Locator basis = page.locator("vaadin-select")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("label", new Page.LocatorOptions().setHasText("Basis"))));
        assertThat(basis).hasCount(1);
        assertThat(basis.locator("vaadin-select-value-button")).hasText("guidance");
        assertThat(page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByLabel("GPUs", new Page.GetByLabelOptions().setExact(true)))
                .hasCount(0);
        assertThat(page.getByLabel("Input price (USD per 1M tokens)", new Page.GetByLabelOptions().setExact(true)))
                .hasCount(0);

        // a bad amount is marked and refused
        Locator amount = page.getByLabel("Amount (USD)", new Page.GetByLabelOptions().setExact(true));
        amount.fill("one hundred billion");
        amount.blur();
        assertThat(page.getByText("Type an amount of dollars like $1.5B").first())
                .isVisible();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save correction"))
                .click();
        assertThat(page.getByText("Fix the marked fields first").first()).isVisible();
        BrowserSupport.screenshot(page, "review-capex-invalid-amount");
        assertThat(page.locator(".event-history li")).hasCount(1);

        // the basis is corrected
        amount.fill("100000000000");
        basis.click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("reported").setExact(true))
                .click();
        page.getByLabel("Reason or note").fill("the call says it was spent");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save correction"))
                .click();
        Locator trail = page.locator(".event-history li");
        assertThat(trail.nth(1)).containsText("corrected by admin");
        assertThat(trail.nth(1)).containsText("Basis: guidance → reported");
        assertThat(trail.nth(1)).not().containsText("Amount (USD)");
        BrowserSupport.screenshot(page, "review-capex-basis-corrected");

        page.navigate(url("/capex?org=Amazon"));
        Locator chart = page.locator("ledger-chart");
        assertThat(points(chart)).isPositive();
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^reported$"))))
                .hasCount(1);
        // what ECharts itself holds: each series with the values of its bars
        String series = String.valueOf(chart.evaluate("el => JSON.stringify(el._chart.getOption().series"
                + ".map(s => [s.name, s.data.filter(d => d != null).map(d => d.value)]))"));
        Assertions.assertThat(series)
                .contains("[\"Amazon · reported\",[100]]")
                .doesNotContain("[\"Amazon · guidance\",[100");
        BrowserSupport.screenshot(page, "capex-amazon-reported");
    }

    @Test
    void asOfAnEarlierDateShowsLess() {
        page.navigate(url("/timeline?type=CAPEX"));
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("$80B")).first())
                .isVisible();

        page.navigate(url("/timeline?type=CAPEX&asOf=" + LocalDate.now().minusDays(1)));
        assertThat(page.getByText("No market events match these filters.")).isVisible();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("$80B"))).hasCount(0);
        BrowserSupport.screenshot(page, "timeline-as-of-yesterday");
    }

    @Autowired
    IngestService ingest;

    @Test
    void conflictingFiguresShowOnTheTimelineAndSideBySideOnTheEntityPage() throws Exception {
        // Two reports that disagree on one figure: what the views must flag, whatever the corpus yields.
        ingest.ingestContent(
                "cost-a.txt",
                "text/plain",
                ("Training notes\nDeepSeek said DeepSeek V3 cost $5.6 million" + " to train on 2,048 GPUs.\n")
                        .getBytes(StandardCharsets.UTF_8),
                "tester");
        ingest.ingestContent(
                "cost-b.txt",
                "text/plain",
                ("Podcast notes\nThe hosts say DeepSeek V3 cost $6 million to" + " train, not counting research.\n")
                        .getBytes(StandardCharsets.UTF_8),
                "tester");
        replayer.awaitCaughtUp(Duration.ofSeconds(60));

        page.navigate(url("/timeline?type=TRAINING_COST&org=DeepSeek"));
        Locator flag = page.locator(".conflict-flag").first();
        assertThat(flag).isVisible();
        BrowserSupport.screenshot(page, "timeline-conflict");
        page.navigate(url("/entities/DeepSeek"));
        Locator conflict = page.locator(".conflict").first();
        assertThat(conflict).containsText("sources disagree");
        assertThat(conflict).containsText("$6M");
        // The corpus states DeepSeek's cost as "$5 M" and "$5.6 million" besides "$6M"; either stands against $6M.
        assertThat(conflict).containsText(Pattern.compile("\\$5(?:\\.\\d)?M"));
        BrowserSupport.screenshot(page, "entity-conflict");
    }
}
