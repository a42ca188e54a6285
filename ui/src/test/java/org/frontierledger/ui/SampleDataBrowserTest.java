package org.frontierledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.sample.SampleDataLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard on the sample data a first start loads, in headless Chromium: each test gets a
 * fresh page logged in as the admin, after the samples are stored and every projection has caught
 * up. Subclasses give their own data folder with a {@code @DynamicPropertySource}, so each class has
 * its own store (and Spring context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SampleDataBrowserTest {
    static BrowserSupport browser;

    @LocalServerPort
    int port;

    @Autowired
    SampleDataLoader samples;

    @Autowired
    ProjectionReplayer replayer;

    Page page;

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
        assertThat(samples.awaitLoaded(Duration.ofSeconds(120)))
                .as("the sample data is loaded")
                .isTrue();
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        page = browser.newPage();
        BrowserSupport.logIn(page, url(""), "admin", LedgerTestSupport.ADMIN_PASSWORD);
    }

    /** The address of a path on the server under test. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
