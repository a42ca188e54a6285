package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.frontierledger.ingestion.IngestException;
import org.frontierledger.ingestion.config.FetchProperties;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class HttpFetcherIT {
    private static final String PAGE =
            "<html><head><title>Capex notes</title></head>" + "<body><p>Acme will spend $5 billion.</p></body></html>";
    private static final String LATIN1_TEXT = "Notes de Zürich sur la société\nLa société Générale a annoncé que le"
            + " développement des modèles coûtera plus cher cette année. Les dépenses prévues pour les centres de"
            + " données ont été révisées à la hausse, a déclaré la directrice financière.\n";
    private static final byte[] GZIP_BOMB = gzippedZeros(50 * 1024 * 1024);
    private static HttpServer server;
    private static String base;

    /**
     * Loopback is refused by default; these fetchers allow it explicitly, with no pause between
     * requests. Generous time for answers that come (a loaded machine is slow); one second only
     * where the time limit is what the test is about.
     */
    private final HttpFetcher fetcher = new HttpFetcher(
            new IngestionProperties(2_000, Duration.ofSeconds(20), 3, "FrontierLedger-test"),
            FetchProperties.defaults().allowing("127.0.0.1").withHostDelay(Duration.ZERO));

    private final HttpFetcher impatient = new HttpFetcher(
            new IngestionProperties(2_000, Duration.ofSeconds(1), 3, "FrontierLedger-test"),
            FetchProperties.defaults().allowing("127.0.0.1").withHostDelay(Duration.ZERO));

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article.html", exchange -> respond(exchange, 200, "text/html; charset=utf-8", PAGE));
        server.createContext("/redirect", exchange -> redirect(exchange, "/article.html"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/big", exchange -> respond(exchange, 200, "text/html", "x".repeat(5_000)));
        server.createContext("/report.pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF-1.7"));
        server.createContext(
                "/feed.xml",
                exchange -> respond(
                        exchange,
                        200,
                        "application/rss+xml",
                        "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"));
        server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "gone"));
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, GZIP_BOMB.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(GZIP_BOMB);
            }
        });
        server.createContext("/drip", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write('x');
                    out.flush();
                    sleep(200);
                }
            } catch (IOException clientGaveUp) {
                // expected: the fetcher hangs up at its time limit
            }
        });
        server.createContext("/versioned", exchange -> {
            if ("\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"v7\"");
            exchange.getResponseHeaders().add("Last-Modified", "Mon, 02 Mar 2026 10:00:00 GMT");
            respond(exchange, 200, "text/html", PAGE);
        });
        server.createContext("/slow", exchange -> {
            sleep(3_000);
            respond(exchange, 200, "text/html", PAGE);
        });
        server.createContext(
                "/euro.html",
                exchange -> respondBytes(
                        exchange,
                        "text/html; charset=ISO-8859-15",
                        "<html><body><p>Preis: 5 € für Köln</p></body></html>"
                                .getBytes(Charset.forName("ISO-8859-15"))));
        server.createContext(
                "/latin1.txt",
                exchange -> respondBytes(exchange, "text/plain", LATIN1_TEXT.getBytes(StandardCharsets.ISO_8859_1)));
        server.createContext(
                "/lying.html",
                exchange -> respondBytes(
                        exchange,
                        "text/html; charset=utf-8",
                        "<html><body><p>Société Générale</p></body></html>".getBytes(StandardCharsets.ISO_8859_1)));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
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
    void decodesWithTheCharsetTheServerDeclares() {
        assertThat(fetcher.fetch(URI.create(base + "/euro.html")).body()).contains("Preis: 5 € für Köln");
    }

    @Test
    void detectsTheEncodingOfAPageThatDeclaresNone() {
        String body = fetcher.fetch(URI.create(base + "/latin1.txt")).body();

        assertThat(body).isEqualTo(LATIN1_TEXT).doesNotContain("\uFFFD");
    }

    @Test
    void refusesAPageWhoseBytesDoNotMatchItsDeclaredCharset() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/lying.html")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("the text cannot be decoded: its Content-Type declares UTF-8");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() {
        FetchedPage page = fetcher.fetch(URI.create(base + "/redirect"));

        assertThat(page.url().getPath()).isEqualTo("/article.html");
    }

    @Test
    void refusesRedirectLoopsBeyondTheLimit() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/loop")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void rejectsPageLargerThanLimitWithClearMessage() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/big")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("larger than the limit of 2000 bytes");
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
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void givesUpOnSlowServersAfterTheTimeout() {
        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/slow")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("no answer within 1 s");
    }

    @Test
    void reportsUnreachableHosts() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:" + closedPort + "/")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void refusesSchemesOtherThanHttp() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("ftp://127.0.0.1/file.txt")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> fetcher.fetch(URI.create("file:///etc/passwd")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void countsTheSizeLimitAfterDecompressingGzip() {
        assertThat(GZIP_BOMB.length).isLessThan(2_000_000);

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/bomb")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("larger than the limit of 2000 bytes");
    }

    @Test
    void givesUpOnABodyThatTricklesInPastTheTotalTimeout() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> impatient.fetch(URI.create(base + "/drip"))).isInstanceOf(IngestException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void asksConditionallyAndHearsThatNothingChanged() {
        FetchedPage first = fetcher.fetch(URI.create(base + "/versioned"));

        assertThat(first.etag()).isEqualTo("\"v7\"");
        assertThat(first.lastModified()).isEqualTo("Mon, 02 Mar 2026 10:00:00 GMT");
        assertThat(fetcher.fetch(URI.create(base + "/versioned"), HttpFetcher.PAGE_TYPES, first.validators()))
                .isEmpty();
    }

    @Test
    void acceptsFeedsOnlyWhenAskedFor() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/feed.xml")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("content type application/rss+xml");
        Set<String> pagesAndFeeds = new HashSet<>(HttpFetcher.PAGE_TYPES);
        pagesAndFeeds.addAll(HttpFetcher.FEED_TYPES);

        assertThat(fetcher.fetch(URI.create(base + "/feed.xml"), pagesAndFeeds, Validators.NONE))
                .get()
                .extracting(FetchedPage::contentType)
                .isEqualTo("application/rss+xml");
    }

    private static byte[] gzippedZeros(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void respondBytes(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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
