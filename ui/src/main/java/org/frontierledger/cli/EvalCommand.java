package org.frontierledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.frontierledger.ingestion.CuratedGold;
import org.frontierledger.ingestion.Evaluation;
import org.frontierledger.ingestion.ReextractService;
import org.frontierledger.ingestion.config.IngestionConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval [--json]}: scores the current extractor (and the data folder's lexicon) against the
 * analysts' curation, per event type, by the matching rules of the corpus's {@code EVENTS.md}. It
 * only reads the store, so it can run beside the server.
 */
@Command(
        name = "eval",
        description = {
            "score the current extractor (with the data folder's lexicon) against the"
                    + " analysts' curation, per event type: confirmed and corrected events are gold, rejected ones false"
                    + " positives; can run while the server runs"
        })
final class EvalCommand implements Callable<Integer> {
    static final String NOTE = "Only curated events are gold: confirmed ones as recorded, corrected ones with their "
            + "corrections; rejected ones are false positives. Events nobody has curated count neither way, and "
            + "documents without any decision are not scored.";

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--json", description = "the scores as one line of JSON")
    boolean json;

    EvalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Evaluation evaluation;
        String lexicon;
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            lexicon = lexicon(context);
            err.println(
                    "scoring " + ReextractService.extractorName() + " (" + lexicon + ") against the curated events…");
            evaluation = context.getBean(CuratedGold.class).evaluate();
        }
        if (json) {
            out.println(json(evaluation, lexicon));
        } else {
            print(evaluation, lexicon);
        }
        return LedgerCommandLine.OK;
    }

    private static String lexicon(ConfigurableApplicationContext context) {
        Path folder = IngestionConfiguration.lexiconFolder(
                Path.of(context.getEnvironment().getProperty("ledger.data-dir", "./data")));
        return Files.isDirectory(folder) ? "lexicon: the shipped lists plus " + folder : "lexicon: the shipped lists";
    }

    private void print(Evaluation e, String lexicon) {
        out.printf(
                "%s on %d curated of %d stored documents (%s)%n",
                e.extractor(), e.curatedDocuments(), e.documents(), lexicon);
        out.println(NOTE);
        if (e.curatedDocuments() == 0) {
            out.println("Nothing is curated yet: confirm, correct or reject events in the review queue first.");
        }
        out.println();
        out.printf("%-20s%6s%6s%6s%8s%8s%n", "type", "gold", "pred", "hit", "prec", "recall");
        for (Evaluation.TypeScore row : e.types()) {
            out.println(row(row));
        }
        out.println(row(e.overall()));
        out.println();
        out.printf("predictions that hit rejected events: %d (counted as false positives)%n", e.hitRejected());
        out.printf("predictions of events nobody has curated: %d (not counted)%n", e.unjudged());
        if (e.incompleteGold() > 0) {
            out.printf(
                    "curated events left out of the gold because a correction cleared a required field: %d%n",
                    e.incompleteGold());
        }
    }

    private static String row(Evaluation.TypeScore row) {
        return String.format(
                Locale.ROOT,
                "%-20s%6d%6d%6d%8s%8s",
                row.type(),
                row.gold(),
                row.predicted(),
                row.matched(),
                ratio(row.precision()),
                ratio(row.recall()));
    }

    private static String ratio(@Nullable Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String json(Evaluation e, String lexicon) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("extractor", e.extractor());
        root.put("lexicon", lexicon.replaceFirst("^lexicon: ", ""));
        root.put("documents", e.documents());
        root.put("curatedDocuments", e.curatedDocuments());
        ArrayNode types = root.putArray("types");
        e.types().forEach(row -> types.add(score(mapper, row)));
        root.set("overall", score(mapper, e.overall()));
        root.put("hitRejected", e.hitRejected());
        root.put("unjudged", e.unjudged());
        root.put("incompleteGold", e.incompleteGold());
        root.put("note", NOTE);
        return root.toString();
    }

    private static ObjectNode score(ObjectMapper mapper, Evaluation.TypeScore row) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", row.type());
        node.put("gold", row.gold());
        node.put("predicted", row.predicted());
        node.put("matched", row.matched());
        node.put("precision", round(row.precision()));
        node.put("recall", round(row.recall()));
        return node;
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }
}
