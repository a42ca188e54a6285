package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ingest FEED} and {@code source ...} in the packaged jar, against a feed served on loopback. */
class SourceCommandLineIT {
    private static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();
    private final Path dataDir = LedgerTestSupport.newDataDir("cli-source");
    private HttpServer server;
    private String base;

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void serveAFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext(
                "/feed.xml",
                exchange -> respond(
                        exchange,
                        "application/rss+xml",
                        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title><link>" + base
                                + "</link><description>d</description>"
                                + "<item><title>One</title><link>" + base + "/one.html</link></item>"
                                + "<item><title>Two</title><link>" + base + "/two.html</link></item></channel></rss>"));
        server.createContext(
                "/one.html",
                exchange -> respond(
                        exchange,
                        "text/html",
                        "<html><title>One</title><p>Meta guided 2025 capital expenditures of $64 billion.</p></html>"));
        server.createContext(
                "/two.html",
                exchange -> respond(
                        exchange,
                        "text/html",
                        "<html><title>Two</title><p>A quiet week with nothing to report.</p></html>"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        builder.environment().put("LEDGER_FETCH_ALLOWEDHOSTS", "127.0.0.1");
        builder.environment().put("LEDGER_FETCH_HOSTDELAY", "10ms");
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void ingestingAFeedShowsEachEntryAsItIsDone() throws Exception {
        Run ingest = run("ingest", base + "/feed.xml");

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out())
                .contains(
                        "[1] recorded",
                        base + "/one.html",
                        "[2] recorded",
                        base + "/two.html",
                        "ingested 2 documents: 2 recorded");
    }

    @Test
    void subscribesRunsAndRemovesAFeed() throws Exception {
        Run add = run("source", "add", "feed", base + "/feed.xml", "--every", "6h");
        assertThat(add.exitCode()).as(add.err()).isZero();
        Matcher id = Pattern.compile("subscribed ([0-9a-f]{12})").matcher(add.out());
        assertThat(id.find()).as(add.out()).isTrue();

        Run first = run("source", "run", id.group(1));
        Run second = run("source", "run", id.group(1));
        Run remove = run("source", "remove", id.group(1));
        Run again = run("source", "run", id.group(1));

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("[1] recorded", "[2] recorded", "2 found, 2 recorded");
        assertThat(second.out()).contains("nothing new");
        assertThat(remove.out()).contains("removed " + id.group(1));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("was removed");
    }

    @Test
    void refusesMetadataAddressesAndBadUsage() throws Exception {
        Run metadata = run("source", "add", "page", "http://169.254.169.254/latest/meta-data/");
        Run usage = run("source", "add", "feed");

        assertThat(metadata.exitCode()).isEqualTo(1);
        assertThat(metadata.err()).contains("cloud metadata");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err())
                .contains("Missing required parameter: 'LOCATION'")
                .endsWith("Try './ledger source add --help' for more information.\n");
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
