package org.frontierledger.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontierledger.ingestion.CuratedGold;
import org.frontierledger.ingestion.GoldExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code export-gold DIR}: writes every curated document as {@code DIR/docs/<name>.txt} and its
 * confirmed and corrected events as {@code DIR/gold/<name>.jsonl}, in the corpus's gold format, so
 * that {@code check_gold.py} accepts the folder and {@code score.py} scores any extractor against
 * it. It only reads the store, so it can run beside the server.
 */
@Command(
        name = "export-gold",
        description = {
            "write every curated document as DIR/docs/<name>.txt and its confirmed"
                    + " and corrected events as DIR/gold/<name>.jsonl, the shared corpus's layout for check_gold.py and"
                    + " score.py; DIR/docs and DIR/gold must be new or empty"
        })
final class ExportGoldCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "DIR", description = "the folder to write")
    Path target;

    ExportGoldCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path folder = target.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println(folder + " is not a folder");
            return LedgerCommandLine.FAILED;
        }
        GoldExport export;
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            err.println("exporting the curated documents to " + folder + "…");
            export = context.getBean(CuratedGold.class).export(folder);
        }
        for (GoldExport.Document document : export.documents()) {
            out.printf(
                    "gold/%s.jsonl: %d gold events (%s)%n", document.name(), document.goldEvents(), document.title());
        }
        out.printf(
                "exported %d curated documents with %d gold events to %s; %d rejected events left out%n",
                export.documents().size(), export.goldEvents(), folder, export.rejected());
        if (export.incompleteGold() > 0) {
            err.printf(
                    "%d corrected events left out: a correction cleared a field their type requires%n",
                    export.incompleteGold());
        }
        err.println("check it: python3 ../shared/corpus/check_gold.py " + folder
                + "\nscore an extractor: ./ledger extract --json "
                + folder.resolve("docs") + " > predictions.jsonl; python3 ../shared/corpus/score.py predictions.jsonl "
                + folder.resolve("gold"));
        return LedgerCommandLine.OK;
    }
}
