package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.frontierledger.ingestion.ReextractReport;
import org.frontierledger.ingestion.ReextractService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code reextract}: re-runs the current extractor over every stored document, a line per
 * document, then a summary. It only appends events, so it can run beside the server, whose
 * read models pick the changes up.
 */
@Command(
        name = "reextract",
        description = {
            "re-run the current extractor over the stored documents and record the"
                    + " differences: new market events appended, those no longer found superseded, unchanged ones kept"
        })
final class ReextractCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    ReextractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String user = "cli:" + System.getProperty("user.name", "unknown");
        int[] totals = new int[5];
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            err.println("re-extracting every document with " + ReextractService.extractorName() + "…");
            context.getBean(ReextractService.class).reextractAll(user, report -> {
                (report.failed() ? err : out).println("[" + ++totals[0] + "] " + report.summary());
                count(totals, report);
            });
        }
        out.printf(
                "re-extracted %d documents: %d new, %d superseded, %d unchanged market events; %d failed%n",
                totals[0], totals[1], totals[2], totals[3], totals[4]);
        return totals[4] > 0 ? LedgerCommandLine.FAILED : LedgerCommandLine.OK;
    }

    private static void count(int[] totals, ReextractReport report) {
        totals[1] += report.added();
        totals[2] += report.superseded();
        totals[3] += report.unchanged();
        totals[4] += report.failed() ? 1 : 0;
    }
}
