package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.ingestion.StorageFailedException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest PATH|URL...}: one line per document as it is done, then a summary; a failing store
 * (a full disk, a database gone) stops it at once with what to do.
 */
@Command(
        name = "ingest",
        description = {
            "read files, folders (recursively: .txt .md .html .htm .csv) or http(s) URLs"
                    + " (pages or RSS/Atom feeds) into the store, a line per document as it is recorded, then a summary;"
                    + " can run while the server runs"
        })
final class IngestCommand implements Callable<Integer> {
    /** Less free space than this, after a failed write, is a full disk: H2 writes chunks of about this size. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*", description = "a file, a folder or an http(s) URL")
    List<String> locations = List.of();

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Map<IngestReport.Status, Integer> counts = new EnumMap<>(IngestReport.Status.class);
        String user = "cli:" + System.getProperty("user.name", "unknown");
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            IngestService ingest = context.getBean(IngestService.class);
            int[] done = {0};
            for (int i = 0; i < locations.size(); i++) {
                try {
                    ingest.ingest(locations.get(i), user, report -> {
                        counts.merge(report.status(), 1, Integer::sum);
                        // Printed only after the document's transaction committed durably.
                        (report.status() == IngestReport.Status.FAILED ? err : out)
                                .println("[" + ++done[0] + "] " + report.summary());
                    });
                } catch (StorageFailedException e) {
                    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
                    boolean diskFull = e.diskFull()
                            || url.startsWith("jdbc:h2:")
                                    && nearlyFull(context.getEnvironment().getProperty("ledger.data-dir", "."));
                    err.println(storeFailed(e, diskFull, url, counts, locations.subList(i + 1, locations.size())));
                    return LedgerCommandLine.FAILED;
                }
            }
        }
        out.printf(
                "ingested %d documents: %d recorded, %d already known, %d failed%n",
                counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.getOrDefault(IngestReport.Status.RECORDED, 0),
                counts.getOrDefault(IngestReport.Status.ALREADY_KNOWN, 0),
                counts.getOrDefault(IngestReport.Status.FAILED, 0));
        return counts.getOrDefault(IngestReport.Status.FAILED, 0) > 0 ? LedgerCommandLine.FAILED : LedgerCommandLine.OK;
    }

    /**
     * Whether the data folder's disk has (almost) no space left: H2 does not always pass the
     * operating system's "no space left on device" on, but a failed write on a full disk is one.
     */
    private static boolean nearlyFull(String dataDir) {
        try {
            return Files.getFileStore(Path.of(dataDir)).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What to tell a person whose store failed mid-ingest: what failed, what to do, and where the
     * ingest stopped. Running the same ingest again is safe: what was recorded is known, the rest is
     * recorded.
     */
    static String storeFailed(
            StorageFailedException e,
            boolean diskFull,
            String datasourceUrl,
            Map<IngestReport.Status, Integer> counts,
            List<String> notStarted) {
        String where = datasourceUrl.startsWith("jdbc:h2:") ? "the data folder's disk" : "the database server's disk";
        String what = diskFull
                ? where + " is full (" + e.detail() + "): free space and run the same ingest again"
                : "the store failed (" + e.detail() + "): fix it and run the same ingest again";
        int known = counts.getOrDefault(IngestReport.Status.ALREADY_KNOWN, 0);
        return "stopped: " + what + "; " + counts.getOrDefault(IngestReport.Status.RECORDED, 0)
                + " documents were recorded" + (known > 0 ? " (" + known + " were known already)" : "") + ", "
                + e.notRecorded() + " were not"
                + (notStarted.isEmpty() ? "" : ", and " + String.join(", ", notStarted) + " not started");
    }
}
