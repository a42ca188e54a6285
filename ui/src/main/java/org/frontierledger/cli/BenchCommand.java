package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.List;
import org.frontierledger.search.bench.SearchBenchmark;

/**
 * {@code bench search [--claims N] [--runs N] [--seed N] [--pg-url URL] [--pg-user USER]
 * [--pg-password PASSWORD]}: the search benchmark, Lucene against PostgreSQL full-text search on
 * the same synthetic claims. Needs no store of its own: it writes a temporary index and a
 * temporary schema, and removes both.
 */
final class BenchCommand {
    static final String USAGE = "usage: bench search [--claims N (default 1000000)] [--runs N (default 50)]"
            + " [--seed N (default 42)] [--pg-url URL (default jdbc:postgresql://127.0.0.1:5432/test)]"
            + " [--pg-user USER (default postgres)] [--pg-password PASSWORD]";

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty() || !args.getFirst().equals("search")) {
            err.println(USAGE);
            return LedgerCommandLine.USAGE;
        }
        int claims = 1_000_000;
        int runs = 50;
        long seed = 42;
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        String user = "postgres";
        String password = "";
        try {
            for (int i = 1; i < args.size(); i += 2) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(i + 1);
                switch (option) {
                    case "--claims" -> claims = positive(option, value);
                    case "--runs" -> runs = positive(option, value);
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
        SearchBenchmark.run(new SearchBenchmark.Options(claims, seed, runs, url, user, password), out, err);
        return LedgerCommandLine.OK;
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
