package org.frontierledger.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.search.ClaimSearch;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code rebuild}: replays every projection and the index from the events, showing progress. */
final class RebuildCommand {
    private final PrintStream out;
    private final PrintStream err;

    RebuildCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.isEmpty()) {
            err.println("usage: rebuild");
            return LedgerCommandLine.USAGE;
        }
        try (ConfigurableApplicationContext context = CommandContexts.start(true)) {
            ProjectionReplayer replayer = context.getBean(ProjectionReplayer.class);
            long started = System.nanoTime();
            err.println("replaying " + String.join(", ", replayer.processorNames()) + " from the first event…");
            replayer.replayAll();
            awaitWithProgress(replayer);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "rebuilt in %.1f s (%,.0f events/s): %d documents, %d market events, %d claims in the index%n",
                    seconds, (replayer.progress().head() + 1) / seconds, context.getBean(SourceQueries.class).count(),
                    context.getBean(TimelineQueries.class).count(), context.getBean(ClaimSearch.class).count());
            return LedgerCommandLine.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("rebuild interrupted");
            return LedgerCommandLine.FAILED;
        }
    }

    private void awaitWithProgress(ProjectionReplayer replayer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (true) {
            try {
                replayer.awaitCaughtUp(Duration.ofSeconds(5));
                return;
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the rebuild did not finish within 2 hours: " + replayer.describe());
                }
                err.println("  … " + replayer.progressLine());
            }
        }
    }
}
