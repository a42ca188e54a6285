package org.frontierledger.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.frontierledger.security.ApiTokens;
import org.frontierledger.security.ApiTokens.NewToken;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code user add NAME --role ROLE [--password PASSWORD]}; {@code user token NAME [--name LABEL]}
 * prints a new personal API token of that user (shown once); {@code user revoke-token ID}.
 */
@Command(
        name = "user",
        synopsisSubcommandLabel = "COMMAND",
        description = "manage users and their API tokens",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.Token.class,
            UserCommand.RevokeToken.class,
            LedgerCommandLine.Help.class
        })
final class UserCommand {
    private UserCommand() {}

    /** {@code user add NAME --role ROLE [--password PASSWORD]}. */
    @Command(name = "add", description = "add a user (a password is generated and printed when not given)")
    static final class Add implements Callable<Integer> {
        private final PrintStream out;
        private final PrintStream err;

        @Parameters(paramLabel = "NAME", description = "the user name")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                converter = RoleConverter.class,
                description = "VIEWER, ANALYST or ADMIN")
        Role role;

        @Option(names = "--password", paramLabel = "PASSWORD", description = "the password (default: a generated one)")
        @Nullable
        String password;

        Add(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
                UserAccounts accounts = context.getBean(UserAccounts.class);
                String chosen = password == null ? accounts.generatePassword() : password;
                accounts.create(name, chosen, role);
                out.println("added user " + name + " (" + role + ")"
                        + (password == null ? " with the generated password: " + chosen : ""));
                return LedgerCommandLine.OK;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return LedgerCommandLine.FAILED;
            }
        }
    }

    /** {@code user token NAME [--name LABEL]}. */
    @Command(
            name = "token",
            description = {
                "print a new personal API token of user NAME (shown only once; its id goes"
                        + " to standard error); scripts send it as 'Authorization: Bearer TOKEN'; works while the server runs"
            })
    static final class Token implements Callable<Integer> {
        private final PrintStream out;
        private final PrintStream err;

        @Parameters(paramLabel = "NAME", description = "the user the token acts as")
        String user;

        @Option(
                names = "--name",
                paramLabel = "LABEL",
                defaultValue = "",
                description = "a label, e.g. 'nightly export'")
        String label = "";

        Token(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            // Standard output carries the token alone, so that TOKEN=$(ledger user token NAME) works.
            try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
                NewToken created = context.getBean(ApiTokens.class).create(user, label, "command line");
                err.println("API token " + created.info().id() + " for " + user + " (shown only once; send it as"
                        + " 'Authorization: Bearer TOKEN'):");
                out.println(created.token());
                return LedgerCommandLine.OK;
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return LedgerCommandLine.FAILED;
            }
        }
    }

    /** {@code user revoke-token ID}. */
    @Command(name = "revoke-token", description = "revoke an API token (its id is printed when it is created)")
    static final class RevokeToken implements Callable<Integer> {
        private final PrintStream out;
        private final PrintStream err;

        @Parameters(paramLabel = "ID", description = "the token's id")
        String id;

        RevokeToken(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CommandContexts.start(false)) {
                if (!context.getBean(ApiTokens.class).revoke(id)) {
                    err.println("no valid API token with id '" + id + "'");
                    return LedgerCommandLine.FAILED;
                }
                out.println("revoked API token " + id);
                return LedgerCommandLine.OK;
            }
        }
    }

    /** {@code --role}: a role's name, in any case. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
