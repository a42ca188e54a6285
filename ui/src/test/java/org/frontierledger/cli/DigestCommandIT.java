package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code digest} of the packaged jar, run as a separate process over the sample documents
 * (ingested once by the CLI): 2025-W06 holds the hyperscaler capex briefing.
 */
class DigestCommandIT {
    private static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();
    /** Kept under target/ so the rendered sample can be looked at after the build. */
    static final Path SAMPLE_OUT = Path.of("target", "digest-sample").toAbsolutePath();

    private static Path dataDir;

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
    static void samplesIngested() throws Exception {
        dataDir = LedgerTestSupport.newDataDir("cli-digest");
        Run ingest = run(
                "ingest",
                Path.of("src", "main", "resources", "sample").toAbsolutePath().toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Files.createDirectories(SAMPLE_OUT);
    }

    @Test
    void markdownGoesToStandardOutputAndNothingElseDoes() throws Exception {
        Run md = run("digest", "--week", "2025-W06", "--format", "md");

        assertThat(md.exitCode()).as(md.err()).isZero();
        // Only the digest and the command's own lines: no framework log line, no logback status line.
        assertThat((md.out() + md.err())
                        .lines()
                        .filter(line ->
                                LedgerProcess.FRAMEWORK_LINE.matcher(line).find()))
                .isEmpty();
        assertThat(md.out())
                .startsWith("# Frontier Ledger weekly digest: 2025-W06\n")
                .contains(
                        "## Capex", "$80B", "Microsoft", "Source: Hyperscalers lift their AI spending plans for 2025");
        Files.writeString(SAMPLE_OUT.resolve("2025-W06.md"), md.out());
    }

    @Test
    void everyFormatCanBeWrittenToAFileAndPdfNeedsOne() throws Exception {
        for (String format : List.of("html", "csv", "json", "pdf")) {
            Path file = SAMPLE_OUT.resolve("2025-W06." + format);
            Files.deleteIfExists(file);
            Run run = run("digest", "--week", "2025-W06", "--format", format, "--out", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(Files.size(file)).isPositive();
        }
        try (PDDocument pdf = Loader.loadPDF(SAMPLE_OUT.resolve("2025-W06.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Frontier Ledger weekly digest: 2025-W06", "$80B");
        }
        Run noFile = run("digest", "--week", "2025-W06", "--format", "pdf");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("give --out FILE");
        assertThat(noFile.out()).isEmpty();
    }

    @Test
    void asOfBeforeAnythingWasRecordedSaysTheWeekIsEmpty() throws Exception {
        Run empty = run("digest", "--week", "2025-W06", "--as-of", "2020-01-01T00:00:00Z");

        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Nothing was reported in 2025-W06");
    }

    @Test
    void badArgumentsAreUsageErrorsWithClearMessages() throws Exception {
        Run week = run("digest", "--week", "2025-W60");
        Run format = run("digest", "--format", "docx");
        Run option = run("digest", "--weak", "2025-W06");

        assertThat(List.of(week, format, option)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err())
                    .endsWith("Try './ledger digest --help' for more information.\n")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        });
        assertThat(week.err()).contains("Invalid value for option '--week'", "week 60 does not exist in 2025");
        assertThat(format.err()).contains("Invalid value for option '--format'", "unknown digest format 'docx'");
        assertThat(option.err()).contains("Unknown options: '--weak', '2025-W06'", "Possible solutions: --week");
    }
}
