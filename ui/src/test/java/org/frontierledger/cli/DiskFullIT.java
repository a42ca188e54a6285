package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.LedgerTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A folder ingest into a data folder on a disk that fills up: a real, small tmpfs mounted for the
 * test (the test needs root, as on the build machine; elsewhere it is skipped, saying why). The
 * ingest must stop at the first document the store cannot write, say the disk is full and what to
 * do, lose nothing it printed as recorded, and finish once there is space again.
 */
class DiskFullIT {
    private static final int DOCUMENTS = 400;
    private static final Pattern STOPPED = Pattern.compile(
            "stopped: the data folder's disk is full \\((.+)\\): free space and run the same ingest again; "
                    + "(\\d+) documents were recorded, (\\d+) were not");

    private final Path work = LedgerTestSupport.newDataDir("disk-full");
    private final Path disk = work.resolve("disk");
    private boolean mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            shell("umount", disk.toString());
        }
    }

    @Test
    void aFullDiskStopsTheIngestAtOnceSaysSoAndLosesNothingRecorded() throws Exception {
        // given: 400 documents, and a data folder on a 6 MB disk that holds only some of them
        Path folder = work.resolve("docs");
        SyntheticDocuments.write(folder, DOCUMENTS, 56);
        Files.createDirectories(disk);
        mounted = shell("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString()) == 0;
        assertThat(mounted)
                .as("mounting a 6 MB tmpfs for the full disk (the test runs as root, as CI does here)")
                .isTrue();
        Map<String, String> environment =
                Map.of("LEDGER_DATA_DIR", disk.resolve("data").toString());

        // when
        LedgerProcess ingest = LedgerProcess.start(work.resolve("logs"), environment, "ingest", folder.toString());
        int exitCode = ingest.waitFor();

        // then: it stopped at the first failure and said what it was and what to do
        assertThat(exitCode).as(ingest.out()).isEqualTo(1);
        Matcher stopped = STOPPED.matcher(ingest.err());
        assertThat(stopped.find()).as("stderr:\n%s", ingest.err()).isTrue();
        assertThat(stopped.group(1)).as("what the store said").isNotBlank();
        int recorded = Integer.parseInt(stopped.group(2));
        int notRecorded = Integer.parseInt(stopped.group(3));
        List<String> printed = ingest.recordedSources();
        assertThat(recorded).isPositive().isEqualTo(printed.size());
        assertThat(recorded + notRecorded).isEqualTo(DOCUMENTS);
        assertThat(ingest.err())
                .as("no document after the first failure was tried")
                .doesNotContain("] failed ")
                .doesNotContain("Failed to read events");
        assertThat(ingest.out()).doesNotContain("ingested " + DOCUMENTS + " documents");

        // and: every document printed as recorded is in the store (read from a copy, off the full disk)
        Path copy = Files.createDirectories(work.resolve("copy"));
        Files.copy(
                disk.resolve("data/ledger.mv.db"), copy.resolve("ledger.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        StoredEvents stored = StoredEvents.read("jdbc:h2:file:" + copy.resolve("ledger"), "sa");
        assertThat(stored.sources()).containsAll(printed);

        // and: with space again, the same ingest records the rest and finishes
        assertThat(shell("mount", "-o", "remount,size=256m", disk.toString())).isZero();
        LedgerProcess again = LedgerProcess.start(work.resolve("logs"), environment, "ingest", folder.toString());
        assertThat(again.waitFor()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("ingested " + DOCUMENTS + " documents: "
                        + (DOCUMENTS - stored.sources().size()) + " recorded, "
                        + stored.sources().size() + " already known, 0 failed");
    }

    private static int shell(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
