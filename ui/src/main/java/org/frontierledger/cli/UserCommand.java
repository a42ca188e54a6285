package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.List;
import org.frontierledger.security.ApiTokens;
import org.frontierledger.security.ApiTokens.NewToken;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code user add NAME --role ROLE [--password PASSWORD]}; {@code user token NAME [--name LABEL]}
 * prints a new personal API token of that user (shown once); {@code user revoke-token ID}.
 */
final class UserCommand {
    private static final String USAGE = """
            usage: user add NAME --role VIEWER|ANALYST|ADMIN [--password PASSWORD]
                   user token NAME [--name LABEL]
                   user revoke-token ID""";

    private final PrintStream out;
    private final PrintStream err;

    UserCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (args.size() >= 2 && args.get(0).equals("token")) {
            return token(args.get(1), option(args, "--name"));
        }
        if (args.size() == 2 && args.get(0).equals("revoke-token")) {
            return revoke(args.get(1));
        }
        if (args.size() < 2 || !args.get(0).equals("add") || option(args, "--role") == null) {
            err.println(USAGE);
            return LedgerCommandLine.USAGE;
        }
        Role role;
        try {
            role = Role.parse(option(args, "--role"));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.USAGE;
        }
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            UserAccounts accounts = context.getBean(UserAccounts.class);
            String given = option(args, "--password");
            String password = given == null ? accounts.generatePassword() : given;
            accounts.create(args.get(1), password, role);
            out.println("added user " + args.get(1) + " (" + role + ")"
                    + (given == null ? " with the generated password: " + password : ""));
            return LedgerCommandLine.OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    private int token(String user, String label) {
        // Standard output carries the token alone, so that TOKEN=$(ledger user token NAME) works.
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            NewToken created = context.getBean(ApiTokens.class).create(user, label == null ? "" : label,
                    "command line");
            err.println("API token " + created.info().id() + " for " + user + " (shown only once; send it as"
                    + " 'Authorization: Bearer TOKEN'):");
            out.println(created.token());
            return LedgerCommandLine.OK;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    private int revoke(String id) {
        try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
            if (!context.getBean(ApiTokens.class).revoke(id)) {
                err.println("no valid API token with id '" + id + "'");
                return LedgerCommandLine.FAILED;
            }
            out.println("revoked API token " + id);
            return LedgerCommandLine.OK;
        }
    }

    private static String option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
    }
}
