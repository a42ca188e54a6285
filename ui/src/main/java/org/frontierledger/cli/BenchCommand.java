package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frontierledger.bench.StoreBenchmark;
import org.frontierledger.bench.search.SearchBenchmark;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench search|store|api}: the benchmarks. {@code bench search} times Lucene against
 * PostgreSQL full-text search on the same synthetic claims; it needs no store of its own (it writes a
 * temporary index and a temporary schema, and removes both).
 *
 * <p>When this JVM was started without the Java Vector API, {@code bench search} runs in a second JVM
 * that has it ({@link VectorModuleJvm}), as the {@code ledger} script starts the server, so the
 * figures are those of the product as it runs; {@code --no-vector} measures without it.
 *
 * <p>{@code bench api ...} loads a running server's REST API instead ({@link ApiBenchCommand}).
 */
@Command(
        name = "bench",
        synopsisSubcommandLabel = "COMMAND",
        description = "the benchmarks (the last line of each is JSON)",
        subcommands = {
            BenchCommand.Search.class,
            BenchCommand.Store.class,
            ApiBenchCommand.class,
            LedgerCommandLine.Help.class
        })
final class BenchCommand {
    BenchCommand() {}

    /** {@code bench search}: see {@link SearchBenchmark}. */
    @Command(
            name = "search",
            description = {
                "time Lucene against PostgreSQL full-text search on N synthetic claims:"
                        + " the same five queries, the same hit counts; the last line is JSON"
            })
    static final class Search implements Callable<Integer> {
        private final PrintStream out;
        private final PrintStream err;

        @Option(
                names = "--claims",
                paramLabel = "N",
                defaultValue = "1000000",
                converter = Count.class,
                description = "synthetic claims (default: ${DEFAULT-VALUE})")
        int claims;

        @Option(
                names = "--runs",
                paramLabel = "N",
                converter = Count.class,
                description = "timed runs per query, both engines")
        @Nullable
        Integer runs;

        @Option(
                names = "--lucene-runs",
                paramLabel = "N",
                defaultValue = "1000",
                converter = Count.class,
                description = "timed runs per query on Lucene (default: ${DEFAULT-VALUE})")
        int luceneRuns;

        @Option(
                names = "--pg-runs",
                paramLabel = "N",
                defaultValue = "100",
                converter = Count.class,
                description = "timed runs per query on PostgreSQL (default: ${DEFAULT-VALUE})")
        int postgresRuns;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "42",
                description = "the random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(
                names = "--pg-url",
                paramLabel = "URL",
                defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
                description = "the PostgreSQL database (default: ${DEFAULT-VALUE})")
        String url;

        @Option(
                names = "--pg-user",
                paramLabel = "USER",
                defaultValue = "postgres",
                description = "default: ${DEFAULT-VALUE}")
        String user;

        @Option(names = "--pg-password", paramLabel = "PASSWORD", defaultValue = "", description = "default: none")
        String password;

        @Option(names = "--no-vector", description = "measure without the Java Vector API, in this JVM")
        boolean noVector;

        Search(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            if (runs != null) {
                luceneRuns = runs;
                postgresRuns = runs;
            }
            if (!noVector) {
                Optional<VectorModuleJvm> jvm = VectorModuleJvm.forThisCommand();
                if (jvm.isPresent()) {
                    err.println("Starting the benchmark in a JVM with the Java Vector API (--add-modules "
                            + VectorModuleJvm.MODULE + "), which Lucene uses as the server does; --no-vector to measure"
                            + " without it.");
                    return jvm.get().run(arguments());
                }
            }
            SearchBenchmark.run(
                    new SearchBenchmark.Options(claims, seed, luceneRuns, postgresRuns, url, user, password), out, err);
            return LedgerCommandLine.OK;
        }

        /** The same benchmark's arguments, for the second JVM. */
        private List<String> arguments() {
            List<String> args = new ArrayList<>(List.of(
                    "bench",
                    "search",
                    "--claims",
                    String.valueOf(claims),
                    "--lucene-runs",
                    String.valueOf(luceneRuns),
                    "--pg-runs",
                    String.valueOf(postgresRuns),
                    "--seed",
                    String.valueOf(seed),
                    "--pg-url",
                    url,
                    "--pg-user",
                    user));
            if (!password.isEmpty()) {
                args.addAll(List.of("--pg-password", password));
            }
            return args;
        }
    }

    /** {@code bench store}: see {@link StoreBenchmark}. */
    @Command(
            name = "store",
            description = {
                "append N synthetic events through the commands, rebuild every read model"
                        + " and the index, and time the as-of pages, each against a raw floor measured in the same run, on the"
                        + " embedded store and (with --pg-url) PostgreSQL; the last line is JSON"
            })
    static final class Store implements Callable<Integer> {
        private final PrintStream out;
        private final PrintStream err;

        @Option(
                names = "--events",
                paramLabel = "N",
                defaultValue = "1000000",
                converter = Count.class,
                description = "synthetic events (default: ${DEFAULT-VALUE})")
        int events;

        @Option(
                names = "--seed",
                paramLabel = "N",
                defaultValue = "42",
                description = "the random seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--pg-url", paramLabel = "URL", description = "also measure PostgreSQL, in a fresh schema")
        @Nullable
        String url;

        @Option(
                names = "--pg-user",
                paramLabel = "USER",
                defaultValue = "postgres",
                description = "default: ${DEFAULT-VALUE}")
        String user;

        @Option(names = "--pg-password", paramLabel = "PASSWORD", defaultValue = "", description = "default: none")
        String password;

        @Option(names = "--no-embedded", description = "skip the embedded store")
        boolean noEmbedded;

        @Option(names = "--no-replay", description = "time the first build as the rebuild")
        boolean noReplay;

        Store(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            StoreBenchmark.Options options =
                    new StoreBenchmark.Options(events, seed, !noEmbedded, url, user, password, !noReplay);
            StoreBenchmark.run(options, CommandContexts::start, out, err);
            return LedgerCommandLine.OK;
        }
    }

    /** A count of 1 or more, written with or without separators ({@code 1_000_000}, {@code 1,000,000}). */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
                if (number >= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new TypeConversionException("must be a whole number of 1 or more, got '" + value + "'");
        }
    }
}
