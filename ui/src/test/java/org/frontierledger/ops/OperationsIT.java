package org.frontierledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Health, readiness and the Prometheus scrape over a real server and a real HTTP client: what is
 * open, what needs ADMIN, and that the ledger's meters move when a document is ingested.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.sample-data.enabled=false")
// tests leave metrics export (and so the Prometheus endpoint) out unless asked
@AutoConfigureObservability
class OperationsIT {
    private static final String VIEWER_PASSWORD = "viewer-password-for-tests";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    UserAccounts accounts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("ops"));
    }

    @BeforeEach
    void aViewerExists() {
        if (accounts.all().stream().noneMatch(a -> a.username().equals("viewer"))) {
            accounts.create("viewer", VIEWER_PASSWORD, Role.VIEWER);
        }
    }

    private HttpResponse<String> get(String path, @Nullable String user, @Nullable String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            String credentials = user + ":" + password;
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> asAdmin(String path) throws Exception {
        return get(path, "admin", LedgerTestSupport.ADMIN_PASSWORD);
    }

    @Test
    void livenessAndReadinessAreOpenAndDetailsAreForAdminsOnly() throws Exception {
        // given: the processors have handled everything stored
        replayer.awaitCaughtUp(Duration.ofSeconds(60));

        // then: anyone may ask, and hears only the status
        HttpResponse<String> liveness = get("/actuator/health/liveness", null, null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(json.readTree(liveness.body()).get("status").asText()).isEqualTo("UP");
        HttpResponse<String> anonymous = get("/actuator/health/readiness", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode open = json.readTree(anonymous.body());
        assertThat(open.get("status").asText()).isEqualTo("UP");
        assertThat(open.has("components")).isFalse();
        assertThat(json.readTree(get("/actuator/health/readiness", "viewer", VIEWER_PASSWORD)
                                .body())
                        .has("components"))
                .isFalse();

        // and an admin sees the store and every processor's lag against the head
        JsonNode readiness = json.readTree(asAdmin("/actuator/health/readiness").body());
        JsonNode components = readiness.get("components");
        assertThat(components.fieldNames()).toIterable().contains("readinessState", "db", "eventProcessors");
        JsonNode processors = components.get("eventProcessors");
        assertThat(processors.get("status").asText()).isEqualTo("UP");
        assertThat(processors.get("details").get("maxLag").asLong()).isEqualTo(1000);
        JsonNode each = processors.get("details").get("processors");
        assertThat(each.size()).isGreaterThanOrEqualTo(3);
        each.forEach(p -> {
            assertThat(p.get("running").asBoolean()).isTrue();
            assertThat(p.get("lag").asLong()).isZero();
        });
        // liveness does not depend on the read side
        assertThat(json.readTree(asAdmin("/actuator/health/liveness").body())
                        .get("components")
                        .fieldNames())
                .toIterable()
                .containsExactly("livenessState");
    }

    @Test
    void prometheusNeedsAnAdminAndCarriesTheLedgersMeters() throws Exception {
        // given: one document recorded, the same one again (unchanged), one that fails, one refused fetch, one search
        var document = LedgerTestSupport.corpusDocuments().getFirst();
        IngestReport first = ingest.ingestFile(document, "tester");
        IngestReport again = ingest.ingestFile(document, "tester");
        ingest.ingestFile(document.resolveSibling("no-such-file.txt"), "tester");
        ingest.ingestUrl("http://169.254.169.254/latest/meta-data", "tester");
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        assertThat(first.status()).isIn(IngestReport.Status.RECORDED, IngestReport.Status.ALREADY_KNOWN);
        assertThat(again.status()).isEqualTo(IngestReport.Status.ALREADY_KNOWN);
        assertThat(get(
                                "/api/search?q=" + URLEncoder.encode("capex", StandardCharsets.UTF_8),
                                "admin",
                                LedgerTestSupport.ADMIN_PASSWORD)
                        .statusCode())
                .isEqualTo(200);

        // then: no login, a viewer, and an admin
        HttpResponse<String> anonymous = get("/actuator/prometheus", null, null);
        assertThat(anonymous.statusCode()).as("%s", anonymous.headers().map()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "viewer", VIEWER_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/metrics", "viewer", VIEWER_PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> scrape = asAdmin("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics)
                .containsPattern("ledger_events_appended_total\\{[^}]*type=\"DocumentIngested\"[^}]*\\} [1-9]")
                .containsPattern("ledger_events_appended_total\\{[^}]*type=\"ClaimRecorded\"[^}]*\\} [1-9]")
                .containsPattern("ledger_ingest_documents_total\\{[^}]*outcome=\"unchanged\"[^}]*\\} [1-9]")
                .containsPattern("ledger_ingest_documents_total\\{[^}]*outcome=\"failed\"[^}]*\\} [1-9]")
                .containsPattern("ledger_fetch_requests_total\\{[^}]*outcome=\"refused\"[^}]*\\} [1-9]")
                .containsPattern("ledger_processor_lag\\{[^}]*processor=\"[^\"]+\"[^}]*\\} 0\\.0")
                .containsPattern("ledger_search_seconds_bucket\\{[^}]*outcome=\"ok\"")
                .containsPattern("ledger_search_seconds_count\\{[^}]*outcome=\"ok\"[^}]*\\} [1-9]")
                .contains("ledger_events_head");
        assertThat(json.readTree(asAdmin("/actuator/metrics/ledger.ingest.documents")
                                .body())
                        .get("measurements")
                        .get(0)
                        .get("value")
                        .asDouble())
                .isGreaterThanOrEqualTo(2);
    }
}
