package org.frontierledger.ingestion.internal.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.ingestion.EventExtraction;

/**
 * Runs the shared corpus's {@code score.py} over the extractor's predictions for a folder of
 * documents and a folder of gold files, as {@code extract --json} would produce them.
 *
 * @param exitCode the scorer's exit status (0 when the bounds are met)
 * @param report what the scorer printed: per-type table, misses and extras
 */
record ScorerRun(int exitCode, String report) {

    /** Extracts every document of {@code docs}, writes the predictions to {@code out} and scores them. */
    static ScorerRun score(Path docs, Path gold, Path out, String minPrecision, String minRecall)
            throws IOException, InterruptedException {
        return score(List.of(docs), List.of(gold), out, minPrecision, minRecall);
    }

    /** Extracts every document of every folder of {@code docs} and scores them against all {@code gold} folders. */
    static ScorerRun score(List<Path> docs, List<Path> gold, Path out, String minPrecision, String minRecall)
            throws IOException, InterruptedException {
        List<String> predictions = new ArrayList<>();
        for (Path folder : docs) {
            for (Path doc : files(folder)) {
                predictions.addAll(EventExtraction.jsonLines(doc));
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, predictions, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                "python3", sharedDir().resolve("corpus").resolve("score.py").toString(), out.toString()));
        gold.forEach(g -> command.add(g.toString()));
        command.addAll(List.of("--min-precision", minPrecision, "--min-recall", minRecall, "--show-misses"));
        Process scorer = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ScorerRun(scorer.waitFor(), report);
    }

    /** The regular files of a folder, sorted by name. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The shared data directory: system property {@code ledger.shared.dir}, else {@code ../shared}. */
    static Path sharedDir() {
        String configured = System.getProperty("ledger.shared.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path besideProject = Path.of("..", "..", "shared");
        return Files.isDirectory(besideProject) ? besideProject : Path.of("..", "shared");
    }
}
