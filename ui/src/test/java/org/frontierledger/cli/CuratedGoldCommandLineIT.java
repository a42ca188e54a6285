package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 13: {@code eval} and {@code export-gold} of the packaged jar, run as separate processes on
 * an H2 file store with one curated document (a confirmed, a corrected, a rejected and an uncurated
 * event) and one document nobody has curated.
 */
class CuratedGoldCommandLineIT {
    private static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();
    private static final String ANTHROPIC = "Anthropic raised $2 billion in a Series C.";
    private static final String MISTRAL = "Mistral raised $600 million in a Series B.";
    private static final String OPENAI = "OpenAI was valued at $300 billion.";
    private static final String XAI = "xAI raised $6 billion in a Series C.";
    private static Path dataDir;
    private static DocumentIngested curated;

    record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
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
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void oneDocumentCurated() throws Exception {
        dataDir = LedgerTestSupport.newDataDir("cli-gold");
        Path docs = Files.createDirectories(dataDir.resolve("inbox"));
        Files.writeString(
                docs.resolve("funding-notes.txt"),
                String.join("\n", "Funding notes", ANTHROPIC, MISTRAL, OPENAI, XAI) + "\n");
        Files.writeString(
                docs.resolve("capex-notes.txt"),
                "Capex notes\nMeta guided 2025 capital expenditures of $60 billion to $65 billion.\n");
        Run ingest = run("ingest", docs.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        try (ConfigurableApplicationContext context =
                CommandContexts.start(false, List.of("ledger.data-dir=" + dataDir))) {
            List<Object> events = everyPayload(context.getBean(EventStore.class));
            curated = events.stream()
                    .filter(DocumentIngested.class::isInstance)
                    .map(DocumentIngested.class::cast)
                    .filter(d -> d.source().endsWith("funding-notes.txt"))
                    .findFirst()
                    .orElseThrow();
            CommandGateway commands = context.getBean(CommandGateway.class);
            commands.sendAndWait(decision(events, ANTHROPIC, CurateMarketEvent.Decision.CONFIRM, List.of(), null));
            commands.sendAndWait(decision(
                    events,
                    MISTRAL,
                    CurateMarketEvent.Decision.CORRECT,
                    List.of(new FieldChange("amountUsd", "600000000", "650000000")),
                    "the filing says 650"));
            commands.sendAndWait(
                    decision(events, OPENAI, CurateMarketEvent.Decision.REJECT, List.of(), "a test says so"));
        }
    }

    @Test
    void evalPrintsPrecisionAndRecallPerTypeCountingOnlyCuratedEvents() throws Exception {
        Run eval = run("eval");
        Run json = run("eval", "--json");

        assertThat(eval.exitCode()).as(eval.err()).isZero();
        System.out.println("eval:\n" + eval.out());
        assertThat(eval.out())
                .contains("rules ", " on 1 curated of 2 stored documents", "Only curated events are gold")
                .containsPattern("\\nFUNDING +2 +2 +1 +0\\.50 +0\\.50\\n")
                .containsPattern("\\nVALUATION +0 +1 +0 +0\\.00 +-\\n")
                .containsPattern("\\noverall +2 +3 +1 +0\\.33 +0\\.50\\n")
                .doesNotContain("CAPEX")
                .contains("predictions that hit rejected events: 1 (counted as false positives)")
                .contains("predictions of events nobody has curated: 1 (not counted)");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out().lines()).hasSize(1);
        JsonNode scores = new ObjectMapper().readTree(json.out());
        assertThat(scores.get("overall").get("precision").asDouble()).isEqualTo(0.3333);
        assertThat(scores.get("overall").get("recall").asDouble()).isEqualTo(0.5);
        assertThat(scores.get("types").get(1).get("type").asText()).isEqualTo("VALUATION");
        assertThat(scores.get("types").get(1).get("recall").isNull()).isTrue();
        assertThat(scores.get("hitRejected").asInt()).isEqualTo(1);
        assertThat(scores.get("unjudged").asInt()).isEqualTo(1);
        assertThat(scores.get("curatedDocuments").asInt()).isEqualTo(1);
    }

    @Test
    void exportGoldWritesTheCuratedEventsAsGoldThatTheCorpusScriptsAccept() throws Exception {
        Path folder = dataDir.resolve("gold-export");
        String name = "funding-notes_" + curated.documentId().shortForm();

        Run export = run("export-gold", folder.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out())
                .contains("gold/" + name + ".jsonl: 2 gold events (" + curated.title() + ")")
                .contains("exported 1 curated documents with 2 gold events to " + folder
                        + "; 1 rejected events left out");
        assertThat(list(folder.resolve("docs"))).containsExactly(name + ".txt");
        assertThat(list(folder.resolve("gold"))).containsExactly(name + ".jsonl");
        assertThat(Files.readString(folder.resolve("docs").resolve(name + ".txt")))
                .isEqualTo(curated.text());
        assertThat(Files.readAllLines(folder.resolve("gold").resolve(name + ".jsonl")))
                .containsExactly(
                        "{\"doc\":\"" + name
                                + ".txt\",\"type\":\"FUNDING\",\"org\":\"Anthropic\",\"amountUsd\":2000000000,"
                                + "\"quote\":\"" + ANTHROPIC + "\"}",
                        "{\"doc\":\"" + name
                                + ".txt\",\"type\":\"FUNDING\",\"org\":\"Mistral AI\",\"amountUsd\":650000000,"
                                + "\"quote\":\"" + MISTRAL + "\"}");

        String checked = python("check_gold.py", folder.toString());
        assertThat(checked).contains("1 docs, 1 gold files, 2 valid events (FUNDING 2), 0 problems");

        Run extract = run("extract", "--json", folder.resolve("docs").toString());
        Path predictions = Files.writeString(dataDir.resolve("predictions.jsonl"), extract.out());
        String scored = python(
                "score.py", predictions.toString(), folder.resolve("gold").toString());
        // score.py counts every prediction, the uncurated xAI round too: eval leaves that one out.
        assertThat(scored).contains("overall precision 0.250 recall 0.500 f1 0.333 (1/2 gold found, 4 predicted)");

        Run again = run("export-gold", folder.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .contains("export-gold failed: " + folder.resolve("docs") + " is not empty")
                .doesNotContain("\tat ");
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Run eval = run("eval", "--xml");
        Run export = run("export-gold");

        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("Unknown option: '--xml'", "Try './ledger eval --help' for more information.");
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err())
                .contains(
                        "Missing required parameter: 'DIR'", "Try './ledger export-gold --help' for more information.");
    }

    /** Runs a script of the shared corpus; asserts it succeeds and returns what it printed. */
    private static String python(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "python3",
                LedgerTestSupport.sharedDir().resolve("corpus").resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(printed).isZero();
        return printed;
    }

    private static CurateMarketEvent decision(
            List<Object> events,
            String quote,
            CurateMarketEvent.Decision decision,
            List<FieldChange> changes,
            String reason) {
        MarketEvent event = events.stream()
                .filter(MarketEvent.class::isInstance)
                .map(MarketEvent.class::cast)
                .filter(e -> e.provenance().quote().equals(quote))
                .findFirst()
                .orElseThrow();
        return new CurateMarketEvent(event.documentId(), event.id(), decision, "ana", changes, reason);
    }

    private static List<Object> everyPayload(EventStore store) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable()) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        }
        return payloads;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
