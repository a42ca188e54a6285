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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.junit.jupiter.api.Test;

/** The packaged jar's command line, run as a person runs it: a separate process. */
class CommandLineIT {
    private static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();
    private final Path dataDir = LedgerTestSupport.newDataDir("cli");

    record Run(int exitCode, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dataDir, "out", ".txt");
        Path err = Files.createTempFile(dataDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("command finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
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
        Process score = new ProcessBuilder("python3", shared.resolve("corpus/score.py").toString(),
                predictions.toString(), shared.resolve("corpus/gold").toString()).redirectErrorStream(true).start();
        String scored = new String(score.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(score.waitFor()).as(scored).isZero();
        System.out.println("score.py on `extract --json` of the corpus:\n" + scored);
        assertThat(scored).contains("overall precision");
        Run folder = run("extract", "--json", LedgerTestSupport.sharedDir().resolve("corpus/docs").toString());
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
        assertThat(first.out().lines().filter(l -> l.matches("\\[\\d+] recorded .*"))).hasSize(5);
        assertThat(second.out()).contains("ingested 5 documents: 0 recorded, 5 already known, 0 failed");
        assertThat(reextract.exitCode()).as(reextract.err()).isZero();
        assertThat(reextract.out()).containsPattern("re-extracted 5 documents: 0 new, 0 superseded, [1-9][0-9]*"
                + " unchanged market events; 0 failed");
        assertThat(rebuild.exitCode()).as(rebuild.err()).isZero();
        assertThat(rebuild.out()).containsPattern("rebuilt in [0-9.]+ s \\([0-9,]+ events/s\\): 5 documents, [1-9][0-9]* market events, "
                + "[1-9][0-9]* claims in the index");
    }

    @Test
    void searchAnswersFromTheIndexEvenWhileAnotherProcessHoldsIt() throws Exception {
        Run before = run("search", "hbm");
        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.err()).contains("there is no search index").contains("rebuild");

        run("ingest", LedgerTestSupport.sharedDir().resolve("corpus/docs").toString());
        assertThat(run("rebuild").exitCode()).isZero();
        // The index's write lock is taken, as a running server takes it.
        try (ClaimIndex held = ClaimIndex.open(dataDir.resolve("index"))) {
            Run text = run("search", "hbm supply");
            Run json = run("search", "capex", "--type", "CAPEX", "--sort", "newest", "--limit", "2", "--json");
            Run asOf = run("search", "hbm", "--as-of", "2000-01-01");

            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).containsPattern("^[0-9,]+ claims?; 1 to [0-9]+:").contains("HBM");
            assertThat(json.exitCode()).as(json.err()).isZero();
            List<JsonNode> hits = new ArrayList<>();
            for (String line : json.out().lines().toList()) {
                hits.add(new ObjectMapper().readTree(line));
            }
            assertThat(hits).hasSize(2).allSatisfy(hit -> {
                assertThat(hit.get("quote").asText()).containsIgnoringCase("capital expenditure");
                assertThat(hit.get("facts")).anySatisfy(fact -> assertThat(fact.get("type").asText()).isEqualTo("CAPEX"));
            });
            assertThat(hits.get(0).get("date").asText()).isGreaterThanOrEqualTo(hits.get(1).get("date").asText());
            assertThat(asOf.exitCode()).isZero();
            assertThat(asOf.out()).startsWith("0 claims");
        }

        Run syntax = run("search", "\"unclosed phrase");
        Run facet = run("search", "hbm", "--colour", "red");
        Run empty = run("search");
        Run date = run("search", "hbm", "--as-of", "last-tuesday");
        Run sort = run("search", "hbm", "--sort", "sideways");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--as-of must be a date like 2025-03-01 or an instant");
        assertThat(sort.exitCode()).isEqualTo(2);
        assertThat(sort.err()).contains("sort must be relevance, newest or oldest, got 'sideways'");
        assertThat(syntax.exitCode()).isEqualTo(2);
        assertThat(syntax.err()).contains("quotation mark is not closed");
        assertThat(facet.exitCode()).isEqualTo(2);
        assertThat(facet.err()).contains("unknown facet 'colour'");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("search needs a query");
        for (Run run : List.of(syntax, facet, empty, date, sort)) {
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void userTokenPrintsANewTokenAloneAndRevokeTokenRevokesIt() throws Exception {
        assertThat(run("user", "add", "bob", "--role", "VIEWER", "--password", "bob-password-1").exitCode()).isZero();

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
    }

    @Test
    void badInputFailsWithAClearMessageAndNoStackTrace() throws Exception {
        Run missing = run("ingest", dataDir.resolve("no-such-file.txt").toString());
        Run wrongUrl = run("ingest", "ftp://127.0.0.1/file.txt");
        Run unknown = run("frobnicate");
        Run noJson = run("extract", "somefile.txt");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such file");
        assertThat(wrongUrl.exitCode()).isEqualTo(1);
        assertThat(wrongUrl.err()).contains("only http and https");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'").contains("usage:");
        assertThat(noJson.exitCode()).isEqualTo(2);
        for (Run run : List.of(missing, wrongUrl, unknown, noJson)) {
            assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
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
            assertThat(query.get("luceneHits").asLong()).isPositive().isEqualTo(query.get("postgresHits").asLong());
            assertThat(query.get("luceneP50Ms").asDouble()).isPositive();
            assertThat(query.get("ratioP50").asDouble()).isPositive();
        });
        assertThat(bench.out()).contains("PG/L p50").contains("single term").contains("faceted")
                .contains("Target (Lucene p50 at least 10x faster than PostgreSQL");
        // Started with plain `java -jar`, the command runs the benchmark in a JVM with the Vector API.
        assertThat(figures.get("vectorApi").asBoolean()).as(bench.err()).isTrue();
        assertThat(bench.out()).contains("Java Vector API for Lucene: on");
        assertThat(bench.err()).contains("Starting the benchmark in a JVM with the Java Vector API");
        java.util.regex.Matcher schema = java.util.regex.Pattern.compile("schema (bench_[a-z0-9]+)").matcher(bench.err());
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
        JsonNode figures = new ObjectMapper().readTree(bench.out().lines().toList().getLast());
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
        Process process = new ProcessBuilder(java17.toString(), "-jar", JAR.toString(), "help")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String message = Files.readString(err);
        assertThat(process.exitValue()).as(message).isEqualTo(1);
        assertThat(message).contains("Frontier Ledger needs Java 21 or newer; this is Java 17")
                .contains("./ledger").doesNotContain("UnsupportedClassVersionError").doesNotContain("\tat ");
    }

    @Test
    void benchWithoutATargetOrWithABadCountIsAUsageError() throws Exception {
        Run bare = run("bench");
        Run bad = run("bench", "search", "--claims", "lots");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("usage: bench search");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--claims must be a whole number");
        Run noValue = run("bench", "search", "--pg-runs");
        assertThat(noValue.exitCode()).isEqualTo(2);
        assertThat(noValue.err()).contains("--pg-runs needs a value");
    }
}
