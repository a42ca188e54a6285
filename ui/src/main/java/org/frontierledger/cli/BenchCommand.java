package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontierledger.bench.StoreBenchmark;
import org.frontierledger.bench.search.SearchBenchmark;

/**
 * {@code bench search [--claims N] [--runs N] [--lucene-runs N] [--pg-runs N] [--seed N] [--pg-url URL]
 * [--pg-user USER] [--pg-password PASSWORD] [--no-vector]}: the search benchmark, Lucene against
 * PostgreSQL full-text search on the same synthetic claims. Needs no store of its own: it writes a
 * temporary index and a temporary schema, and removes both.
 *
 * <p>When this JVM was started without the Java Vector API, the benchmark runs in a second JVM
 * that has it ({@link VectorModuleJvm}), as the {@code ledger} script starts the server, so the
 * figures are those of the product as it runs; {@code --no-vector} measures without it.
 *
 * <p>{@code bench api ...} loads a running server's REST API instead ({@link ApiBenchCommand}).
 */
final class BenchCommand {
    static final String USAGE = "usage: bench search [--claims N (default 1000000)]"
            + " [--runs N (both engines)] [--lucene-runs N (default 1000)] [--pg-runs N (default 100)]"
            + " [--seed N (default 42)] [--pg-url URL (default jdbc:postgresql://127.0.0.1:5432/test)]"
            + " [--pg-user USER (default postgres)] [--pg-password PASSWORD] [--no-vector]";

    static final String STORE_USAGE = "usage: bench store [--events N (default 1000000)] [--seed N (default 42)]"
            + " [--pg-url URL (also measure PostgreSQL, in a fresh schema)] [--pg-user USER (default postgres)]"
            + " [--pg-password PASSWORD] [--no-embedded] [--no-replay (time the first build as the rebuild)]";

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.getFirst().equals("api")) {
            return new ApiBenchCommand(out, err).run(args.subList(1, args.size()));
        }
        if (!args.isEmpty() && args.getFirst().equals("store")) {
            return store(args.subList(1, args.size()));
        }
        if (args.isEmpty() || !args.getFirst().equals("search")) {
            err.println(USAGE + "\n" + STORE_USAGE + "\n" + ApiBenchCommand.USAGE);
            return LedgerCommandLine.USAGE;
        }
        int claims = 1_000_000;
        int luceneRuns = 1_000;
        int postgresRuns = 100;
        long seed = 42;
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        String user = "postgres";
        String password = "";
        boolean vector = true;
        try {
            for (int i = 1; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--no-vector")) {
                    vector = false;
                    continue;
                }
                if (++i >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(i);
                switch (option) {
                    case "--claims" -> claims = positive(option, value);
                    case "--runs" -> {
                        luceneRuns = positive(option, value);
                        postgresRuns = luceneRuns;
                    }
                    case "--lucene-runs" -> luceneRuns = positive(option, value);
                    case "--pg-runs" -> postgresRuns = positive(option, value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--pg-url" -> url = value;
                    case "--pg-user" -> user = value;
                    case "--pg-password" -> password = value;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return LedgerCommandLine.USAGE;
        }
        if (vector) {
            Optional<VectorModuleJvm> jvm = VectorModuleJvm.forThisCommand();
            if (jvm.isPresent()) {
                err.println("Starting the benchmark in a JVM with the Java Vector API (--add-modules "
                        + VectorModuleJvm.MODULE + "), which Lucene uses as the server does; --no-vector to measure"
                        + " without it.");
                return jvm.get().run(prepend("bench", args));
            }
        }
        SearchBenchmark.run(new SearchBenchmark.Options(claims, seed, luceneRuns, postgresRuns, url, user, password),
                out, err);
        return LedgerCommandLine.OK;
    }

    /** {@code bench store}: see {@link StoreBenchmark}. */
    private int store(List<String> args) {
        int events = 1_000_000;
        long seed = 42;
        boolean embedded = true;
        boolean replay = true;
        String url = null;
        String user = "postgres";
        String password = "";
        try {
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--no-embedded")) {
                    embedded = false;
                    continue;
                }
                if (option.equals("--no-replay")) {
                    replay = false;
                    continue;
                }
                if (++i >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(i);
                switch (option) {
                    case "--events" -> events = positive(option, value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--pg-url" -> url = value;
                    case "--pg-user" -> user = value;
                    case "--pg-password" -> password = value;
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            StoreBenchmark.Options options = new StoreBenchmark.Options(events, seed, embedded, url, user, password,
                    replay);
            StoreBenchmark.run(options, CommandContexts::start, out, err);
            return LedgerCommandLine.OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + STORE_USAGE);
            return LedgerCommandLine.USAGE;
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number of 1 or more, got '" + value + "'");
        }
    }
}
