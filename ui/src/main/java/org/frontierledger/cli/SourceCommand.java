package org.frontierledger.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.SourceException;
import org.frontierledger.ingestion.SourceRunReport;
import org.frontierledger.ingestion.SourceService;
import org.frontierledger.projections.subscriptions.Subscription;
import org.frontierledger.projections.subscriptions.SubscriptionQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code source add|list|pause|resume|remove|run}: manages subscriptions. {@code list} shows the
 * registry's read model as the server last updated it.
 */
@Command(
        name = "source",
        synopsisSubcommandLabel = "COMMAND",
        description = "manage subscriptions: feeds, pages and folders the server reads on a schedule",
        subcommands = {
            SourceCommand.Add.class,
            SourceCommand.ListSources.class,
            SourceCommand.Pause.class,
            SourceCommand.Resume.class,
            SourceCommand.Remove.class,
            SourceCommand.Run.class,
            LedgerCommandLine.Help.class
        })
final class SourceCommand {
    private final PrintStream out;
    private final PrintStream err;

    SourceCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs one action on the store, with the services it needs. */
    private int withSources(String action, Action body) {
        String user = "cli:" + System.getProperty("user.name", "unknown");
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            return body.run(context.getBean(SourceService.class), context.getBean(SubscriptionQueries.class), user);
        } catch (SourceException | IllegalArgumentException e) {
            err.println("source " + action + ": " + e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    private interface Action {
        int run(SourceService sources, SubscriptionQueries subscriptions, String user);
    }

    /** {@code source add feed|page|folder LOCATION [--every DURATION]}. */
    @Command(name = "add", description = "subscribe to a feed, a page or a folder")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(
                index = "0",
                paramLabel = "KIND",
                converter = KindConverter.class,
                description = "feed, page or folder")
        SourceKind kind;

        @Parameters(
                index = "1",
                paramLabel = "LOCATION",
                description = "an http(s) URL, or a folder under the watch roots")
        String location;

        @Option(
                names = "--every",
                paramLabel = "DURATION",
                converter = DurationConverter.class,
                description = "how often to read it, e.g. 30m, 6h, 1d (default: feeds hourly, pages and folders daily)")
        @Nullable
        Duration every;

        @Override
        public Integer call() {
            return parent.withSources(
                    "add", (sources, subscriptions, user) -> parent.add(sources, kind, location, every, user));
        }
    }

    /** {@code source list}. */
    @Command(name = "list", description = "list the subscriptions with their state")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Override
        public Integer call() {
            return parent.withSources("list", (sources, subscriptions, user) -> parent.list(subscriptions));
        }
    }

    /** What the single-id actions share: the id, or a prefix of it that only one subscription has. */
    abstract static class OnOne implements Callable<Integer> {
        @ParentCommand
        SourceCommand parent;

        @Parameters(paramLabel = "ID", description = "the subscription's id, or its start")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            String action = spec.name();
            return parent.withSources(
                    action, (sources, subscriptions, user) -> act(sources, id(subscriptions, id), user));
        }

        abstract int act(SourceService sources, SourceId id, String user);
    }

    @Command(name = "pause", description = "stop reading a subscription until it is resumed")
    static final class Pause extends OnOne {
        @Override
        int act(SourceService sources, SourceId id, String user) {
            sources.pause(id, user);
            parent.out.println("paused " + id);
            return LedgerCommandLine.OK;
        }
    }

    @Command(name = "resume", description = "read a paused subscription again on its schedule")
    static final class Resume extends OnOne {
        @Override
        int act(SourceService sources, SourceId id, String user) {
            sources.resume(id, user);
            parent.out.println("resumed " + id);
            return LedgerCommandLine.OK;
        }
    }

    @Command(name = "remove", description = "remove a subscription (what it recorded stays)")
    static final class Remove extends OnOne {
        @Override
        int act(SourceService sources, SourceId id, String user) {
            sources.remove(id, user);
            parent.out.println("removed " + id);
            return LedgerCommandLine.OK;
        }
    }

    @Command(name = "run", description = "read a subscription now, a line per document")
    static final class Run extends OnOne {
        @Override
        int act(SourceService sources, SourceId id, String user) {
            return parent.runNow(sources, id, user);
        }
    }

    private int add(SourceService sources, SourceKind kind, String location, @Nullable Duration every, String user) {
        SourceId id = sources.add(kind, location, every, user);
        out.println("subscribed " + id + "  " + kind.name().toLowerCase(Locale.ROOT) + "  " + location
                + "  (a running server reads it within a minute; `source run " + id + "` reads it now)");
        return LedgerCommandLine.OK;
    }

    private int list(SubscriptionQueries subscriptions) {
        List<Subscription> all = subscriptions.all();
        if (all.isEmpty()) {
            out.println("no subscriptions");
        }
        for (Subscription s : all) {
            out.printf(
                    "%s  %-6s %-8s every %-6s docs %-4d events %-4d last %s  next %s  %s%s%n",
                    s.sourceId(),
                    s.kind().name().toLowerCase(Locale.ROOT),
                    s.status(),
                    shortDuration(s.interval()),
                    s.documentsRecorded(),
                    s.marketEvents(),
                    s.lastRunAt() == null ? "never" : s.lastRunAt(),
                    s.paused() ? "-" : s.nextRunAt(),
                    s.location(),
                    s.lastError() == null ? "" : "\n    last error: " + s.lastError());
        }
        return LedgerCommandLine.OK;
    }

    private int runNow(SourceService sources, SourceId id, String user) {
        int[] done = {0};
        SourceRunReport report = sources.runAndWait(
                id,
                user,
                document -> (document.status() == IngestReport.Status.FAILED ? err : out)
                        .println("[" + ++done[0] + "] " + document.summary()));
        out.println("source " + id + ": " + report.summary());
        return report.error() == null ? LedgerCommandLine.OK : LedgerCommandLine.FAILED;
    }

    /** The id as given, or the one listed source whose id starts with it. */
    private static SourceId id(SubscriptionQueries subscriptions, String given) {
        List<String> matches = subscriptions.all().stream()
                .map(Subscription::sourceId)
                .filter(id -> id.startsWith(given.toLowerCase(Locale.ROOT)))
                .toList();
        return new SourceId(matches.size() == 1 ? matches.getFirst() : given);
    }

    /** {@code --every}: minutes, hours or days. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,6})([mhd])");

        @Override
        public Duration convert(String text) {
            Matcher parts = FORM.matcher(text.toLowerCase(Locale.ROOT));
            if (!parts.matches()) {
                throw new TypeConversionException("'" + text + "' is not a duration like 30m, 6h or 1d");
            }
            long amount = Long.parseLong(parts.group(1));
            return switch (parts.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
    }

    /** The kind of a subscription: feed, page or folder. */
    static final class KindConverter implements ITypeConverter<SourceKind> {
        @Override
        public SourceKind convert(String text) {
            try {
                return SourceKind.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("unknown kind '" + text + "': feed, page or folder");
            }
        }
    }

    private static String shortDuration(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + "h" : d.toMinutes() + "m";
    }
}
