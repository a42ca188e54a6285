package org.frontierledger.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.search.ClaimSearch;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** {@code rebuild}: replays every projection and the index from the events, showing progress. */
@Command(
        name = "rebuild",
        description = {
            "rebuild every read model and the search index from the events, with"
                    + " progress; needs the server stopped (it holds the index)"
        })
final class RebuildCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    RebuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = CommandContexts.start(true)) {
            ProjectionReplayer replayer = context.getBean(ProjectionReplayer.class);
            long started = System.nanoTime();
            err.println("replaying " + String.join(", ", replayer.processorNames()) + " from the first event…");
            replayer.rebuild(
                    Duration.ofHours(2), Duration.ofSeconds(5), progress -> err.println("  … " + progress.describe()));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "rebuilt in %.1f s (%,.0f events/s): %d documents, %d market events, %d claims in the index%n",
                    seconds,
                    (replayer.progress().head() + 1) / seconds,
                    context.getBean(SourceQueries.class).count(),
                    context.getBean(TimelineQueries.class).count(),
                    context.getBean(ClaimSearch.class).count());
            return LedgerCommandLine.OK;
        } catch (TimeoutException e) {
            err.println("rebuild did not finish: " + e.getMessage());
            return LedgerCommandLine.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("rebuild interrupted");
            return LedgerCommandLine.FAILED;
        }
    }
}
