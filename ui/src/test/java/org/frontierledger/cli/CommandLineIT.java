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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.junit.jupiter.api.Test;

/** The packaged jar's command line, run as a person runs it: a separate process. */
class CommandLineIT {
    private final Path dataDir = LedgerTestSupport.newDataDir("cli");

    record Run(int exitCode, String out, String err, List<String> frameworkLines) {}

    private Run run(String... args) throws IOException, InterruptedException {
        return runIn(null, Map.of("LEDGER_DATA_DIR", dataDir.toString()), args);
    }

    private Run runIn(Path workingDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        LedgerProcess process = LedgerProcess.startIn(workingDir, dataDir.resolve("logs"), environment, args);
        int exitCode = process.waitFor();
        return new Run(exitCode, process.out(), process.err(), process.frameworkLines());
    }

    /** A command's output carries no framework line: no log line, no banner, no logback status. */
    private static void assertQuiet(Run run) {
        assertThat(run.frameworkLines())
                .as("framework lines in\n%s\n%s", run.out(), run.err())
                .isEmpty();
    }

    /** A usage error: picocli's message, then one hint naming the command's help, and exit code 2. */
    private static void assertUsageError(Run run, String command, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(message)
                .endsWith("Try './ledger" + (command.isEmpty() ? "" : " " + command) + " --help' for more information."
                        + System.lineSeparator())
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertQuiet(run);
    }

    @Test
    void helpAtEveryLevelPrintsUsageAndExitsZeroWithoutStartingTheApplication() throws Exception {
        List<List<String>> asks = List.of(
                List.of("help"),
                List.of("--help"),
                List.of("-h"),
                List.of("search", "--help"),
                List.of("help", "search"),
                List.of("ingest", "-h"),
                List.of("source", "--help"),
                List.of("source", "add", "--help"),
                List.of("help", "source", "add"),
                List.of("source", "help", "add"),
                List.of("user", "token", "--help"),
                List.of("help", "user", "revoke-token"),
                List.of("bench", "api", "--help"),
                List.of("help", "bench", "search"),
                List.of("run", "--help"),
                List.of("digest", "--help"));
        for (List<String> ask : asks) {
            Run help = run(ask.toArray(String[]::new));

            assertThat(help.exitCode()).as("%s: %s", ask, help.err()).isZero();
            assertThat(help.err()).as("%s", ask).isEmpty();
            assertQuiet(help);
            String command = ask.stream()
                    .filter(a -> !a.startsWith("-") && !a.equals("help"))
                    .reduce("ledger", (a, b) -> a + " " + b);
            assertThat(help.out()).as("%s", ask).startsWith("Usage: " + command + " ");
        }
        Run top = run("help");
        assertThat(top.out())
                .contains("Commands:")
                .contains("  search ")
                .contains("  ingest ")
                .contains("  bench ")
                .contains("Exit codes:");
        assertThat(run("search", "--help").out())
                .contains("--as-of=DATE|INSTANT")
                .contains("--json");
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("Frontier Ledger \\S+\\R");
        // Nothing started: no database was created in the data folder.
        assertThat(dataDir.resolve("ledger.mv.db")).doesNotExist();
    }

    @Test
    void everyUsageErrorHasOneWordingAndTheDocumentedExitCode() throws Exception {
        assertUsageError(run("frobnicate"), "", "Unmatched argument at index 0: 'frobnicate'");
        assertUsageError(run("search"), "search", "Missing required parameter: 'QUERY'");
        assertUsageError(run("search", "hbm", "--colour", "red"), "search", "Unknown option: '--colour'");
        assertUsageError(run("search", "hbm", "--limit"), "search", "Missing required parameter for option '--limit'");
        assertUsageError(run("search", "hbm", "--limit", "many"), "search", "Invalid value for option '--limit'");
        assertUsageError(run("search", "hbm", "--type", "GOSSIP"), "search", "unknown value 'GOSSIP' for facet type");
        assertUsageError(run("extract", "somefile.txt"), "extract", "Missing required option: '--json'");
        assertUsageError(run("user", "add", "bob"), "user add", "Missing required option: '--role=ROLE'");
        assertUsageError(run("user", "add", "bob", "--role", "KING"), "user add", "unknown role 'KING'");
        assertUsageError(run("source", "add", "blog", "https://example.com/"), "source add", "unknown kind 'blog'");
        assertUsageError(
                run("source", "add", "feed", "https://example.com/", "--every", "often"),
                "source add",
                "'often' is not a duration like 30m, 6h or 1d");
        assertUsageError(run("digest", "--format", "pdf"), "digest", "a PDF digest is binary: give --out FILE");
        assertUsageError(run("digest", "--week", "soon"), "digest", "Invalid value for option '--week'");
        assertUsageError(run("help", "frobnicate"), "help", "Unknown command: 'frobnicate'");
        assertUsageError(run("rebuild", "now"), "rebuild", "Unmatched argument at index 1: 'now'");
        // The usage errors above started nothing either.
        assertThat(dataDir.resolve("ledger.mv.db")).doesNotExist();
    }

    @Test
    void aRelativeDataFolderIsTheCurrentFoldersAndWorks() throws Exception {
        Path workingDir = Files.createDirectories(dataDir.resolve("work"));
        Map<String, String> relative = Map.of("LEDGER_DATA_DIR", "store");
        Path docs = LedgerTestSupport.sharedDir().resolve("corpus/docs");

        Run ingest = runIn(workingDir, relative, "ingest", docs.toString());
        Run rebuild = runIn(workingDir, relative, "rebuild");
        Run search = runIn(workingDir, relative, "search", "hbm", "--limit", "1");

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("5 recorded");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).containsPattern("^[1-9][0-9,]* claims?; 1 to 1:");
        assertThat(workingDir.resolve("store/ledger.mv.db")).exists();
        assertThat(workingDir.resolve("store/index")).isDirectory();
        for (Run run : List.of(ingest, rebuild, search)) {
            assertQuiet(run);
        }
    }

    @Test
    void extractPrintsOnlyJsonLinesThatTheScorerReads() throws Exception {
        List<String> args = new ArrayList<>(List.of("extract", "--json"));
        LedgerTestSupport.corpusDocuments().forEach(doc -> args.add(doc.toString()));

        Run extract = run(args.toArray(String[]::new));

        assertThat(extract.exitCode()).as(extract.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = extract.out().lines().toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = json.readTree(line);
            assertThat(event.get("doc").asText()).endsWith(".txt");
            assertThat(event.get("type").asText()).isNotBlank();
            assertThat(event.get("quote").asText()).isNotBlank();
        }
        Path predictions = Files.writeString(Path.of("target", "cli-predictions.jsonl"), extract.out());
        Path shared = LedgerTestSupport.sharedDir();
        Process score = new ProcessBuilder(
                        "python3",
                        shared.resolve("corpus/score.py").toString(),
                        predictions.toString(),
                        shared.resolve("corpus/gold").toString())
                .redirectErrorStream(true)
                .start();
        String scored = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(score.waitFor()).as(scored).isZero();
        System.out.println("score.py on `extract --json` of the corpus:\n" + scored);
        assertThat(scored).contains("overall precision");
        Run folder = run(
                "extract",
                "--json",
                LedgerTestSupport.sharedDir().resolve("corpus/docs").toString());
        assertThat(folder.out()).isEqualTo(extract.out());
    }

    @Test
    void ingestsAFolderThenKnowsItThenRebuilds() throws Exception {
        Path docs = LedgerTestSupport.sharedDir().resolve("corpus/docs");

        Run first = run("ingest", docs.toString());
        Run second = run("ingest", docs.toString());
        Run reextract = run("reextract");
        Run rebuild = run("rebuild");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("ingested 5 documents: 5 recorded, 0 already known, 0 failed");
        assertThat(first.out().lines().filter(l -> l.matches("\\[\\d+] recorded .*")))
                .hasSize(5);
        assertThat(second.out()).contains("ingested 5 documents: 0 recorded, 5 already known, 0 failed");
        assertThat(reextract.exitCode()).as(reextract.err()).isZero();
        assertThat(reextract.out())
                .containsPattern("re-extracted 5 documents: 0 new, 0 superseded, [1-9][0-9]*"
                        + " unchanged market events; 0 failed");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out())
                .containsPattern("rebuilt in [0-9.]+ s \\([0-9,]+ events/s\\): 5 documents, [1-9][0-9]* market events, "
                        + "[1-9][0-9]* claims in the index");
        for (Run run : List.of(first, second, reextract, rebuild)) {
            assertQuiet(run);
        }
    }

    @Test
    void searchAnswersFromTheIndexEvenWhileAnotherProcessHoldsIt() throws Exception {
        Run before = run("search", "hbm");
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err()).contains("there is no search index").contains("rebuild");

        run("ingest", LedgerTestSupport.sharedDir().resolve("corpus/docs").toString());
        assertThat(run("rebuild").exitCode()).isZero();
        // The index's write lock is taken, as a running server takes it.
        Run text;
        Run json;
        Run asOf;
        try (ClaimIndex held = ClaimIndex.open(dataDir.resolve("index"))) {
            text = run("search", "hbm supply");
            json = run("search", "capex", "--type", "CAPEX", "--sort", "newest", "--limit", "2", "--json");
            asOf = run("search", "hbm", "--as-of", "2000-01-01");

            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out())
                    .containsPattern("^[0-9,]+ claims?; 1 to [0-9]+:")
                    .contains("HBM");
            assertThat(json.exitCode()).as(json.err()).isZero();
            List<JsonNode> hits = new ArrayList<>();
            for (String line : json.out().lines().toList()) {
                hits.add(new ObjectMapper().readTree(line));
            }
            assertThat(hits).hasSize(2).allSatisfy(hit -> {
                assertThat(hit.get("quote").asText()).containsIgnoringCase("capital expenditure");
                assertThat(hit.get("facts"))
                        .anySatisfy(
                                fact -> assertThat(fact.get("type").asText()).isEqualTo("CAPEX"));
            });
            assertThat(hits.get(0).get("date").asText())
                    .isGreaterThanOrEqualTo(hits.get(1).get("date").asText());
            assertThat(asOf.exitCode()).isZero();
            assertThat(asOf.out()).startsWith("0 claims");
        }

        Run syntax = run("search", "\"unclosed phrase");
        Run date = run("search", "hbm", "--as-of", "last-tuesday");
        Run sort = run("search", "hbm", "--sort", "sideways");
        assertUsageError(
                date,
                "search",
                "Invalid value for option '--as-of': --as-of must be a date like 2025-03-01 or an instant");
        assertUsageError(
                sort,
                "search",
                "Invalid value for option '--sort': sort must be relevance, newest or oldest, got 'sideways'");
        // A query the parser refuses is bad input, not a usage error (README: exit codes).
        assertThat(syntax.exitCode()).isEqualTo(1);
        assertThat(syntax.err())
                .contains("quotation mark is not closed")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        for (Run run : List.of(before, text, json, asOf, syntax)) {
            assertQuiet(run);
        }
    }

    @Test
    void userTokenPrintsANewTokenAloneAndRevokeTokenRevokesIt() throws Exception {
        assertThat(run("user", "add", "bob", "--role", "VIEWER", "--password", "bob-password-1")
                        .exitCode())
                .isZero();

        Run token = run("user", "token", "bob", "--name", "ci");

        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out()).matches("flt_[A-Za-z0-9_-]{43}\\R");
        Matcher id = Pattern.compile("API token ([0-9a-f-]{36}) for bob").matcher(token.err());
        assertThat(id.find()).as(token.err()).isTrue();
        Run revoke = run("user", "revoke-token", id.group(1));
        assertThat(revoke.exitCode()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("revoked API token " + id.group(1));
        Run again = run("user", "revoke-token", id.group(1));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("no valid API token");
        Run nobody = run("user", "token", "nobody");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("no user 'nobody'").doesNotContain("Exception");
        for (Run run : List.of(token, revoke, again, nobody)) {
            assertQuiet(run);
        }
    }

    @Test
    void badInputFailsWithAClearMessageAndNoStackTrace() throws Exception {
        Run missing = run("ingest", dataDir.resolve("no-such-file.txt").toString());
        Run wrongUrl = run("ingest", "ftp://127.0.0.1/file.txt");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        assertThat(wrongUrl.exitCode()).isEqualTo(1);
        assertThat(wrongUrl.err()).contains("only http and https");
        for (Run run : List.of(missing, wrongUrl)) {
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
            assertQuiet(run);
        }
    }

    @Test
    void benchSearchComparesBothEnginesAndEndsWithJson() throws Exception {
        Run bench = run("bench", "search", "--claims", "3000", "--lucene-runs", "20", "--pg-runs", "3");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        List<String> lines = bench.out().lines().toList();
        JsonNode figures = new ObjectMapper().readTree(lines.getLast());
        assertThat(figures.get("claims").asInt()).isEqualTo(3000);
        assertThat(figures.get("luceneRuns").asInt()).isEqualTo(20);
        assertThat(figures.get("postgresRuns").asInt()).isEqualTo(3);
        assertThat(figures.get("lucene").get("sizeBytes").asLong()).isPositive();
        assertThat(figures.get("postgres").get("buildSeconds").asDouble()).isPositive();
        assertThat(figures.get("queries")).hasSize(5).allSatisfy(query -> {
            assertThat(query.get("luceneHits").asLong())
                    .isPositive()
                    .isEqualTo(query.get("postgresHits").asLong());
            assertThat(query.get("luceneP50Ms").asDouble()).isPositive();
            assertThat(query.get("ratioP50").asDouble()).isPositive();
        });
        assertThat(bench.out())
                .contains("PG/L p50")
                .contains("single term")
                .contains("faceted")
                .contains("Target (Lucene p50 at least 10x faster than PostgreSQL");
        // Started with plain `java -jar`, the command runs the benchmark in a JVM with the Vector API.
        assertThat(figures.get("vectorApi").asBoolean()).as(bench.err()).isTrue();
        assertThat(bench.out()).contains("Java Vector API for Lucene: on");
        assertThat(bench.err()).contains("Starting the benchmark in a JVM with the Java Vector API");
        java.util.regex.Matcher schema =
                java.util.regex.Pattern.compile("schema (bench_[a-z0-9]+)").matcher(bench.err());
        assertThat(schema.find()).as(bench.err()).isTrue();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                        org.frontierledger.eventstore.testing.TestDatabases.POSTGRES_URL, "postgres", "");
                java.sql.ResultSet left = db.getMetaData().getSchemas(null, schema.group(1))) {
            assertThat(left.next()).as("schema dropped").isFalse();
        }
    }

    @Test
    void benchWithoutTheVectorApiRunsInThisJvmAndSaysSo() throws Exception {
        Run bench = run("bench", "search", "--claims", "500", "--runs", "2", "--no-vector");

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode figures =
                new ObjectMapper().readTree(bench.out().lines().toList().getLast());
        assertThat(figures.get("vectorApi").asBoolean()).isFalse();
        assertThat(figures.get("luceneRuns").asInt()).isEqualTo(2);
        assertThat(figures.get("postgresRuns").asInt()).isEqualTo(2);
        assertThat(bench.out()).contains("Java Vector API for Lucene: off");
        assertThat(bench.err()).doesNotContain("Starting the benchmark in a JVM");
    }

    @Test
    void anOlderJavaIsToldWhichJavaToUseInsteadOfAClassVersionError() throws Exception {
        // This machine's default java is 17, older than the application's 21.
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        assertThat(java17).as("a Java 17 to start the jar with").isExecutable();
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        Process process = new ProcessBuilder(java17.toString(), "-jar", LedgerProcess.JAR.toString(), "help")
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String message = Files.readString(err);
        assertThat(process.exitValue()).as(message).isEqualTo(1);
        assertThat(message)
                .contains("Frontier Ledger needs Java 21 or newer; this is Java 17")
                .contains("./ledger")
                .doesNotContain("UnsupportedClassVersionError")
                .doesNotContain("\tat ");
    }

    @Test
    void benchWithoutATargetOrWithABadCountIsAUsageError() throws Exception {
        assertUsageError(run("bench"), "bench", "Missing required subcommand");
        assertUsageError(
                run("bench", "search", "--claims", "lots"),
                "bench search",
                "Invalid value for option '--claims': must be a whole number of 1 or more, got 'lots'");
        assertUsageError(
                run("bench", "search", "--pg-runs"),
                "bench search",
                "Missing required parameter for option '--pg-runs' (N)");
    }
}
