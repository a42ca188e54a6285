package org.frontierledger.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst subscribes to a feed in the Subscriptions view, sees it listed with its status, sees
 * the scheduler read it, and finds its document among the sources. The feed is served on loopback,
 * which this test alone allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubscriptionsBrowserIT {
    private static final String ARTICLE = "<html><head><title>Hooli chip budget</title></head><body><article>"
            + "<h1>Hooli chip budget</h1><p>Meta guided 2025 capital expenditures of $64 billion to $72 billion, says Susan Li.</p>"
            + "</article></body></html>";
    private static HttpServer feeds;
    private static BrowserSupport browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("subscriptions"));
        registry.add("ledger.sample-data.enabled", () -> "false");
        registry.add("ledger.fetch.allowed-hosts", () -> "127.0.0.1");
        registry.add("ledger.fetch.host-delay", () -> "50ms");
        registry.add("ledger.sources.poll-every", () -> "500ms");
    }

    @BeforeAll
    static void start() throws IOException {
        feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feeds.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        String base = "http://127.0.0.1:" + feeds.getAddress().getPort();
        feeds.createContext(
                "/feed.xml",
                exchange -> respond(
                        exchange,
                        "application/rss+xml",
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Chip news</title><link>" + base
                                + "</link><description>d</description><item><title>Hooli chip budget</title><link>"
                                + base
                                + "/hooli.html</link></item></channel></rss>"));
        feeds.createContext("/hooli.html", exchange -> respond(exchange, "text/html; charset=utf-8", ARTICLE));
        feeds.start();
        browser = new BrowserSupport();
    }

    @AfterAll
    static void stop() {
        browser.close();
        feeds.stop(0);
    }

    @Test
    void anAnalystSubscribesToAFeedAndSeesItListedAndRead() {
        String app = "http://127.0.0.1:" + port;
        String feedUrl = "http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml";
        Page page = browser.newPage();
        BrowserSupport.logIn(page, app, "admin", LedgerTestSupport.ADMIN_PASSWORD);

        page.navigate(app + "/subscriptions");
        // The view renders after the page loads: wait for it before typing.
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Subscribe")))
                .isVisible();
        page.locator("vaadin-text-field input").first().fill(feedUrl);
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Subscribe"))
                .click();

        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(feedUrl)).first())
                .isVisible();
        assertThat(page.locator(".subscription-status").first()).isVisible();
        LocatorAssertions.ContainsTextOptions patiently =
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
        assertThat(cells.filter(new Locator.FilterOptions().setHasText("1 found, 1 recorded"))
                        .first())
                .containsText("1 market events", patiently);
        assertThat(page.locator(".subscription-status").first()).hasText("active");
        BrowserSupport.screenshot(page, "subscriptions");

        page.navigate(app + "/sources");
        assertThat(page.locator(
                        "vaadin-grid-cell-content a", new Page.LocatorOptions().setHasText("Hooli chip budget")))
                .isVisible();
        page.navigate(app + "/timeline?org=Meta");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("Susan Li"))
                        .first())
                .isVisible();
    }

    @Test
    void aPrivateAddressIsRefusedWithAClearMessage() {
        String app = "http://127.0.0.1:" + port;
        Page page = browser.newPage();
        BrowserSupport.logIn(page, app, "admin", LedgerTestSupport.ADMIN_PASSWORD);

        page.navigate(app + "/subscriptions");
        page.locator("vaadin-text-field input").first().fill("http://169.254.169.254/latest/meta-data/");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Subscribe"))
                .click();

        assertThat(page.locator("vaadin-text-field").first()).containsText("cloud metadata");
        assertThat(page.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("169.254.169.254")))
                .hasCount(0);
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
