package org.frontierledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontierledger.digest.DigestArchive;
import org.frontierledger.digest.DigestSchedule;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.ui.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The weekly digest delivered: the REST API, the schedule on a fixed clock, the Atom feed, and
 * the digest page in Chromium, over the sample data a first start loads (its capex briefing is
 * dated 7 February 2025, in 2025-W06) and a briefing of our own dated in the scheduled week. The
 * clock is fixed at the first Monday 06:00 after the test starts, so every event the test records
 * is recorded before "now".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ledger.digest.schedule=-")
@Import(WeeklyDigestIT.FixedClock.class)
class WeeklyDigestIT {
    /** The next Monday 06:00 UTC: the schedule's moment. */
    static final Instant MONDAY = LocalDate.now(ZoneOffset.UTC)
            .plusDays(1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .atTime(6, 0)
            .toInstant(ZoneOffset.UTC);
    /** The week the schedule writes: the one before {@link #MONDAY}. */
    static final IsoWeek WEEK =
            IsoWeek.lastComplete(MONDAY.atZone(ZoneOffset.UTC).toLocalDate());

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SourceQueries sources;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    DigestSchedule schedule;

    @Autowired
    DigestArchive archive;

    @Autowired
    IngestService ingest;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(MONDAY, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("digest"));
    }

    @BeforeEach
    void sampleDataLoaded() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> sources.count() >= 3);
        String date = WEEK.monday().plusDays(2).format(DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
        String briefing = "Spending briefing for the digest test\n" + date + "\n\n"
                + "Microsoft expects to spend about $90 billion on AI data centers in fiscal 2027.\n";
        ingest.ingestContent(
                "digest-test-briefing.txt", "text/plain", briefing.getBytes(StandardCharsets.UTF_8), "tester");
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
    }

    private HttpResponse<byte[]> get(String path, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authenticated) {
            String credentials = "admin:" + LedgerTestSupport.ADMIN_PASSWORD;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void restServesTheWeekInEveryFormat() throws Exception {
        HttpResponse<byte[]> md = get("/api/digest/2025-W06.md", true);
        HttpResponse<byte[]> html = get("/api/digest/2025-W06.html", true);
        HttpResponse<byte[]> pdf = get("/api/digest/2025-W06.pdf", true);
        HttpResponse<byte[]> csv = get("/api/digest/2025-W06.csv", true);
        HttpResponse<byte[]> json = get("/api/digest/2025-W06.json", true);

        assertThat(List.of(md, html, pdf, csv, json))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(text(md))
                .startsWith("# Frontier Ledger weekly digest: 2025-W06")
                .contains("$80B", "Microsoft");
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'none'");
        assertThat(html.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("frontier-ledger-digest-2025-W06.html");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Type")).get().isEqualTo("application/pdf");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text(csv)))
                .getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("week")).isEqualTo("2025-W06"));
        assertThat(new ObjectMapper().readTree(json.body()).at("/digest/week").asText())
                .isEqualTo("2025-W06");
    }

    @Test
    void asOfBeforeTheSamplesWereRecordedGivesAnEmptyWeekThatSaysSo() throws Exception {
        HttpResponse<byte[]> md = get("/api/digest/2025-W06.md?asOf=2020-01-01T00:00:00Z", true);

        assertThat(md.statusCode()).isEqualTo(200);
        assertThat(text(md)).contains("Nothing was reported in 2025-W06");
    }

    @Test
    void badInputIsA400WithAMessageAndLoginIsRequired() throws Exception {
        for (String path : List.of(
                "/api/digest/2025-W60.md",
                "/api/digest/2025-W06.docx",
                "/api/digest/2025-W06.md?asOf=yesterday",
                "/api/digest/last-week.md")) {
            HttpResponse<byte[]> response = get(path, true);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(new ObjectMapper().readTree(response.body()).get("error").asText())
                    .isNotBlank();
        }
        assertThat(get("/api/digest/2025-W06.md", false).statusCode()).isEqualTo(401);
        assertThat(get("/digests.atom", false).statusCode()).isEqualTo(401);
    }

    @Test
    void scheduleWritesEveryFormatOnceAndTheFeedListsIt() throws Exception {
        // given the schedule ran once on the fixed Monday
        assertThat(schedule.writeLastCompleteWeek()).contains(WEEK);
        Map<Path, FileTime> written = snapshot();
        Map<Path, byte[]> bytes = new HashMap<>();
        for (Path file : written.keySet()) {
            bytes.put(file, Files.readAllBytes(file));
        }

        // when it runs again, and the read models are rebuilt from the events
        assertThat(schedule.writeLastCompleteWeek()).isEmpty();
        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(60));

        // then nothing was written again, and the feed lists the week
        assertThat(written.keySet())
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(Stream.of(DigestFormat.values())
                        .map(f -> f.fileName(WEEK))
                        .toList());
        assertThat(snapshot()).isEqualTo(written);
        for (Path file : written.keySet()) {
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes.get(file));
        }
        assertThat(archive.written()).extracting(DigestArchive.Written::week).containsExactly(WEEK);
        String feed = text(get("/digests.atom", true));
        assertThat(feed)
                .contains(
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                        "urn:frontier-ledger:digest:" + WEEK,
                        "/api/digest/archive/" + WEEK + ".pdf");
        HttpResponse<byte[]> archived = get("/api/digest/archive/" + WEEK + ".md", true);
        assertThat(archived.body()).isEqualTo(bytes.get(archive.folder(WEEK).resolve(DigestFormat.MD.fileName(WEEK))));
        assertThat(text(archived))
                .contains("**Generated:** " + MONDAY, "$90B", "Spending briefing for the digest test");
        assertThat(get("/api/digest/archive/2025-W05.md", true).statusCode()).isEqualTo(404);
    }

    private Map<Path, FileTime> snapshot() throws Exception {
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> files = Files.walk(archive.folder(WEEK).getParent())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(file, Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    @Test
    void digestPagePreviewsTheWeekAndDownloadsACsv() throws Exception {
        try (BrowserSupport browser = new BrowserSupport()) {
            Page page = browser.newPage();
            BrowserSupport.logIn(page, "http://127.0.0.1:" + port, "admin", LedgerTestSupport.ADMIN_PASSWORD);
            page.navigate("http://127.0.0.1:" + port + "/digest?week=2025-W06");

            FrameLocator preview = page.frameLocator("iframe[title='Digest preview']");
            PlaywrightAssertions.assertThat(preview.locator("h1")).hasText("Frontier Ledger weekly digest: 2025-W06");
            PlaywrightAssertions.assertThat(preview.locator("body")).containsText("Microsoft");
            BrowserSupport.screenshot(page, "digest");
            Download download = page.waitForDownload(
                    () -> page.locator("a[data-format='csv']").click());

            assertThat(download.suggestedFilename()).isEqualTo("frontier-ledger-digest-2025-W06.csv");
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\"week\",\"event_id\"").contains("\"2025-W06\"", "Microsoft");
        }
    }
}
