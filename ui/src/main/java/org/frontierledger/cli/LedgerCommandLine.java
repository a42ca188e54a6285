package org.frontierledger.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@code frontier-ledger.jar}. Commands run against the configured store and
 * exit: 0 on success, 1 when some input failed, 2 on a usage error. Results go to standard
 * output, errors and progress to standard error, never as a bare stack trace.
 */
public final class LedgerCommandLine {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of(
            "extract", "ingest", "search", "rebuild", "reextract", "eval", "export-gold", "digest", "user", "source", "bench",
            "help");

    static final String USAGE_TEXT = """
            usage: java -jar frontier-ledger.jar [COMMAND ARGS...]

              (no command)            run the server: dashboard and REST API on port 8080
              extract --json FILE|FOLDER...  print the market events of each file as JSON lines (no store needed)
              ingest PATH|URL...      read files, folders or http(s) URLs (pages or RSS/Atom feeds) into the store
              search QUERY [--limit N] [--sort newest] [--type CAPEX] [--org Microsoft] [--as-of 2025-03-01] [--json]
                                      the claims matching a query (the search view's syntax), from the index
                                      as last committed; works while the server runs
              source add feed|page|folder LOCATION [--every 6h] | list | pause|resume|remove|run ID
                                      manage subscriptions: sources the server reads on a schedule
              rebuild                 rebuild every read model and the search index from the events
              reextract               re-run the current extractor over the stored documents and record
                                      the differences (new and superseded market events)
              eval [--json]           score the current extractor against the analysts' curation (confirmed and
                                      corrected events are gold, rejected ones false positives), per event type
              export-gold DIR         write the curated documents and their gold events as DIR/docs/*.txt and
                                      DIR/gold/*.jsonl, the shared corpus's layout for check_gold.py and score.py
              digest [--week 2026-W19] [--format md|html|pdf|csv|json] [--out FILE] [--as-of INSTANT]
                                      a week's digest (default: the last complete week, Markdown, to standard
                                      output; PDF needs --out), as of now or of an earlier instant
              user add NAME --role VIEWER|ANALYST|ADMIN [--password PASSWORD]
                                      add a user (a password is generated and printed when not given)
              user token NAME [--name LABEL]
                                      print a new personal API token of user NAME (shown only once);
                                      scripts send it as 'Authorization: Bearer TOKEN'
              user revoke-token ID    revoke an API token (its id is printed when it is created)
              bench search [--claims N] [--lucene-runs N] [--pg-runs N] [--pg-url URL] [--no-vector]
                                      time Lucene against PostgreSQL full-text search on N synthetic
                                      claims (default 1,000,000); the last line is JSON
              bench api --url http://127.0.0.1:PORT (--token TOKEN | --user NAME:PASSWORD)
                        [--clients 16] [--requests 8000] [--max-seconds 60]
                                      load a running server's REST API (/api/search, /api/events) from
                                      N clients on loopback; prints requests/s and latency percentiles
              bench store [--events N] [--pg-url URL] [--no-embedded] [--no-replay]
                                      append N synthetic events (default 1,000,000) through the commands,
                                      rebuild every read model and the index, time as-of pages, each
                                      against a raw floor, on the embedded store and PostgreSQL; last line JSON
              help                    this text

            The store is the one the server uses: LEDGER_DATA_DIR (default ./data) for the embedded
            database, or SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD for PostgreSQL. Names and aliases in
            LEDGER_DATA_DIR/lexicon/ (companies.tsv, models.tsv, ...) extend the extractor's lexicon.""";

    private LedgerCommandLine() {}

    /** True when the arguments name a command rather than server options such as {@code --server.port=9090}. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (!COMMANDS.contains(command)) {
            err.println("unknown command '" + command + "'\n\n" + USAGE_TEXT);
            return USAGE;
        }
        try {
            return switch (command) {
                case "extract" -> new ExtractCommand(out, err).run(rest);
                case "ingest" -> new IngestCommand(out, err).run(rest);
                case "search" -> new SearchCommand(out, err).run(rest);
                case "rebuild" -> new RebuildCommand(out, err).run(rest);
                case "reextract" -> new ReextractCommand(out, err).run(rest);
                case "eval" -> new EvalCommand(out, err).run(rest);
                case "export-gold" -> new ExportGoldCommand(out, err).run(rest);
                case "digest" -> new DigestCommand(out, err).run(rest);
                case "user" -> new UserCommand(out, err).run(rest);
                case "source" -> new SourceCommand(out, err).run(rest);
                case "bench" -> new BenchCommand(out, err).run(rest);
                default -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
            };
        } catch (RuntimeException e) {
            err.println(command + " failed: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The message of the deepest cause, which is usually the one a person can act on. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
