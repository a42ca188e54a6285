package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code ingest PATH|URL...}: one line per document as it is done, then a summary. */
final class IngestCommand {
    private final PrintStream out;
    private final PrintStream err;

    IngestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> locations) {
        if (locations.isEmpty()) {
            err.println("usage: ingest PATH|URL...");
            return LedgerCommandLine.USAGE;
        }
        Map<IngestReport.Status, Integer> counts = new EnumMap<>(IngestReport.Status.class);
        String user = "cli:" + System.getProperty("user.name", "unknown");
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            IngestService ingest = context.getBean(IngestService.class);
            int[] done = {0};
            for (String location : locations) {
                ingest.ingest(location, user, report -> {
                    counts.merge(report.status(), 1, Integer::sum);
                    (report.status() == IngestReport.Status.FAILED ? err : out)
                            .println("[" + ++done[0] + "] " + report.summary());
                });
            }
        }
        out.printf("ingested %d documents: %d recorded, %d already known, %d failed%n",
                counts.values().stream().mapToInt(Integer::intValue).sum(),
                counts.getOrDefault(IngestReport.Status.RECORDED, 0),
                counts.getOrDefault(IngestReport.Status.ALREADY_KNOWN, 0),
                counts.getOrDefault(IngestReport.Status.FAILED, 0));
        return counts.getOrDefault(IngestReport.Status.FAILED, 0) > 0 ? LedgerCommandLine.FAILED : LedgerCommandLine.OK;
    }
}
