package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor with the corpus's own scorer, {@code score.py}: on the shared, hand-labelled
 * corpus (read at run time, never copied), and on this module's own documents
 * ({@code src/test/resources/generalisation}: news, pricing pages and podcast summaries written for
 * these tests, with hand-labelled gold in the same format). Both must reach the precision and
 * recall bounds; predictions are written to {@code target/} for inspection.
 */
class CorpusScoreTest {
    private static final String CORPUS_MIN_PRECISION = "1.00";
    private static final String CORPUS_MIN_RECALL = "1.00";
    private static final String OWN_MIN_PRECISION = "0.95";
    private static final String OWN_MIN_RECALL = "0.95";

    @Test
    void extractsTheGoldEventsOfTheSharedCorpus() throws Exception {
        Path corpus = ScorerRun.sharedDir().resolve("corpus");

        ScorerRun run = ScorerRun.score(corpus.resolve("docs"), corpus.resolve("gold"),
                Path.of("target", "corpus-predictions.jsonl"), CORPUS_MIN_PRECISION, CORPUS_MIN_RECALL);
        System.out.println(run.report());

        assertThat(run.exitCode()).as("score.py exit status; its report:%n%s", run.report()).isZero();
    }

    @Test
    void generalisesToDocumentsItWasNotTunedOn() throws Exception {
        Path own = Path.of("src", "test", "resources", "generalisation");

        ScorerRun run = ScorerRun.score(own.resolve("docs"), own.resolve("gold"),
                Path.of("target", "generalisation-predictions.jsonl"), OWN_MIN_PRECISION, OWN_MIN_RECALL);
        System.out.println(run.report());

        assertThat(run.exitCode()).as("score.py exit status; its report:%n%s", run.report()).isZero();
    }
}
