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

/**
 * Server-side request forgery: private and metadata addresses are refused by default, and a
 * redirect from an allowed host to one of them is refused before any connection is made. No test
 * sends traffic anywhere but loopback: a refused hop is refused before it is connected to.
 */
class SsrfIT {
    private static final IngestionProperties LIMITS =
            new IngestionProperties(100_000, Duration.ofSeconds(2), 3, "FrontierLedger-test");

    private final LoopbackServer server = new LoopbackServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loopbackIsRefusedUnlessAnAdminAllowsIt() {
        server.serve("/page", 200, "text/html", "<p>hello</p>");
        HttpFetcher byDefault =
                new HttpFetcher(LIMITS, FetchProperties.defaults().withHostDelay(Duration.ZERO));

        assertThatThrownBy(() -> byDefault.fetch(URI.create(server.base() + "/page")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("127.0.0.1 resolves to 127.0.0.1, a loopback address");
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void aRedirectToTheMetadataServiceIsRefused() {
        assertRedirectRefused("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "cloud metadata");
        assertRedirectRefused("http://[fd00:ec2::254]/latest/meta-data/", "cloud metadata");
        assertRedirectRefused("http://metadata.google.internal/computeMetadata/v1/", "cloud metadata");
    }

    @Test
    void aRedirectToAPrivateOrUnlistedLoopbackHostIsRefused() {
        assertRedirectRefused("http://10.0.0.1/admin", "a private address");
        assertRedirectRefused("http://192.168.0.1/", "a private address");
        assertRedirectRefused(
                "http://localhost:" + URI.create(server.base()).getPort() + "/page", "a loopback address");
        assertRedirectRefused("file:///etc/passwd", "only http and https");
    }

    private void assertRedirectRefused(String target, String why) {
        server.route("/go", exchange -> LoopbackServer.redirect(exchange, target));
        server.serve("/page", 200, "text/html", "<p>hello</p>");
        HttpFetcher allowingLoopback = new HttpFetcher(
                LIMITS, FetchProperties.defaults().allowing("127.0.0.1").withHostDelay(Duration.ZERO));
        long started = System.nanoTime();

        assertThatThrownBy(() -> allowingLoopback.fetch(URI.create(server.base() + "/go")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining(why);
        // refused at once: a connection attempt to a non-routable address would have taken the timeout
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(server.hits("/page")).isEmpty();
    }
}
