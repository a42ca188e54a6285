package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.List;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code user add NAME --role ROLE [--password PASSWORD]}. */
final class UserCommand {
    private static final String USAGE = "usage: user add NAME --role VIEWER|ANALYST|ADMIN [--password PASSWORD]";

    private final PrintStream out;
    private final PrintStream err;

    UserCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
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

    private static String option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
    }
}
