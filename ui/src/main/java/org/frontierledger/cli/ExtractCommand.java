package org.frontierledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.frontierledger.ingestion.EventExtraction;

/** {@code extract --json FILE...}: stateless; one JSON object per market event on standard output. */
final class ExtractCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (!args.contains("--json") || files.isEmpty()) {
            err.println("usage: extract --json FILE...");
            return LedgerCommandLine.USAGE;
        }
        int status = LedgerCommandLine.OK;
        for (String file : files) {
            try {
                EventExtraction.jsonLines(Path.of(file)).forEach(out::println);
            } catch (RuntimeException e) {
                err.println(file + ": " + LedgerCommandLine.rootMessage(e));
                status = LedgerCommandLine.FAILED;
            }
        }
        return status;
    }
}
