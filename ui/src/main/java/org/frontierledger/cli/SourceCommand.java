package org.frontierledger.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.SourceException;
import org.frontierledger.ingestion.SourceRunReport;
import org.frontierledger.ingestion.SourceService;
import org.frontierledger.projections.subscriptions.Subscription;
import org.frontierledger.projections.subscriptions.SubscriptionQueries;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code source add|list|pause|resume|remove|run}: manages subscriptions. {@code list} shows the
 * registry's read model as the server last updated it.
 */
final class SourceCommand {
    static final String USAGE = """
            usage: source add feed|page|folder LOCATION [--every DURATION]   (e.g. --every 6h, --every 30m)
                   source list
                   source pause|resume|remove|run ID""";

    private final PrintStream out;
    private final PrintStream err;

    SourceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return LedgerCommandLine.USAGE;
        }
        String action = args.getFirst();
        List<String> rest = args.subList(1, args.size());
        boolean valid = switch (action) {
            case "add" -> rest.size() == 2 || (rest.size() == 4 && rest.get(2).equals("--every"));
            case "list" -> rest.isEmpty();
            case "pause", "resume", "remove", "run" -> rest.size() == 1;
            default -> false;
        };
        if (!valid) {
            err.println(USAGE);
            return LedgerCommandLine.USAGE;
        }
        String user = "cli:" + System.getProperty("user.name", "unknown");
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            SourceService sources = context.getBean(SourceService.class);
            SubscriptionQueries subscriptions = context.getBean(SubscriptionQueries.class);
            return switch (action) {
                case "add" -> add(sources, rest, user);
                case "list" -> list(subscriptions);
                case "run" -> runNow(sources, id(subscriptions, rest.getFirst()), user);
                default -> change(sources, action, id(subscriptions, rest.getFirst()), user);
            };
        } catch (SourceException | IllegalArgumentException e) {
            err.println("source " + action + ": " + e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    private int add(SourceService sources, List<String> args, String user) {
        SourceKind kind;
        try {
            kind = SourceKind.valueOf(args.get(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("unknown kind '" + args.get(0) + "': feed, page or folder\n" + USAGE);
            return LedgerCommandLine.USAGE;
        }
        Duration every = args.size() == 4 ? duration(args.get(3)) : null;
        SourceId id = sources.add(kind, args.get(1), every, user);
        out.println("subscribed " + id + "  " + kind.name().toLowerCase(Locale.ROOT) + "  " + args.get(1)
                + "  (a running server reads it within a minute; `source run " + id + "` reads it now)");
        return LedgerCommandLine.OK;
    }

    private int list(SubscriptionQueries subscriptions) {
        List<Subscription> all = subscriptions.all();
        if (all.isEmpty()) {
            out.println("no subscriptions");
        }
        for (Subscription s : all) {
            out.printf("%s  %-6s %-8s every %-6s docs %-4d events %-4d last %s  next %s  %s%s%n", s.sourceId(),
                    s.kind().name().toLowerCase(Locale.ROOT), s.status(), shortDuration(s.interval()),
                    s.documentsRecorded(), s.marketEvents(), s.lastRunAt() == null ? "never" : s.lastRunAt(),
                    s.paused() ? "-" : s.nextRunAt(), s.location(),
                    s.lastError() == null ? "" : "\n    last error: " + s.lastError());
        }
        return LedgerCommandLine.OK;
    }

    private int runNow(SourceService sources, SourceId id, String user) {
        int[] done = {0};
        SourceRunReport report = sources.runAndWait(id, user, document ->
                (document.status() == IngestReport.Status.FAILED ? err : out)
                        .println("[" + ++done[0] + "] " + document.summary()));
        out.println("source " + id + ": " + report.summary());
        return report.error() == null ? LedgerCommandLine.OK : LedgerCommandLine.FAILED;
    }

    private int change(SourceService sources, String action, SourceId id, String user) {
        switch (action) {
            case "pause" -> sources.pause(id, user);
            case "resume" -> sources.resume(id, user);
            default -> sources.remove(id, user);
        }
        out.println(action + (action.endsWith("e") ? "d " : "ed ") + id);
        return LedgerCommandLine.OK;
    }

    /** The id as given, or the one listed source whose id starts with it. */
    private static SourceId id(SubscriptionQueries subscriptions, String given) {
        List<String> matches = subscriptions.all().stream().map(Subscription::sourceId)
                .filter(id -> id.startsWith(given.toLowerCase(Locale.ROOT))).toList();
        return new SourceId(matches.size() == 1 ? matches.getFirst() : given);
    }

    private static Duration duration(String text) {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(\\d{1,6})([mhd])")
                .matcher(text.toLowerCase(Locale.ROOT));
        if (!parts.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 30m, 6h or 1d");
        }
        long amount = Long.parseLong(parts.group(1));
        return switch (parts.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static String shortDuration(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
