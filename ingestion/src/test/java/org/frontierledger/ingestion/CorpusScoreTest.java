package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the shared, hand-labelled corpus with the corpus's own scorer: every
 * document's events are written to {@code target/corpus-predictions.jsonl} and {@code score.py}
 * must report at least the precision and recall reached when the rules were last tuned.
 */
class CorpusScoreTest {
    private static final String MIN_PRECISION = "0.95";
    private static final String MIN_RECALL = "0.95";

    @Test
    void extractsTheGoldEventsOfTheSharedCorpus() throws IOException, InterruptedException {
        Path corpus = SharedDir.path().resolve("corpus");
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
}
