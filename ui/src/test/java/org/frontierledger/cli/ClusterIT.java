package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers of the packaged jar as two processes on one fresh PostgreSQL schema, each with its
 * own data folder (and so its own Lucene index), sharing a digest archive folder:
 * <ul>
 * <li>a document ingested into the shared store is found by search and shown on the timeline of
 *     node B (B's index processor indexes every event itself, and B reads the SQL read models
 *     whichever node's segments wrote them);
 * <li>a subscription due once is fetched once across both nodes (ShedLock on the poll, the
 *     registry's lease on the run), counted by the feed's own loopback server;
 * <li>the week's digest, scheduled on both nodes at the same instants, is written once;
 * <li>after node A dies by SIGKILL, node B takes over every segment of every SQL processor (Axon's
 *     token store, once A's claims time out) and keeps up with a document ingested after the kill.
 * </ul>
 * Documents go in through the command line against the same database, as a person would add them
 * to a running cluster.
 */
class ClusterIT {
    private static final String PASSWORD = "cluster-admin-password";
    private static final Duration START = Duration.ofMinutes(3);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<LedgerProcess> processes = new ArrayList<>();
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private Path work;
    private String schema;
    private HttpServer feed;
    private String feedBase;

    @BeforeEach
    void serveAFeed() throws IOException {
        work = LedgerTestSupport.newDataDir("cluster");
        schema = TestDatabases.newSchemaName("cluster");
        feed = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feed.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        feedBase = "http://127.0.0.1:" + feed.getAddress().getPort();
        feed.createContext("/feed.xml", exchange -> {
            feedRequests.incrementAndGet();
            respond(
                    exchange,
                    "application/rss+xml",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                            + "<title>Wire</title><link>" + feedBase + "</link><description>d</description>"
                            + "<item><title>Wire one</title><link>" + feedBase
                            + "/one.html</link></item></channel></rss>");
        });
        feed.createContext("/one.html", exchange -> {
            pageRequests.incrementAndGet();
            respond(
                    exchange,
                    "text/html",
                    "<html><title>Wire one</title><p>Amazon guided 2026 capital"
                            + " expenditures of $125 billion for the Wallabyvale campus.</p></html>");
        });
        feed.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (LedgerProcess process : processes) {
            process.kill();
        }
        feed.stop(0);
        TestDatabases.dropPostgresSchema(schema);
    }

    @Test
    void twoNodesShareOneStoreRunScheduledWorkOnceAndSurviveTheLossOfOne() throws Exception {
        Path archive = work.resolve("shared-digests");
        int portA = freePort();
        int portB = freePort();
        LedgerProcess nodeA = startNode("node-a", portA, archive);
        awaitReady(nodeA, portA);
        // (one after the other: the first start creates the admin user)
        LedgerProcess nodeB = startNode("node-b", portB, archive);
        awaitReady(nodeB, portB);

        // A document ingested into the shared store is found and shown by node B.
        Path first = work.resolve("docs-1");
        Files.createDirectories(first);
        Files.writeString(
                first.resolve("quokka.html"),
                "<html><title>Meta guidance</title><p>Meta guided 2025"
                        + " capital expenditures of $64 billion for the Quokkaridge campus.</p></html>");
        ingest(first);
        awaitTrue(
                "node B finds the document ingested into the shared store",
                Duration.ofMinutes(2),
                () -> searchTotal(portB, "Quokkaridge") >= 1 && timeline(portB).contains("Quokkaridge"));
        awaitTrue("node A finds it too", Duration.ofMinutes(1), () -> searchTotal(portA, "Quokkaridge") >= 1);

        // Each node keeps its own index processor and token; the SQL processors' tokens are shared.
        Map<String, List<String>> owners = claimOwners();
        assertThat(owners).containsKeys("claim-index@node-a", "claim-index@node-b", "timeline", "sources");
        assertThat(owners.get("claim-index@node-a")).allMatch(owner -> owner.startsWith("node-a/"));
        assertThat(owners.get("claim-index@node-b")).allMatch(owner -> owner.startsWith("node-b/"));

        // A subscription due once is fetched once across both nodes (both poll every second).
        LedgerProcess add = cli("source", "add", "feed", feedBase + "/feed.xml", "--every", "6h");
        assertThat(add.waitFor()).as(add.err()).isZero();
        awaitTrue(
                "the subscription's entry is recorded and indexed",
                Duration.ofMinutes(2),
                () -> searchTotal(portB, "Wallabyvale") >= 1);
        // Both nodes poll every second: over six more polls each, the feed and its entry stay fetched once.
        await("feed and entry fetched once across two nodes")
                .during(Duration.ofSeconds(6))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> feedRequests.get() == 1 && pageRequests.get() == 1);

        // The week's digest, scheduled on both nodes at the same instants (every 10 s), is written once.
        // (Node A may have written it before node B ran: the archive is emptied once both run, as
        // when a new week begins, and only what is written from then on counts.)
        awaitTrue(
                "the digest is written",
                Duration.ofMinutes(2),
                () -> weeksIn(archive).size() == 1);
        for (Path week : weeksIn(archive)) {
            deleteTree(week);
        }
        int logA = nodeA.out().length();
        int logB = nodeB.out().length();
        awaitTrue(
                "the digest is written again",
                Duration.ofMinutes(2),
                () -> weeksIn(archive).size() == 1);
        // Two more firings on each node (every 10 s): the week stays written once.
        await("the week's digest written once")
                .during(Duration.ofSeconds(25))
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> weeksIn(archive).size() == 1);
        String sinceA = nodeA.out().substring(logA);
        String sinceB = nodeB.out().substring(logB);
        assertThat(count(sinceA + sinceB, "Wrote the digest of "))
                .as("digests written by both nodes together")
                .isEqualTo(1);
        assertThat(sinceA).as("node A's schedule fired").contains("Weekly digest not run here");
        assertThat(sinceB).as("node B's schedule fired").contains("Weekly digest not run here");

        // SIGKILL of node A: node B takes over every segment and keeps up.
        System.out.println("ClusterIT: segment owners before the kill: " + new java.util.TreeMap<>(claimOwners()));
        assertThat(ready(portB))
                .as("node B ready, whichever node holds the SQL segments")
                .isTrue();
        nodeA.kill();
        long killedAt = System.nanoTime();
        Path second = work.resolve("docs-2");
        Files.createDirectories(second);
        Files.writeString(
                second.resolve("numbat.html"),
                "<html><title>Microsoft guidance</title><p>Microsoft"
                        + " guided 2026 capital expenditures of $80 billion for the Numbatfield campus.</p></html>");
        ingest(second);
        awaitTrue(
                "node B shows the document ingested after node A died",
                Duration.ofMinutes(2),
                () -> searchTotal(portB, "Numbatfield") >= 1 && timeline(portB).contains("Numbatfield"));
        long shownAfter = System.nanoTime() - killedAt;
        awaitTrue("node B holds every segment of every SQL processor", Duration.ofMinutes(2), () -> {
            Map<String, List<String>> now = claimOwners();
            return now.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("claim-index@"))
                    .allMatch(e -> e.getValue().stream().allMatch(owner -> owner.startsWith("node-b/")));
        });
        long takenOverAfter = System.nanoTime() - killedAt;
        System.out.printf(
                "ClusterIT: after SIGKILL of node A, node B showed a new document after %.1f s and held"
                        + " every SQL segment after %.1f s (claim timeout 10 s)%n",
                shownAfter / 1e9, takenOverAfter / 1e9);
        Map<String, List<String>> after = claimOwners();
        assertThat(after.keySet()).contains("timeline", "sources", "conflicts", "digest", "subscriptions");
        after.forEach((processor, segmentOwners) -> {
            if (!processor.equals("claim-index@node-a")) {
                assertThat(segmentOwners).as(processor).isNotEmpty().allMatch(owner -> owner.startsWith("node-b/"));
            }
        });
        assertThat(ready(portB)).as("node B ready alone").isTrue();
        assertThat(nodeB.isAlive()).isTrue();
    }

    private LedgerProcess startNode(String nodeId, int port, Path archive) throws IOException {
        Map<String, String> environment = postgres(work.resolve(nodeId));
        environment.put("LEDGER_NODE_ID", nodeId);
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("LEDGER_ADMIN_PASSWORD", PASSWORD);
        environment.put("LEDGER_SAMPLE_DATA_ENABLED", "false");
        environment.put("LEDGER_SOURCES_POLLEVERY", "1s");
        environment.put("LEDGER_DIGEST_SCHEDULE", "*/10 * * * * *");
        environment.put("LEDGER_DIGEST_ARCHIVE_DIR", archive.toString());
        LedgerProcess node = LedgerProcess.start(work.resolve("logs-" + nodeId), environment);
        processes.add(node);
        return node;
    }

    private LedgerProcess cli(String... args) throws IOException {
        LedgerProcess command = LedgerProcess.start(work.resolve("logs-cli"), postgres(work.resolve("cli")), args);
        processes.add(command);
        return command;
    }

    private void ingest(Path folder) throws Exception {
        LedgerProcess ingest = cli("ingest", folder.toString());
        assertThat(ingest.waitFor()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("1 recorded");
    }

    private Map<String, String> postgres(Path dataDir) {
        Map<String, String> environment = new HashMap<>();
        environment.put("LEDGER_DATA_DIR", dataDir.toString());
        environment.put("SPRING_DATASOURCE_URL", TestDatabases.POSTGRES_URL + "?currentSchema=" + schema);
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("SPRING_FLYWAY_SCHEMAS", schema);
        environment.put("SPRING_FLYWAY_CREATE_SCHEMAS", "true");
        environment.put("LEDGER_FETCH_ALLOWEDHOSTS", "127.0.0.1");
        environment.put("LEDGER_FETCH_HOSTDELAY", "10ms");
        return environment;
    }

    /** Each processor's segment owners, from the shared token store (released segments left out). */
    private Map<String, List<String>> claimOwners() throws Exception {
        Map<String, List<String>> owners = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        TestDatabases.POSTGRES_URL + "?currentSchema=" + schema, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT processorName, owner FROM TokenEntry ORDER BY processorName, segment")) {
            while (rows.next()) {
                List<String> list = owners.computeIfAbsent(rows.getString(1), name -> new ArrayList<>());
                list.add(rows.getString(2) == null ? "(released)" : rows.getString(2));
            }
        }
        return owners;
    }

    private void awaitReady(LedgerProcess node, int port) {
        await("node on port " + port + " ready")
                .atMost(START)
                .pollInterval(Duration.ofMillis(500))
                .failFast("node on port " + port + " died", () -> !node.isAlive())
                .until(() -> ready(port));
    }

    private boolean ready(int port) {
        try {
            return get(port, "/actuator/health/readiness").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long searchTotal(int port, String query) throws Exception {
        HttpResponse<String> response = get(port, "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        return result.get("total").asLong();
    }

    private String timeline(int port) throws Exception {
        HttpResponse<String> response = get(port, "/api/events?limit=1000");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
        String credentials = "admin:" + PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> weeksIn(Path archive) throws IOException {
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(archive)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("\\d{4}-W\\d{2}"))
                    .toList();
        }
    }

    private static void awaitTrue(String what, Duration timeout, Callable<Boolean> condition) {
        await(what).atMost(timeout).pollInterval(Duration.ofMillis(500)).until(condition);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
