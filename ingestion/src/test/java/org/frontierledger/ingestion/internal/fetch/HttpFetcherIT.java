package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class HttpFetcherIT {
    private static final String PAGE = "<html><head><title>Capex notes</title></head>"
            + "<body><p>Acme will spend $5 billion.</p></body></html>";
    private static HttpServer server;
    private static String base;

    // Generous for answers that come (a loaded CI machine is slow); short only where the test is the timeout.
    private final HttpFetcher fetcher =
            new HttpFetcher(new IngestionProperties(2_000, Duration.ofSeconds(20), 3, "FrontierLedger-test"));
    private final HttpFetcher impatient =
            new HttpFetcher(new IngestionProperties(2_000, Duration.ofSeconds(1), 3, "FrontierLedger-test"));

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article.html", exchange -> respond(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/redirect", exchange -> redirect(exchange, "/article.html"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/big", exchange -> respond(exchange, 200, "text/html", "x".repeat(5_000)));
        server.createContext("/report.pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF-1.7"));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "gone"));
        server.createContext("/slow", exchange -> {
            sleep(6_000);
            respond(exchange, 200, "text/html", PAGE);
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @Test
    void fetchesHtmlWithItsCharsetAndType() {
        FetchedPage page = fetcher.fetch(URI.create(base + "/article.html"));

        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.body()).contains("Acme will spend $5 billion.");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        FetchedPage page = fetcher.fetch(URI.create(base + "/redirect"));

        assertThat(page.url().getPath()).isEqualTo("/article.html");
    }

    @Test
    void refusesRedirectLoopsBeyondTheLimit() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/loop")))
                .isInstanceOf(IngestException.class).hasMessageContaining("more than 3 redirects");
    }

    @Test
    void rejectsPageLargerThanLimitWithClearMessage() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/big")))
                .isInstanceOf(IngestException.class).hasMessageContaining("larger than the limit of 2000 bytes");
    }

    @Test
    void rejectsNonHtmlContent() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/report.pdf")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("not an HTML or text page (content type application/pdf)");
    }

    @Test
    void reportsHttpErrors() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/missing")))
                .isInstanceOf(IngestException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void givesUpOnSlowServersAfterTheTimeout() {
        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/slow")))
                .isInstanceOf(IngestException.class).hasMessageContaining("no answer within 1 s");
    }

    @Test
    void reportsUnreachableHosts() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")))
                .isInstanceOf(IngestException.class).hasMessageContaining("cannot connect");
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://127.0.0.1/file.txt")))
                .isInstanceOf(IngestException.class).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(IngestException.class).hasMessageContaining("only http and https");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
