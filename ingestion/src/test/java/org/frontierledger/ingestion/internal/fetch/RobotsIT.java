package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.config.FetchProperties;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.frontierledger.ingestion.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 says: each test has a server (an origin) of its own, so no cache is shared. */
class RobotsIT {
    private static final String PAGE = "<html><title>t</title><p>Some text.</p></html>";

    private final LoopbackServer server = new LoopbackServer();
    private final HttpFetcher fetcher = new HttpFetcher(
            new IngestionProperties(100_000, Duration.ofSeconds(1), 3, "FrontierLedger-test/1.0"),
            FetchProperties.defaults().allowing("127.0.0.1").withHostDelay(Duration.ZERO));

    @AfterEach
    void stop() {
        server.close();
    }

    private URI url(String path) {
        return URI.create(server.base() + path);
    }

    @Test
    void fetchesWhatRobotsTxtAllowsAndRefusesTheRest() {
        server.serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /private\n");
        server.serve("/public", 200, "text/html", PAGE).serve("/private", 200, "text/html", PAGE);

        assertThat(fetcher.fetch(url("/public")).body()).contains("Some text");
        assertThatThrownBy(() -> fetcher.fetch(url("/private/page")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("robots.txt does not allow FrontierLedger-test to fetch /private/page");
        assertThat(server.hits("/private/page")).isEmpty();
        assertThat(server.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void aGroupForOurUserAgentDisallowsEverything() {
        server.serve(
                "/robots.txt",
                200,
                "text/plain",
                "User-agent: *\nAllow: /\n\nUser-agent: FrontierLedger-test\nDisallow: /\n");
        server.serve("/public", 200, "text/html", PAGE);

        assertThatThrownBy(() -> fetcher.fetch(url("/public"))).hasMessageContaining("robots.txt does not allow");
        assertThat(server.hits("/public")).isEmpty();
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        server.serve("/robots.txt", 404, "text/plain", "not here");
        server.serve("/public", 200, "text/html", PAGE);

        assertThat(fetcher.fetch(url("/public")).body()).contains("Some text");
    }

    @Test
    void aServerErrorOnRobotsTxtDisallowsEverything() {
        server.serve("/robots.txt", 500, "text/plain", "oops");
        server.serve("/public", 200, "text/html", PAGE);

        assertThatThrownBy(() -> fetcher.fetch(url("/public")))
                .hasMessageContaining("robots.txt answered HTTP 500, which RFC 9309 reads as disallow all");
        assertThat(server.hits("/public")).isEmpty();
    }

    @Test
    void aRobotsTxtThatNeverAnswersDisallowsEverything() {
        server.route("/robots.txt", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.serve("/public", 200, "text/html", PAGE);

        assertThatThrownBy(() -> fetcher.fetch(url("/public"))).hasMessageContaining("robots.txt could not be fetched");
        assertThat(server.hits("/public")).isEmpty();
    }
}
