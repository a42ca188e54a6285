package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.DocumentRevised;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.event.SourceRunCompleted;
import org.frontierledger.eventstore.event.SourceRunFailed;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.ingestion.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Subscribed feeds, pages and folders run against a real HTTP server on loopback, with the event
 * store on H2. Loopback is allowed for this test only ({@code ledger.fetch.allowed-hosts}).
 */
@SpringBootTest(classes = IngestionTestApplication.class)
class SourceRunsIT {
    private static final Path WATCH_ROOT = Path.of("target", "watch-root").toAbsolutePath();

    @Autowired
    SourceService sources;

    @Autowired
    IngestService ingest;

    @Autowired
    EventStore eventStore;

    private final LoopbackServer server = new LoopbackServer();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "source-runs-it");
        registry.add("ledger.fetch.allowed-hosts", () -> "127.0.0.1");
        registry.add("ledger.fetch.host-delay", () -> "20ms");
        registry.add("ledger.ingest.max-bytes", () -> "200000");
        registry.add("ledger.ingest.timeout", () -> "2s");
        registry.add("ledger.sources.polling", () -> "false");
        registry.add("ledger.sources.watch-roots", WATCH_ROOT::toString);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String page(String title, String sentence) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + sentence
                + "</p></article></body></html>";
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String path : paths) {
            items.append("<item><title>")
                    .append(path)
                    .append("</title><link>")
                    .append(server.base())
                    .append(path)
                    .append("</link><guid>")
                    .append(path)
                    .append("</guid></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test news</title>"
                + "<link>" + server.base() + "</link><description>d</description>" + items + "</channel></rss>";
    }

    @Test
    void aFeedPolledTwiceAddsNothingTheSecondTime() {
        server.serve(
                "/one.html",
                200,
                "text/html",
                page(
                        "Meta capex",
                        "Meta guided 2025 capital expenditures of $64 billion to $72 billion, says Susan Li."));
        server.serve(
                "/two.html",
                200,
                "text/html",
                page("Globex round", "Investors valued Globex at $40 billion in a new round."));
        server.serve("/feed.xml", 200, "application/rss+xml", rss("/one.html", "/two.html"));
        SourceId feed = sources.add(SourceKind.FEED, server.base() + "/feed.xml", null, "ana");
        long documentsBefore = count(DocumentIngested.class);

        SourceRunReport first = sources.runAndWait(feed, "ana", report -> {});
        SourceRunReport second = sources.runAndWait(feed, "ana", report -> {});

        assertThat(first.found()).isEqualTo(2);
        assertThat(first.recorded()).isEqualTo(2);
        assertThat(first.marketEvents()).isPositive();
        assertThat(second.found()).isZero();
        assertThat(second.recorded()).isZero();
        assertThat(count(DocumentIngested.class)).isEqualTo(documentsBefore + 2);
        assertThat(server.hits("/one.html")).hasSize(1);
        assertThat(sourceEvents(feed))
                .filteredOn(SourceRunCompleted.class::isInstance)
                .hasSize(2);
    }

    @Test
    void readsAtomFeedsWithRelativeLinksAndSkipsEntriesSeenByContent() {
        server.serve("/posts/a", 200, "text/html", page("Umbrella prices", "Umbrella cut the price of its model."));
        server.serve("/mirror/a", 200, "text/html", page("Umbrella prices", "Umbrella cut the price of its model."));
        server.serve("/atom.xml", 200, "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom news</title><id>urn:test:atom</id><updated>2026-03-02T10:00:00Z</updated>
                  <entry><title>A</title><id>urn:a</id><link href="/posts/a"/><updated>2026-03-01T10:00:00Z</updated></entry>
                  <entry><title>A again</title><id>urn:b</id><link href="/mirror/a"/><updated>2026-03-02T10:00:00Z</updated></entry>
                </feed>""");
        SourceId feed = sources.add(SourceKind.FEED, server.base() + "/atom.xml", null, "ana");
        List<IngestReport> documents = new ArrayList<>();

        SourceRunReport run = sources.runAndWait(feed, "ana", documents::add);

        assertThat(run.found()).isEqualTo(2);
        assertThat(run.recorded()).isEqualTo(1);
        assertThat(documents)
                .extracting(IngestReport::status)
                .containsExactly(IngestReport.Status.RECORDED, IngestReport.Status.ALREADY_KNOWN);
        assertThat(documents.getFirst().source()).isEqualTo(server.base() + "/posts/a");
    }

    @Test
    void aChangedPageBecomesARevisionAndAnUnchangedPageRecordsNothing() {
        server.serve("/pricing", 200, "text/html", page("Widget pricing", "Widget costs $1 per million input tokens."));
        SourceId watched = sources.add(SourceKind.PAGE, server.base() + "/pricing", null, "ana");
        SourceRunReport first = sources.runAndWait(watched, "ana", report -> {});
        server.serve("/pricing", 200, "text/html", page("Widget pricing", "Widget costs $2 per million input tokens."));
        long documentsBefore = count(DocumentIngested.class);

        SourceRunReport changed = sources.runAndWait(watched, "ana", report -> {});
        long documentsAfterChange = count(DocumentIngested.class);
        SourceRunReport unchanged = sources.runAndWait(watched, "ana", report -> {});

        assertThat(first.recorded()).isEqualTo(1);
        assertThat(changed.recorded()).isEqualTo(1);
        assertThat(documentsAfterChange).isEqualTo(documentsBefore + 1);
        List<Object> stream = sourceEvents(watched);
        assertThat(stream)
                .filteredOn(DocumentRevised.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((DocumentRevised) e).url()).isEqualTo(server.base() + "/pricing"));
        assertThat(unchanged.found()).isZero();
        assertThat(count(DocumentIngested.class)).isEqualTo(documentsAfterChange);
        assertThat(sourceEvents(watched))
                .filteredOn(DocumentRevised.class::isInstance)
                .hasSize(1);
    }

    @Test
    void asksConditionallyWhenTheServerGaveValidators() {
        server.route("/etag", exchange -> {
            if ("\"p1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("ETag", "\"p1\"");
            LoopbackServer.respond(exchange, 200, "text/html", page("Stable page", "Nothing changes here, ever."));
        });
        SourceId watched = sources.add(SourceKind.PAGE, server.base() + "/etag", null, "ana");

        sources.runAndWait(watched, "ana", report -> {});
        SourceRunReport second = sources.runAndWait(watched, "ana", report -> {});

        assertThat(second.found()).isZero();
        assertThat(server.hits("/etag"))
                .extracting(LoopbackServer.Hit::ifNoneMatch)
                .containsExactly("", "\"p1\"");
    }

    @Test
    void aFailingSourceShowsItsErrorAndBacksOff() {
        server.serve("/broken.xml", 500, "text/plain", "oops");
        SourceId feed = sources.add(SourceKind.FEED, server.base() + "/broken.xml", null, "ana");
        long documentsBefore = count(DocumentIngested.class);

        SourceRunReport first = sources.runAndWait(feed, "ana", report -> {});
        sources.runAndWait(feed, "ana", report -> {});

        assertThat(first.error()).contains("HTTP 500");
        List<SourceRunFailed> failures = sourceEvents(feed).stream()
                .filter(SourceRunFailed.class::isInstance)
                .map(SourceRunFailed.class::cast)
                .toList();
        assertThat(failures).extracting(SourceRunFailed::consecutiveFailures).containsExactly(1, 2);
        assertThat(Duration.between(failures.get(0).nextRunAt(), failures.get(1).nextRunAt()))
                .isGreaterThan(Duration.ofMinutes(59));
        assertThat(count(DocumentIngested.class)).isEqualTo(documentsBefore);
    }

    @Test
    void aFeedServedAsSomethingElseFailsClearlyAndStoresNothing() {
        server.serve("/report.pdf", 200, "application/pdf", "%PDF-1.7");
        server.serve("/notafeed.html", 200, "text/html", page("Just a page", "No feed here."));
        SourceId pdf = sources.add(SourceKind.FEED, server.base() + "/report.pdf", null, "ana");
        SourceId html = sources.add(SourceKind.FEED, server.base() + "/notafeed.html", null, "ana");
        long documentsBefore = count(DocumentIngested.class);

        assertThat(sources.runAndWait(pdf, "ana", report -> {}).error()).contains("content type application/pdf");
        assertThat(sources.runAndWait(html, "ana", report -> {}).error()).contains("not an RSS or Atom feed");
        assertThat(count(DocumentIngested.class)).isEqualTo(documentsBefore);
    }

    @Test
    void aHugeEntryFailsAloneAndIsTriedAgainNextRun() {
        server.serve("/ok.html", 200, "text/html", page("Small", "Hooli will spend $3 billion on chips in 2026."));
        server.serve("/huge.html", 200, "text/html", page("Huge", "x".repeat(300_000)));
        server.serve("/mixed.xml", 200, "application/rss+xml", rss("/ok.html", "/huge.html"));
        SourceId feed = sources.add(SourceKind.FEED, server.base() + "/mixed.xml", null, "ana");

        SourceRunReport first = sources.runAndWait(feed, "ana", report -> {});
        SourceRunReport second = sources.runAndWait(feed, "ana", report -> {});

        assertThat(first.recorded()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.error()).contains("larger than the limit of 200000 bytes");
        assertThat(second.found()).isEqualTo(1);
        assertThat(server.hits("/huge.html")).hasSize(2);
    }

    @Test
    void ingestingAFeedUrlReportsEachEntry() {
        server.serve("/x.html", 200, "text/html", page("X", "Initrode raised $500 million in new funding."));
        server.serve("/y.html", 200, "text/html", page("Y", "Vandelay released its Atlas-3 model."));
        server.serve("/cli.xml", 200, "text/xml", rss("/x.html", "/y.html"));
        List<IngestReport> progress = new ArrayList<>();

        List<IngestReport> reports = ingest.ingest(server.base() + "/cli.xml", "cli:test", progress::add);

        assertThat(reports).hasSize(2).isEqualTo(progress);
        assertThat(reports)
                .extracting(IngestReport::source)
                .containsExactly(server.base() + "/x.html", server.base() + "/y.html");
    }

    @Test
    void watchesAFolderUnderAWatchRoot() throws IOException {
        Path folder = Files.createDirectories(WATCH_ROOT.resolve("inbox-" + System.nanoTime()));
        Files.writeString(folder.resolve("note.txt"), "Note\nAcme will spend $7 billion on data centers in 2027.");
        SourceId watched = sources.add(SourceKind.FOLDER, folder.toString(), null, "ana");

        SourceRunReport first = sources.runAndWait(watched, "ana", report -> {});
        SourceRunReport second = sources.runAndWait(watched, "ana", report -> {});

        assertThat(first.recorded()).isEqualTo(1);
        assertThat(second.found()).isZero();
        assertThatThrownBy(() -> sources.add(SourceKind.FOLDER, "/etc", null, "ana"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("ledger.sources.watch-roots");
    }

    @Test
    void refusesToSubscribeToPrivateOrMetadataAddresses() {
        assertThatThrownBy(() -> sources.add(SourceKind.FEED, "http://169.254.169.254/latest/meta-data/", null, "ana"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> sources.add(SourceKind.PAGE, "http://10.0.0.1/pricing", null, "ana"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("private address");
        assertThatThrownBy(() -> sources.add(SourceKind.PAGE, "ftp://example.org/pricing", null, "ana"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void aRedirectToAPrivateAddressFailsTheRunAndRecordsNothing() {
        server.route("/sneaky.xml", exchange -> LoopbackServer.redirect(exchange, "http://10.0.0.1/feed.xml"));
        SourceId feed = sources.add(SourceKind.FEED, server.base() + "/sneaky.xml", null, "ana");
        long documentsBefore = count(DocumentIngested.class);

        SourceRunReport run = sources.runAndWait(feed, "ana", report -> {});

        assertThat(run.error()).contains("refused").contains("10.0.0.1");
        assertThat(count(DocumentIngested.class)).isEqualTo(documentsBefore);
    }

    @Test
    void subscribingTwiceIsRefusedAndAPausedSourceCanStillBeRunByHand() {
        server.serve("/p.html", 200, "text/html", page("P", "Some words."));
        SourceId watched = sources.add(SourceKind.PAGE, server.base() + "/p.html", null, "ana");

        assertThatThrownBy(() -> sources.add(SourceKind.PAGE, server.base() + "/p.html", null, "ana"))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("subscribed already");
        sources.pause(watched, "ana");
        assertThat(sources.runAndWait(watched, "ana", report -> {}).recorded()).isEqualTo(1);
        sources.remove(watched, "ana");
        assertThatThrownBy(() -> sources.runAndWait(watched, "ana", report -> {}))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("removed");
    }

    private List<Object> sourceEvents(SourceId id) {
        DomainEventStream stream = eventStore.readEvents(id.value());
        List<Object> payloads = new ArrayList<>();
        stream.forEachRemaining(event -> payloads.add(event.getPayload()));
        return payloads;
    }

    private long count(Class<?> type) {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> all = eventStore.openStream(null)) {
            while (all.hasNextAvailable()) {
                EventMessage<?> event = all.nextAvailable();
                if (type.isInstance(event.getPayload())) {
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return count;
    }
}
