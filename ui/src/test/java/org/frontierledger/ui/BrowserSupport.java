package org.frontierledger.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless. Playwright must not download a browser of its
 * own (this machine has no internet), so it gets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} and the
 * system's executable.
 */
public final class BrowserSupport implements AutoCloseable {
    /** Where Debian's chromium package puts the browser; {@code LEDGER_CHROMIUM} overrides it. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("LEDGER_CHROMIUM", "/usr/bin/chromium"));

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    static {
        // Generous waits: a loaded 2-core machine can take seconds to render a view.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    public BrowserSupport() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("no Chromium at " + CHROMIUM
                    + ": install Debian's chromium package (.ci/run does) or set LEDGER_CHROMIUM");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** A new page in a fresh context, 1280×800. */
    public Page newPage() {
        return newPage(1280, 800);
    }

    /** A new page in a fresh context with this viewport (a phone is about 390×844). */
    public Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /** Saves a full-page screenshot under target/screenshots/. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    /** Logs in through the login form. */
    public static void logIn(Page page, String baseUrl, String user, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(user);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
