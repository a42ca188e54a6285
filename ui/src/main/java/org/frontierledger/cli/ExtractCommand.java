package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontierledger.ingestion.EventExtraction;
import org.frontierledger.ingestion.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract --json FILE|FOLDER...}: stateless; one JSON object per market event on standard output. */
@Command(
        name = "extract",
        description = {
            "stateless, no store needed: one JSON object per market event of each file"
                    + " (a folder: its .txt .md .html .htm .csv files) on standard output, in the shared corpus's EVENTS.md format"
        })
final class ExtractCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", required = true, description = "JSON lines (the only output format, so required)")
    boolean json;

    @Parameters(paramLabel = "FILE|FOLDER", arity = "1..*", description = "files and folders to extract")
    List<String> locations = List.of();

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Files as given, folders replaced by their readable files (recursively, sorted). */
    private List<String> expand() {
        List<String> files = new ArrayList<>();
        for (String location : locations) {
            Path path = Path.of(location);
            if (!Files.isDirectory(path)) {
                files.add(location);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> IngestService.FOLDER_EXTENSIONS.stream()
                                .anyMatch(f.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                        .sorted()
                        .forEach(f -> files.add(f.toString()));
            } catch (IOException | UncheckedIOException e) {
                err.println(location + ": cannot list the folder (" + e.getMessage() + ")");
            }
        }
        return files;
    }

    @Override
    public Integer call() {
        int status = LedgerCommandLine.OK;
        for (String file : expand()) {
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
