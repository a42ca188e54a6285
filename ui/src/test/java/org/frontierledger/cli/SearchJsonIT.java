package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code ledger search --json} writes each hit exactly as {@code GET /api/search} does: a running
 * server and the command (a separate process, reading the same index as last committed) answer the
 * same query, and their hits are compared field by field.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.sample-data.enabled=false")
class SearchJsonIT {
    private static final Path DATA_DIR = LedgerTestSupport.newDataDir("search-json");
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IngestService ingest;

    @Autowired
    ProjectionReplayer replayer;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, DATA_DIR);
    }

    @Test
    void theCommandsJsonOfAHitIsTheRestApis() throws Exception {
        LedgerTestSupport.corpusDocuments().forEach(file -> ingest.ingestFile(file, "tester"));
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        JsonNode rest = json.readTree(get("/api/search?q=capex&type=CAPEX&sort=newest&limit=3"))
                .get("hits");
        assertThat(rest).hasSize(3);

        // The index commits each batch as the processor handles it; the command reads the last commit.
        List<JsonNode> cli = new ArrayList<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    LedgerProcess search = LedgerProcess.start(
                            DATA_DIR.resolve("logs"),
                            Map.of("LEDGER_DATA_DIR", DATA_DIR.toString()),
                            "search",
                            "capex",
                            "--type",
                            "CAPEX",
                            "--sort",
                            "newest",
                            "--limit",
                            "3",
                            "--json");
                    assertThat(search.waitFor()).as(search.err()).isZero();
                    assertThat(search.frameworkLines()).isEmpty();
                    cli.clear();
                    for (String line : search.out().lines().toList()) {
                        cli.add(json.readTree(line));
                    }
                    assertThat(cli).hasSize(rest.size());
                });

        for (int i = 0; i < rest.size(); i++) {
            assertThat(cli.get(i)).as("hit %d", i).isEqualTo(rest.get(i));
        }
        JsonNode hit = cli.getFirst();
        assertThat(hit.get("type").asText()).isEqualTo("claim");
        assertThat(hit.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(hit.get("fragment").asText()).containsIgnoringCase("<mark>");
        assertThat(hit.get("facts"))
                .anySatisfy(fact -> assertThat(fact.get("type").asText()).isEqualTo("CAPEX"));
    }

    private String get(String pathAndQuery) throws Exception {
        String credentials = "admin:" + LedgerTestSupport.ADMIN_PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
