package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.export.DigestRendering;
import org.frontierledger.projections.digest.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code digest [--week 2026-W19] [--format md|html|pdf|csv|json] [--out FILE] [--as-of INSTANT]}:
 * a week's digest (by default the last complete week, in Markdown) to standard output or a file.
 * PDF needs {@code --out}. It reads the read models, after letting them catch up with the events.
 */
@Command(
        name = "digest",
        description = {
            "a week's digest (default: the last complete week, Markdown) to standard"
                    + " output or a file, as of now or of an earlier instant; needs the server stopped"
        })
final class DigestCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Option(
            names = "--week",
            paramLabel = "WEEK",
            converter = WeekConverter.class,
            description = "an ISO week, e.g. 2026-W19 (default: the last complete week)")
    @Nullable
    IsoWeek week;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "md",
            converter = FormatConverter.class,
            description = "md, html, pdf, csv or json (default: ${DEFAULT-VALUE}); pdf needs --out")
    DigestFormat format = DigestFormat.parse("md");

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    @Nullable
    Path file;

    @Option(
            names = "--as-of",
            paramLabel = "INSTANT",
            converter = InstantConverter.class,
            description = "the ledger as known at this instant, e.g. 2026-05-11T06:00:00Z (default: now)")
    @Nullable
    Instant asOf;

    @Spec
    CommandSpec spec;

    DigestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!format.isText() && file == null) {
            throw new ParameterException(spec.commandLine(), "a PDF digest is binary: give --out FILE");
        }
        return render(week, format, asOf, file);
    }

    private int render(@Nullable IsoWeek requested, DigestFormat format, @Nullable Instant asOf, @Nullable Path file) {
        try (ConfigurableApplicationContext context =
                CommandContexts.start(true, List.of("ledger.digest.enabled=false"))) {
            awaitReadModels(context.getBean(ProjectionReplayer.class));
            DigestRendering rendering = context.getBean(DigestRendering.class);
            IsoWeek week = requested != null ? requested : rendering.lastCompleteWeek();
            byte[] digest = rendering.render(week, format, asOf);
            if (file == null) {
                out.write(digest);
                out.flush();
            } else {
                Path path = file.toAbsolutePath();
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

    /** {@code --week}: an ISO week. */
    static final class WeekConverter implements ITypeConverter<IsoWeek> {
        @Override
        public IsoWeek convert(String value) {
            try {
                return IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --format}: a digest format's extension. */
    static final class FormatConverter implements ITypeConverter<DigestFormat> {
        @Override
        public DigestFormat convert(String value) {
            try {
                return DigestFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --as-of}: an instant, as the digest's REST endpoint takes it. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return DigestRendering.parseInstant(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
