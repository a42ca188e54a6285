package org.frontierledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.frontierledger.ingestion.EventExtraction;
import org.frontierledger.ingestion.IngestService;

/** {@code extract --json FILE|FOLDER...}: stateless; one JSON object per market event on standard output. */
final class ExtractCommand {
    private final PrintStream out;
    private final PrintStream err;

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Files as given, folders replaced by their readable files (recursively, sorted). */
    private List<String> expand(List<String> locations) {
        List<String> files = new java.util.ArrayList<>();
        for (String location : locations) {
            Path path = Path.of(location);
            if (!java.nio.file.Files.isDirectory(path)) {
                files.add(location);
                continue;
            }
            try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(path)) {
                walk.filter(java.nio.file.Files::isRegularFile)
                        .filter(f -> IngestService.FOLDER_EXTENSIONS.stream().anyMatch(
                                f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)::endsWith))
                        .sorted().forEach(f -> files.add(f.toString()));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                err.println(location + ": cannot list the folder (" + e.getMessage() + ")");
            }
        }
        return files;
    }

    int run(List<String> args) {
        List<String> files = args.stream().filter(a -> !a.equals("--json")).toList();
        if (!args.contains("--json") || files.isEmpty()) {
            err.println("usage: extract --json FILE...");
            return LedgerCommandLine.USAGE;
        }
        int status = LedgerCommandLine.OK;
        for (String file : expand(files)) {
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
