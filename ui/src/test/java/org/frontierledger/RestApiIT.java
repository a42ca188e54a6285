package org.frontierledger;

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
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The REST API over a real server and a real HTTP client, with HTTP Basic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.sample-data.enabled=false")
class RestApiIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    ProjectionReplayer replayer;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("rest"));
    }

    @BeforeEach
    void corpusIngested() throws Exception {
        LedgerTestSupport.corpusDocuments().forEach(file -> ingest.ingestFile(file, "tester"));
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
    }

    private HttpResponse<String> get(String pathAndQuery, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
        if (authenticated) {
            String credentials = "admin:" + LedgerTestSupport.ADMIN_PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsWithHighlightedFragments() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("DeepSeek"), true);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("total").asLong()).isPositive();
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("fragment").asText()).contains("<mark>DeepSeek</mark>");
        assertThat(hit.get("quote").asText()).containsIgnoringCase("deepseek");
        assertThat(hit.has("document") && hit.has("date") && hit.has("type") && hit.has("speaker")).isTrue();
    }

    @Test
    void searchNarrowsByFacetsAndCountsThem() throws Exception {
        // given
        JsonNode all = json.readTree(get("/api/search?limit=1", true).body());
        long capexClaims = countOf(all.get("facets").get("type"), "CAPEX");
        assertThat(capexClaims).isPositive();

        // when
        HttpResponse<String> response = get("/api/search?type=CAPEX&sort=newest&limit=100", true);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode capex = json.readTree(response.body());
        assertThat(capex.get("total").asLong()).isEqualTo(capexClaims);
        assertThat(capex.get("facets").get("type")).allSatisfy(v -> assertThat(v.get("value").asText()).isNotBlank());
        assertThat(countOf(capex.get("facets").get("type"), "CAPEX")).isEqualTo(capexClaims);
        java.util.List<String> dates = new java.util.ArrayList<>();
        capex.get("hits").forEach(hit -> {
            dates.add(hit.get("date").asText());
            assertThat(hit.get("facts").findValuesAsText("type")).contains("CAPEX");
        });
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void searchTakesFieldsAndRangesInTheQuery() throws Exception {
        JsonNode big = json.readTree(get("/api/search?limit=100&q=" + q("amount:>=10B"), true).body());

        assertThat(big.get("total").asLong()).isPositive();
        big.get("hits").forEach(hit -> assertThat(hit.get("facts").findValues("amountUsd"))
                .anySatisfy(amount -> assertThat(amount.asLong()).isGreaterThanOrEqualTo(10_000_000_000L)));
    }

    @Test
    void moreLikeAClaimLeavesTheClaimOut() throws Exception {
        String id = json.readTree(get("/api/search?q=" + q("DeepSeek"), true).body()).get("hits").get(0)
                .get("id").asText();

        JsonNode alike = json.readTree(get("/api/search?like=" + q(id), true).body());

        assertThat(alike.get("hits").findValuesAsText("id")).isNotEmpty().doesNotContain(id);
    }

    private static long countOf(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asLong();
            }
        }
        return 0;
    }

    @Test
    void eventsFilterByTypeAndCompany() throws Exception {
        HttpResponse<String> response = get("/api/events?type=CAPEX&org=" + q("Amazon"), true);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode events = json.readTree(response.body());
        assertThat(events).isNotEmpty();
        events.forEach(event -> {
            assertThat(event.get("type").asText()).isEqualTo("CAPEX");
            assertThat(event.get("org").asText() + event.get("subject").asText()).containsIgnoringCase("amazon");
        });
    }

    @Test
    void asOfADateBeforeTheLedgerFindsNothingAndAsOfNowFindsWhatIsThere() throws Exception {
        JsonNode then = json.readTree(get("/api/search?q=" + q("DeepSeek") + "&asOf=2000-01-01", true).body());
        JsonNode now = json.readTree(get("/api/search?q=" + q("DeepSeek") + "&asOf="
                + q(java.time.Instant.now().plusSeconds(1).toString()), true).body());
        JsonNode eventsThen = json.readTree(get("/api/events?type=CAPEX&asOf=2000-01-01", true).body());
        JsonNode eventsNow = json.readTree(get("/api/events?type=CAPEX&asOf="
                + q(java.time.Instant.now().plusSeconds(1).toString()), true).body());

        assertThat(then.get("total").asLong()).isZero();
        assertThat(now.get("total").asLong()).isEqualTo(
                json.readTree(get("/api/search?q=" + q("DeepSeek"), true).body()).get("total").asLong()).isPositive();
        assertThat(eventsThen).isEmpty();
        assertThat(eventsNow).hasSameSizeAs(json.readTree(get("/api/events?type=CAPEX", true).body())).isNotEmpty();
    }

    @Test
    void malformedInputIsA400WithAMessage() throws Exception {
        HttpResponse<String> syntax = get("/api/search?q=" + q("\"unclosed phrase"), true);
        HttpResponse<String> wildcard = get("/api/search?q=" + q("*seek"), true);
        HttpResponse<String> type = get("/api/events?type=SPACESHIP", true);
        HttpResponse<String> date = get("/api/events?from=yesterday", true);
        HttpResponse<String> amount = get("/api/search?q=" + q("amount:>=lots"), true);
        HttpResponse<String> sort = get("/api/search?q=hbm&sort=sideways", true);
        HttpResponse<String> tooLong = get("/api/search?q=" + q("hbm ".repeat(200)), true);
        HttpResponse<String> asOf = get("/api/events?asOf=last-tuesday", true);

        assertThat(json.readTree(amount.body()).get("error").asText()).contains("'lots' is not an amount");
        assertThat(json.readTree(asOf.body()).get("error").asText()).contains("asOf must be a date like 2025-03-01");
        for (HttpResponse<String> response : java.util.List.of(syntax, wildcard, type, date, amount, sort, tooLong,
                asOf)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void requiresLogin() throws Exception {
        assertThat(get("/api/search?q=x", false).statusCode()).isEqualTo(401);
    }
}
