package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.Test;

/** Issue 13: a malformed file in {@code <data dir>/lexicon/} stops a command at start, naming file and line. */
class LexiconCommandLineIT {
    private static final Path JAR = Path.of("target", "frontier-ledger.jar").toAbsolutePath();

    @Test
    void aMalformedLexiconFileFailsTheCommandWithItsFileAndLine() throws Exception {
        Path dataDir = LedgerTestSupport.newDataDir("cli-lexicon");
        Path companies = Files.createDirectories(dataDir.resolve("lexicon")).resolve("companies.tsv");
        Files.writeString(companies, "# made up\nZyphra Labs\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(dataDir.resolve("notes.txt"), "Notes\nZyphra Labs raised $100 million.\n");
        Path err = dataDir.resolve("err.txt");

        ProcessBuilder ingest = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow",
                        "-jar",
                        JAR.toString(),
                        "ingest",
                        doc.toString())
                .redirectOutput(dataDir.resolve("out.txt").toFile())
                .redirectError(err.toFile());
        ingest.environment().put("LEDGER_DATA_DIR", dataDir.toString());
        Process process = ingest.start();

        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(err);
        assertThat(process.exitValue()).as(printed).isEqualTo(1);
        assertThat(printed)
                .contains("ingest failed: " + companies + ":2: expected NAME<TAB>KIND<TAB>SPELLINGS")
                .doesNotContain("\tat ");
    }
}
