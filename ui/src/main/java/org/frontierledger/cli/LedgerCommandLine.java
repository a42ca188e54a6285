package org.frontierledger.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of {@code frontier-ledger.jar}, on picocli: {@code ledger COMMAND [OPTIONS]}.
 * Commands run against the configured store and exit with {@value #OK} on success, {@value #FAILED}
 * when some input failed or the store did, {@value #USAGE} on a usage error (an unknown command or
 * option, a missing parameter, a value of the wrong form). Results go to standard output; errors
 * and progress to standard error, never as a stack trace. No command (or {@code run}) is the server.
 */
@Command(
        name = "ledger",
        synopsisSubcommandLabel = "COMMAND",
        versionProvider = LedgerCommandLine.Version.class,
        description = "Frontier Ledger: an event-sourced tracker of the AI market. With no command, or with"
                + " 'run', the server: dashboard and REST API on port 8080.",
        subcommands = {
            RunCommand.class,
            ExtractCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            SourceCommand.class,
            RebuildCommand.class,
            ReextractCommand.class,
            EvalCommand.class,
            ExportGoldCommand.class,
            DigestCommand.class,
            UserCommand.class,
            BenchCommand.class,
            LedgerCommandLine.Help.class
        },
        footerHeading = "%n",
        footer = {
            "The store is the one the server uses: LEDGER_DATA_DIR (default ./data, relative to the current"
                    + " folder) for the embedded database, or SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD for PostgreSQL."
                    + " Names and aliases in LEDGER_DATA_DIR/lexicon/ (companies.tsv, models.tsv, ...) extend the"
                    + " extractor's lexicon.",
            "",
            "Exit codes: 0 done; 1 failed (bad input, such as a file that cannot be read or a malformed query,"
                    + " or a failing store); 2 usage error (unknown command or option, missing parameter, bad value)."
        })
public final class LedgerCommandLine {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** The top level's options that picocli answers; any other leading {@code --option} is the server's. */
    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            description = "print this usage and exit")
    boolean help;

    @Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "print the version and exit")
    boolean version;

    private LedgerCommandLine() {}

    /** How a run ended: the exit code, or a server left running. */
    public record Outcome(int exitCode, boolean serverRunning) {}

    /**
     * Runs the arguments: a command and its options, help, or (none, {@code run}, or options such as
     * {@code --server.port=9090}) the server.
     */
    public static Outcome execute(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<String> arguments = new ArrayList<>(List.of(args));
        if (arguments.isEmpty()
                || arguments.getFirst().startsWith("--") && !OWN_OPTIONS.contains(arguments.getFirst())) {
            arguments.addFirst("run");
        }
        if (!arguments.getFirst().equals("run")) {
            quietLogging();
        }
        CommandLine commandLine = commandLine(out, err);
        int code = commandLine.execute(arguments.toArray(String[]::new));
        return new Outcome(code, RunCommand.started());
    }

    /** The command tree, writing to these streams. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new LedgerCommandLine(), factory(out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler(LedgerCommandLine::usageError);
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println(command.getCommandSpec().qualifiedName(" ").replaceFirst("^ledger ", "") + " failed: "
                    + rootMessage(e));
            return FAILED;
        });
        // An argument starting with @ is a query word or a file name here, never a file of arguments.
        commandLine.setExpandAtFiles(false);
        commandLine.setUsageHelpWidth(100);
        headings(commandLine);
        return commandLine;
    }

    /** The same section headings in every command's usage. */
    private static void headings(CommandLine commandLine) {
        commandLine
                .getCommandSpec()
                .usageMessage()
                .descriptionHeading("%n")
                .parameterListHeading("%nParameters:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n");
        commandLine.getSubcommands().values().forEach(LedgerCommandLine::headings);
    }

    /** One wording for every usage error: picocli's message, its suggestions, and where to read more. */
    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + invocation(e.getCommandLine().getCommandSpec()) + " --help' for more information.");
        err.flush();
        return USAGE;
    }

    /** How a person types this command: {@code ./ledger search}. */
    static String invocation(CommandSpec spec) {
        return "./" + spec.qualifiedName(" ");
    }

    /**
     * A command prints only its own output and errors: no framework lines. Lucene and other
     * libraries log through {@code java.util.logging}, which prints to standard error before any
     * Spring logging is set up (and for {@code search} and {@code extract}, which start no Spring at all).
     */
    private static void quietLogging() {
        Logger.getLogger("").setLevel(Level.OFF);
    }

    /** Builds command objects with the streams they write to. */
    private static IFactory factory(PrintStream out, PrintStream err) {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> constructor = type.getDeclaredConstructor(PrintStream.class, PrintStream.class);
                    constructor.setAccessible(true);
                    return constructor.newInstance(out, err);
                } catch (NoSuchMethodException e) {
                    return defaults.create(type);
                }
            }
        };
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

    /** The version of the jar, as its manifest states it. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LedgerCommandLine.class.getPackage().getImplementationVersion();
            return new String[] {"Frontier Ledger " + (version == null ? "(development build)" : version)};
        }
    }

    /**
     * {@code help [COMMAND [SUBCOMMAND]]}: the usage of the command named, at any depth ({@code help
     * source add}), or of the command it is under.
     */
    @Command(
            name = "help",
            helpCommand = true,
            description = "print the usage of a command: help search, help source add")
    static final class Help implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(
                paramLabel = "COMMAND",
                arity = "0..*",
                description = "a command, and a subcommand of it")
        List<String> names = new ArrayList<>();

        @Override
        public void run() {
            CommandLine target = spec.parent().commandLine();
            for (String name : names) {
                CommandLine sub = target.getSubcommands().get(name);
                if (sub == null) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "Unknown command: '" + name + "' (the commands of '"
                                    + invocation(target.getCommandSpec()) + "': "
                                    + String.join(", ", target.getSubcommands().keySet()) + ")");
                }
                target = sub;
            }
            target.usage(spec.commandLine().getOut());
        }
    }
}
