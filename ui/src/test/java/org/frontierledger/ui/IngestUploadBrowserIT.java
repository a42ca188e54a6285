package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst uploads files through the Ingest view in headless Chromium, on an empty store: the
 * project's own price-list CSV is recorded and charted, a Latin-1 text keeps its accents, and
 * UTF-8 with invalid bytes is refused saying it cannot be decoded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestUploadBrowserIT {
    @Autowired
    ProjectionReplayer replayer;

    private static final Path PRICE_LIST = Path.of("src", "main", "resources", "sample", "llm-list-prices.csv");
    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("upload-browser"));
        registry.add("ledger.sample-data.enabled", () -> "false");
    }

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private Page ingestPage() {
        String app = "http://127.0.0.1:" + port;
        Page page = browser.newPage();
        BrowserSupport.logIn(page, app, "admin", LedgerTestSupport.ADMIN_PASSWORD);
        page.navigate(app + "/ingest");
        assertThat(page.locator("vaadin-upload")).isVisible();
        return page;
    }

    private static Locator row(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void theSamplePriceListCsvIsRecordedAndCharted() throws Exception {
        Page page = ingestPage();

        page.locator("vaadin-upload input[type=file]").setInputFiles(PRICE_LIST);

        assertThat(row(page, "recorded").first()).isVisible();
        assertThat(row(page, "Incorrect File Type")).hasCount(0);
        assertThat(row(page, "failed")).hasCount(0);
        BrowserSupport.screenshot(page, "ingest-price-list-csv");
        // The prices view reads its read model when it opens: let the projections take the new events first.
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        page.navigate("http://127.0.0.1:" + port + "/prices");
        assertThat(page.locator("ledger-chart")).hasAttribute("data-points", Pattern.compile("[1-9][0-9]*"));
    }

    @Test
    void aLatin1TextKeepsItsAccentsAndBrokenUtf8IsRefusedSayingSo(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("zurich-notes.txt");
        Files.write(
                latin1,
                ("Notes de Zürich sur la société Nestlé\n"
                                + "La société Générale a annoncé que le développement des modèles coûtera plus cher cette année.\n"
                                + "Les dépenses prévues pour les centres de données ont été révisées à la hausse, a déclaré la"
                                + " directrice financière.\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path broken = dir.resolve("broken.txt");
        byte[] head = "Acme notes — the capex plan ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        bytes[head.length + 1] = 'x';
        Files.write(broken, bytes);
        Page page = ingestPage();

        page.locator("vaadin-upload input[type=file]").setInputFiles(latin1);
        assertThat(row(page, "Notes de Zürich sur la société Nestlé").first()).isVisible();
        assertThat(row(page, "\uFFFD")).hasCount(0);

        page.locator("vaadin-upload input[type=file]").setInputFiles(broken);
        assertThat(row(page, "the text cannot be decoded").first()).isVisible();
        assertThat(row(page, "not valid UTF-8").first()).isVisible();
        BrowserSupport.screenshot(page, "ingest-encodings");
    }
}
