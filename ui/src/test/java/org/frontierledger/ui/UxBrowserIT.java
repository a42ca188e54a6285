package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14 in headless Chromium on the sample data: entities as one identity (multi-word names,
 * spellings, aliases), ISO dates, dense tables that fit 1280 px, one colour per company, amounts
 * typed as people write them in the review queue, and the events of a just-ingested document.
 */
class UxBrowserIT extends SampleDataBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("ux-browser"));
    }

    private Locator cells(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void anEntityPageWorksForAMultiWordNameAndItsOtherSpellings() {
        page.navigate(url("/entities/DeepSeek%20R1"));
        assertThat(page.locator("h2").first()).hasText("DeepSeek R1");
        assertThat(page.locator(".entity-aliases")).containsText("DeepSeek-R1");
        // The release (written "DeepSeek R1") and the list price (written "DeepSeek-R1") are one subject.
        assertThat(cells("Model release").first()).isVisible();
        assertThat(cells("DeepSeek-R1 · input $0.55 · output $2.19").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("^[1-9][0-9]* market events name DeepSeek R1\\.$")))
                .isVisible();
        String summary = page.locator("vaadin-vertical-layout > p")
                .filter(new Locator.FilterOptions().setHasText("market events name"))
                .textContent();
        BrowserSupport.screenshot(page, "entity-deepseek-r1");

        page.navigate(url("/entities/DeepSeek-R1"));
        assertThat(page.locator("h2").first()).hasText("DeepSeek R1");
        assertThat(page.getByText(summary)).isVisible();
    }

    @Test
    void anAliasOpensItsCompanysPage() {
        page.navigate(url("/entities/Alphabet"));
        assertThat(page.locator("h2").first()).hasText("Google");
        assertThat(page.locator(".entity-aliases")).containsText("Alphabet");
        assertThat(cells("$75B").first()).isVisible();
        assertThat(cells("$52.5B").first()).isVisible();
        BrowserSupport.screenshot(page, "entity-alphabet-is-google");
    }

    @Test
    void deepSeekR1AndDeepSeekR1WithAHyphenAreOneSubjectOnTheTimeline() {
        page.navigate(url("/timeline?org=DeepSeek-R1"));
        Locator subjects = page.locator("vaadin-grid-cell-content a[href*='entities/']");
        assertThat(subjects.first()).isVisible();
        List<String> names = new ArrayList<>(subjects.allTextContents());
        assertThat(names).contains("DeepSeek R1").doesNotContain("DeepSeek-R1");
        assertThat(cells("Model release").first()).isVisible();
        assertThat(cells("input $0.55 · output $2.19").first()).isVisible();
        BrowserSupport.screenshot(page, "timeline-deepseek-r1");
    }

    @Test
    void noTableIsWiderThanTheViewAt1280() {
        for (String view : List.of(
                "timeline",
                "capex",
                "valuations",
                "models",
                "prices",
                "sources",
                "review",
                "entities/Google",
                "ingest",
                "subscriptions",
                "search?q=capex")) {
            page.navigate(url("/" + view));
            assertThat(page.locator("h2").first()).isVisible();
            page.waitForTimeout(300);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("sideways overflow of /" + view)
                    .isLessThanOrEqualTo(0);
            Object widest = page.evaluate("() => Math.max(0, ...[...document.querySelectorAll('vaadin-grid')]"
                    + ".filter(g => g.offsetParent !== null).map(g => {"
                    + " const table = g.shadowRoot.querySelector('#table');"
                    + " return Math.max(g.getBoundingClientRect().right - window.innerWidth,"
                    + " table.scrollWidth - table.clientWidth); }))");
            assertThat(((Number) widest).intValue())
                    .as("a table of /" + view + " wider than its space")
                    .isLessThanOrEqualTo(1);
            BrowserSupport.screenshot(page, "wide-" + view.replaceAll("[^A-Za-z]+", "-"));
        }
        page.navigate(url("/timeline?type=CAPEX&org=Meta"));
        Locator quote =
                page.locator("vaadin-grid-cell-content a[href*='documents/']").first();
        assertThat(quote).isVisible();
        Object oneLine = quote.evaluate("a => a.getBoundingClientRect().height < 30 && a.scrollWidth >= a.clientWidth");
        assertThat(oneLine).isEqualTo(true);
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Capex$")))
                .first()
                .click();
        assertThat(page.locator(".event-details .why-this-event").first()).containsText("found by rule");
        BrowserSupport.screenshot(page, "timeline-row-details");
    }

    @Test
    void anIsoAsOfDateIsTakenAndAppliedAndABadDateIsExplained() {
        String yesterday = LocalDate.now().minusDays(1).toString();
        page.navigate(url("/timeline?type=CAPEX"));
        assertThat(cells("$80B").first()).isVisible();
        Locator picker = page.locator("vaadin-date-picker.as-of input");
        picker.fill(yesterday);
        picker.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*asOf=" + yesterday + ".*"));
        assertThat(picker).hasValue(yesterday);
        assertThat(page.getByText("No market events match these filters.")).isVisible();
        assertThat(cells("$80B").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(0);
        BrowserSupport.screenshot(page, "timeline-iso-as-of");

        picker.fill("2025-13-45");
        picker.press("Enter");
        assertThat(page.locator("vaadin-date-picker.as-of")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-date-picker.as-of [slot='error-message']"))
                .containsText("yyyy-mm-dd");
        BrowserSupport.screenshot(page, "timeline-bad-as-of");

        page.navigate(url("/timeline?type=CAPEX&asOf=" + LocalDate.now()));
        assertThat(page.locator("vaadin-date-picker.as-of input"))
                .hasValue(LocalDate.now().toString());
        assertThat(cells("$80B").first()).isVisible();
    }

    @Test
    void aCompanyHasOneColourOnEveryChart() throws Exception {
        page.navigate(url("/prices"));
        String onPrices = colourOf(page.locator("ledger-chart").first(), "OpenAI");
        page.navigate(url("/valuations"));
        String onValuations = colourOf(page.locator("ledger-chart").first(), "OpenAI · ");
        page.waitForTimeout(1500); // the charts' opening animation
        BrowserSupport.screenshot(page, "valuations-colours");
        page.navigate(url("/entities/OpenAI"));
        String onEntityPage = colourOf(page.locator("ledger-chart").nth(1), "OpenAI · ");
        assertThat(onPrices).isNotBlank();
        assertThat(onValuations).isEqualTo(onPrices);
        assertThat(onEntityPage).isEqualTo(onPrices);
        page.navigate(url("/capex"));
        String microsoft = colourOf(page.locator("ledger-chart").first(), "Microsoft");
        assertThat(microsoft).isNotEqualTo(onPrices);
        page.waitForTimeout(1500);
        BrowserSupport.screenshot(page, "capex-colours");
    }

    /** The colour of the first series whose name starts with {@code name} in a chart's option. */
    private static String colourOf(Locator chart, String name) throws Exception {
        assertThat(chart).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
        JsonNode option = JSON.readTree((String) chart.evaluate("c => c.option"));
        for (JsonNode series : option.get("series")) {
            if (series.get("name").asText().startsWith(name)) {
                return series.at("/itemStyle/color").asText();
            }
        }
        throw new AssertionError("no series " + name + " in " + option.get("series"));
    }

    @Test
    void anAmountIsTypedAsPeopleWriteItInTheReviewQueue() {
        page.navigate(url("/review?type=FUNDING"));
        cells("$40B").first().click();
        Locator amount = page.getByLabel("Amount (USD)", new Page.GetByLabelOptions().setExact(true));
        assertThat(amount).hasValue("$40B");
        assertThat(page.locator(".why-this-event").first()).containsText("found by");
        amount.fill("$1.5B");
        page.getByLabel("Reason or note").fill("checking the typed amount");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Save correction"))
                .click();
        Locator trail = page.locator(".event-history li");
        assertThat(trail.nth(1)).containsText("Amount (USD): $40B → $1.5B");
        BrowserSupport.screenshot(page, "review-typed-amount");

        page.getByLabel("Reason or note").fill("");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Reject"))
                .click();
        assertThat(page.locator("vaadin-text-field[invalid]")
                        .filter(new Locator.FilterOptions().setHasText("Reason or note")))
                .hasCount(1);
        assertThat(page.getByText("a reason is required to reject")).isVisible();
        page.getByLabel("Reason or note").fill("not a funding round");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Reject"))
                .click();
        assertThat(trail.nth(2)).containsText("rejected by admin");
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Confirm")))
                .isDisabled();
        BrowserSupport.screenshot(page, "review-rejected");
    }

    @Test
    void theEventsOfAJustIngestedDocumentAreListed() {
        page.navigate(url("/ingest"));
        page.locator("vaadin-upload input[type='file']")
                .setInputFiles(new FilePayload(
                        "ux-capex.txt",
                        "text/plain",
                        ("Frontier Ledger test note\nDecember 1, 2026\n\n"
                                        + "Oracle expects capital expenditures of about $35 billion in fiscal 2027, its chief"
                                        + " executive said on the call.\n")
                                .getBytes(StandardCharsets.UTF_8)));
        Locator document = page.locator(".ingested-document").first();
        assertThat(document).containsText("1 market events");
        assertThat(document.locator(".extracted-event")).containsText("Oracle");
        assertThat(document.locator(".extracted-event")).containsText("$35B");
        assertThat(document.locator(".why-this-event")).containsText("found by");
        BrowserSupport.screenshot(page, "ingest-extracted-events");

        document.locator("h4 a").click();
        assertThat(page.locator(".extracted-events .extracted-event")).containsText("$35B");
        BrowserSupport.screenshot(page, "document-extracted-events");
    }

    @Test
    void refusedSubscriptionsNameTheSettingsAsTheReadmeDoes() {
        page.navigate(url("/subscriptions"));
        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("folder"))
                .click();
        Locator location = page.locator("vaadin-text-field").first();
        location.locator("input").fill("/tmp/not-a-watched-folder");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Subscribe"))
                .click();
        assertThat(location).hasAttribute("invalid", "");
        Locator error = location.locator("[slot='error-message']");
        assertThat(error).containsText("LEDGER_SOURCES_WATCH_ROOTS");
        assertThat(error).containsText("watch");
        assertThat(error).not().containsText("${");
        BrowserSupport.screenshot(page, "subscription-folder-refused");

        page.locator("vaadin-select").first().click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("feed"))
                .click();
        location.locator("input").fill("http://10.0.0.1/feed.xml");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Subscribe"))
                .click();
        assertThat(error).containsText("LEDGER_FETCH_ALLOWED_HOSTS");
    }
}
