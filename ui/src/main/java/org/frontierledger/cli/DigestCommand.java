package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.export.DigestRendering;
import org.frontierledger.projections.digest.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code digest [--week 2026-W19] [--format md|html|pdf|csv|json] [--out FILE] [--as-of INSTANT]}:
 * a week's digest (by default the last complete week, in Markdown) to standard output or a file.
 * PDF needs {@code --out}. It reads the read models, after letting them catch up with the events.
 */
final class DigestCommand {
    static final String USAGE = "usage: digest [--week 2026-W19] [--format md|html|pdf|csv|json] [--out FILE]"
            + " [--as-of 2026-05-11T06:00:00Z]";
    private static final Set<String> OPTIONS = Set.of("--week", "--format", "--out", "--as-of");

    private final PrintStream out;
    private final PrintStream err;

    DigestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size() || options.containsKey(args.get(i))) {
                err.println((OPTIONS.contains(args.get(i)) ? "'" + args.get(i) + "' needs one value"
                        : "unknown option '" + args.get(i) + "'") + "\n" + USAGE);
                return LedgerCommandLine.USAGE;
            }
            options.put(args.get(i), args.get(i + 1));
        }
        IsoWeek week;
        DigestFormat format;
        Instant asOf;
        try {
            week = options.containsKey("--week") ? IsoWeek.parse(options.get("--week")) : null;
            format = DigestFormat.parse(options.getOrDefault("--format", "md"));
            asOf = options.containsKey("--as-of") ? DigestRendering.parseInstant(options.get("--as-of")) : null;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return LedgerCommandLine.USAGE;
        }
        String file = options.get("--out");
        if (!format.isText() && file == null) {
            err.println("a PDF digest is binary: give --out FILE\n" + USAGE);
            return LedgerCommandLine.USAGE;
        }
        return render(week, format, asOf, file);
    }

    private int render(@Nullable IsoWeek requested, DigestFormat format, @Nullable Instant asOf, @Nullable String file) {
        // Standard output carries the digest itself, so the log stays off the console.
        try (ConfigurableApplicationContext context = CommandContexts.start(true,
                List.of("logging.pattern.console=", "ledger.digest.enabled=false"))) {
            awaitReadModels(context.getBean(ProjectionReplayer.class));
            DigestRendering rendering = context.getBean(DigestRendering.class);
            IsoWeek week = requested != null ? requested : rendering.lastCompleteWeek();
            byte[] digest = rendering.render(week, format, asOf);
            if (file == null) {
                out.write(digest);
                out.flush();
            } else {
                Path path = Path.of(file).toAbsolutePath();
                Files.write(path, digest);
                err.println("wrote the " + format.extension() + " digest of " + week + " to " + path);
            }
            return LedgerCommandLine.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void awaitReadModels(ProjectionReplayer replayer) {
        try {
            replayer.awaitCaughtUp(Duration.ofSeconds(60));
        } catch (TimeoutException e) {
            err.println("warning: the read models have not caught up with every event; the digest shows what they"
                    + " hold (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the read models caught up", e);
        }
    }
}
