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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
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
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
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
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        String credentials = "admin:" + LedgerTestSupport.ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
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
        assertThat(hit.has("document") && hit.has("date") && hit.has("type") && hit.has("speaker"))
                .isTrue();
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
        assertThat(capex.get("facets").get("type"))
                .allSatisfy(v -> assertThat(v.get("value").asText()).isNotBlank());
        assertThat(countOf(capex.get("facets").get("type"), "CAPEX")).isEqualTo(capexClaims);
        List<String> dates = new ArrayList<>();
        capex.get("hits").forEach(hit -> {
            dates.add(hit.get("date").asText());
            assertThat(hit.get("facts").findValuesAsText("type")).contains("CAPEX");
        });
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void searchTakesFieldsAndRangesInTheQuery() throws Exception {
        JsonNode big = json.readTree(
                get("/api/search?limit=100&q=" + q("amount:>=10B"), true).body());

        assertThat(big.get("total").asLong()).isPositive();
        big.get("hits")
                .forEach(hit -> assertThat(hit.get("facts").findValues("amountUsd"))
                        .anySatisfy(amount -> assertThat(amount.asLong()).isGreaterThanOrEqualTo(10_000_000_000L)));
    }

    @Test
    void moreLikeAClaimLeavesTheClaimOut() throws Exception {
        String id = json.readTree(get("/api/search?q=" + q("DeepSeek"), true).body())
                .get("hits")
                .get(0)
                .get("id")
                .asText();

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
            assertThat(event.get("org").asText() + event.get("subject").asText())
                    .containsIgnoringCase("amazon");
        });
    }

    @Test
    void asOfADateBeforeTheLedgerFindsNothingAndAsOfNowFindsWhatIsThere() throws Exception {
        JsonNode then = json.readTree(
                get("/api/search?q=" + q("DeepSeek") + "&asOf=2000-01-01", true).body());
        JsonNode now = json.readTree(get(
                        "/api/search?q=" + q("DeepSeek") + "&asOf="
                                + q(Instant.now().plusSeconds(1).toString()),
                        true)
                .body());
        JsonNode eventsThen = json.readTree(
                get("/api/events?type=CAPEX&asOf=2000-01-01", true).body());
        JsonNode eventsNow = json.readTree(get(
                        "/api/events?type=CAPEX&asOf="
                                + q(Instant.now().plusSeconds(1).toString()),
                        true)
                .body());

        assertThat(then.get("total").asLong()).isZero();
        assertThat(now.get("total").asLong())
                .isEqualTo(json.readTree(
                                get("/api/search?q=" + q("DeepSeek"), true).body())
                        .get("total")
                        .asLong())
                .isPositive();
        assertThat(eventsThen).isEmpty();
        assertThat(eventsNow)
                .hasSameSizeAs(json.readTree(get("/api/events?type=CAPEX", true).body()))
                .isNotEmpty();
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
        for (HttpResponse<String> response : List.of(syntax, wildcard, type, date, amount, sort, tooLong, asOf)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void savedSearchesAreSavedListedCountNewClaimsRunAndDeleted() throws Exception {
        HttpResponse<String> created = send(
                "POST",
                "/api/saved-searches",
                "{\"name\": \"HBM watch\", \"q\": \"hbm OR capex\", \"sort\": \"newest\","
                        + " \"filters\": {\"type\": [\"CAPEX\", \"PRICE\"]}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode saved = json.readTree(created.body());
        String id = saved.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/saved-searches/" + id);
        assertThat(saved.get("q").asText()).isEqualTo("hbm OR capex");
        assertThat(saved.get("sort").asText()).isEqualTo("newest");
        assertThat(saved.get("filters").get("type"))
                .extracting(JsonNode::asText)
                .containsExactly("CAPEX", "PRICE");
        assertThat(saved.get("newSinceLastRun").asLong()).isZero();

        ingest.ingestContent(
                "hbm-budget.txt",
                "text/plain",
                "Capex note\n\nMicrosoft expects to spend $12 billion on capex in 2027, much of it on HBM.\n"
                        .getBytes(StandardCharsets.UTF_8),
                "tester");
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        JsonNode listed = json.readTree(get("/api/saved-searches", true).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("name").asText()).isEqualTo("HBM watch");
        assertThat(listed.get(0).get("newSinceLastRun").asLong()).isEqualTo(1);

        HttpResponse<String> run = send("POST", "/api/saved-searches/" + id + "/run?limit=5", null);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        JsonNode hits = json.readTree(run.body());
        assertThat(hits.get("total").asLong()).isPositive();
        assertThat(hits.get("hits").get(0).get("quote").asText()).contains("$12 billion"); // newest first
        assertThat(hits.get("hits"))
                .allSatisfy(hit -> assertThat(hit.get("facts"))
                        .anySatisfy(
                                fact -> assertThat(fact.get("type").asText()).isIn("CAPEX", "PRICE")));
        assertThat(json.readTree(get("/api/saved-searches/" + id, true).body())
                        .get("newSinceLastRun")
                        .asLong())
                .isZero();

        assertThat(send("DELETE", "/api/saved-searches/" + id, null).statusCode())
                .isEqualTo(204);
        assertThat(get("/api/saved-searches/" + id, true).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/saved-searches/" + id + "/run", null).statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/saved-searches/" + id, null).statusCode())
                .isEqualTo(404);
        assertThat(json.readTree(get("/api/saved-searches", true).body())).isEmpty();
    }

    @Test
    void aSavedSearchThatCannotRunIsRefusedWithAMessageAndNothingIsSaved() throws Exception {
        List<HttpResponse<String>> refused = List.of(
                send("POST", "/api/saved-searches", "{\"name\": \"broken\", \"q\": \"\\\"unclosed\"}"),
                send("POST", "/api/saved-searches", "{\"name\": \"leading\", \"q\": \"*seek\"}"),
                send("POST", "/api/saved-searches", "{\"q\": \"hbm\"}"),
                send("POST", "/api/saved-searches", "{\"name\": \"typo\", \"query\": \"hbm\"}"),
                send("POST", "/api/saved-searches", "{\"name\": \"facet\", \"filters\": {\"colour\": [\"red\"]}}"),
                send("POST", "/api/saved-searches", "{\"name\": \"sorted\", \"sort\": \"sideways\"}"),
                send("POST", "/api/saved-searches", "not json at all"),
                send("POST", "/api/saved-searches", "[1, 2]"));

        assertThat(json.readTree(refused.get(3).body()).get("error").asText()).contains("unknown field 'query'");
        assertThat(json.readTree(refused.get(4).body()).get("error").asText()).contains("unknown facet 'colour'");
        for (HttpResponse<String> response : refused) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("error").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(json.readTree(get("/api/saved-searches", true).body())).isEmpty();
        assertThat(send("POST", "/api/saved-searches/no-such-id/run?limit=0", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void requiresLogin() throws Exception {
        assertThat(get("/api/search?q=x", false).statusCode()).isEqualTo(401);
    }
}
