package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontierledger.ingestion.config.FetchProperties;
import org.frontierledger.ingestion.config.IngestionProperties;
import org.frontierledger.ingestion.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One request at a time per host, a pause between them, Retry-After obeyed; measured at a loopback server. */
class PolitenessIT {
    private static final Duration DELAY = Duration.ofMillis(400);
    private static final String PAGE = "<html><title>t</title><p>Some text.</p></html>";

    private final LoopbackServer server = new LoopbackServer();
    private final HttpFetcher fetcher = new HttpFetcher(
            new IngestionProperties(100_000, Duration.ofSeconds(5), 3, "FrontierLedger-test/1.0"),
            FetchProperties.defaults().allowing("127.0.0.1", "localhost").withHostDelay(DELAY));

    @BeforeEach
    void noRobotsTxt() {
        server.serve("/robots.txt", 404, "text/plain", "none");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void waitsTheConfiguredDelayBetweenRequestsToOneHost() throws Exception {
        server.serve("/a", 200, "text/html", PAGE);

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<FetchedPage>> pages = List.of(
                    threads.submit(() -> fetcher.fetch(URI.create(server.base() + "/a?1"))),
                    threads.submit(() -> fetcher.fetch(URI.create(server.base() + "/a?2"))),
                    threads.submit(() -> fetcher.fetch(URI.create(server.base() + "/a?3"))));
            for (Future<FetchedPage> page : pages) {
                page.get();
            }
        }

        List<LoopbackServer.Hit> hits = server.hits();
        assertThat(hits).hasSize(4); // robots.txt, then the three pages
        for (int i = 1; i < hits.size(); i++) {
            assertThat(Duration.ofNanos(hits.get(i).nanos() - hits.get(i - 1).nanos()))
                    .as("gap before request %d", i)
                    .isGreaterThanOrEqualTo(DELAY.minusMillis(5));
        }
    }

    @Test
    void neverSendsTwoRequestsToOneHostAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/slow", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            sleep(200);
            inFlight.decrementAndGet();
            LoopbackServer.respond(exchange, 200, "text/html", PAGE);
        });
        HttpFetcher eager = new HttpFetcher(
                new IngestionProperties(100_000, Duration.ofSeconds(5), 3, "FrontierLedger-test"),
                FetchProperties.defaults().allowing("127.0.0.1").withHostDelay(Duration.ZERO));

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 4; i++) {
                int n = i;
                threads.submit(() -> eager.fetch(URI.create(server.base() + "/slow?" + n)));
            }
        }

        assertThat(server.hits()).hasSize(5);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void requestsToDifferentHostsDoNotWaitForEachOther() throws Exception {
        server.serve("/a", 200, "text/html", PAGE);
        String other = server.base().replace("127.0.0.1", "localhost");
        long started = System.nanoTime();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> fetcher.fetch(URI.create(server.base() + "/a")));
            threads.submit(() -> fetcher.fetch(URI.create(other + "/a")));
        }

        // each host: robots.txt, a pause, the page; in parallel that is one pause, not two
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DELAY.multipliedBy(2));
        assertThat(server.hits("/a")).hasSize(2);
    }

    @Test
    void honoursRetryAfterForTheWholeHost() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                LoopbackServer.respond(exchange, 503, "text/html", "busy");
            } else {
                LoopbackServer.respond(exchange, 200, "text/html", PAGE);
            }
        });

        assertThatThrownBy(() -> fetcher.fetch(URI.create(server.base() + "/busy")))
                .isInstanceOf(RetryLaterException.class)
                .hasMessageContaining("retry after 1 s")
                .satisfies(
                        e -> assertThat(((RetryLaterException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        fetcher.fetch(URI.create(server.base() + "/busy"));

        List<LoopbackServer.Hit> busy = server.hits("/busy");
        assertThat(Duration.ofNanos(busy.get(1).nanos() - busy.get(0).nanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(995));
    }

    @Test
    void sendsTheIdentifyingUserAgent() {
        server.serve("/a", 200, "text/html", PAGE);

        fetcher.fetch(URI.create(server.base() + "/a"));

        assertThat(server.hits()).extracting(LoopbackServer.Hit::userAgent).containsOnly("FrontierLedger-test/1.0");
    }

    @Test
    void readsRetryAfterAsSecondsOrAsADate() {
        assertThat(HttpFetcher.retryAfter("120", Clock.systemUTC())).isEqualTo(Duration.ofSeconds(120));
        assertThat(HttpFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Clock.systemUTC()))
                .isEqualTo(Duration.ZERO);
        assertThat(HttpFetcher.retryAfter("soon", Clock.systemUTC())).isNull();
        Clock twoMinutesBefore = Clock.fixed(Instant.parse("2015-10-21T07:26:00Z"), ZoneOffset.UTC);
        assertThat(HttpFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", twoMinutesBefore))
                .isEqualTo(Duration.ofSeconds(120));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
