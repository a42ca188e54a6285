package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.ingestion.EventExtraction;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the shared, hand-labelled corpus with the corpus's own scorer: every
 * document's events are written to {@code target/corpus-predictions.jsonl} and {@code score.py}
 * must report at least the precision and recall reached when the rules were last tuned.
 */
class CorpusScoreTest {
    private static final String MIN_PRECISION = "1.00";
    private static final String MIN_RECALL = "1.00";

    @Test
    void extractsTheGoldEventsOfTheSharedCorpus() throws IOException, InterruptedException {
        Path corpus = sharedDir().resolve("corpus");
        List<String> predictions = new ArrayList<>();
        try (Stream<Path> docs = Files.list(corpus.resolve("docs"))) {
            for (Path doc : docs.filter(Files::isRegularFile).sorted().toList()) {
                predictions.addAll(EventExtraction.jsonLines(doc));
            }
        }
        Path out = Path.of("target", "corpus-predictions.jsonl");
        Files.createDirectories(out.getParent());
        Files.write(out, predictions, StandardCharsets.UTF_8);

        Process scorer = new ProcessBuilder("python3", corpus.resolve("score.py").toString(), out.toString(),
                        corpus.resolve("gold").toString(), "--min-precision", MIN_PRECISION, "--min-recall", MIN_RECALL,
                        "--show-misses")
                .redirectErrorStream(true)
                .start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = scorer.waitFor();
        System.out.println(report);

        assertThat(exit).as("score.py exit status; its report:%n%s", report).isZero();
    }

    /** The shared data directory: system property {@code ledger.shared.dir}, else {@code ../shared}. */
    private static Path sharedDir() {
        String configured = System.getProperty("ledger.shared.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path besideProject = Path.of("..", "..", "shared");
        return Files.isDirectory(besideProject) ? besideProject : Path.of("..", "shared");
    }
}
