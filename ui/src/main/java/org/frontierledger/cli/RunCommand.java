package org.frontierledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.frontierledger.FrontierLedgerApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code run [--server.port=9090 ...]}: the server, dashboard and REST API, with Spring Boot's
 * normal logging. Its options are Spring Boot's ({@code --name=value}); they reach the application
 * as they are. No command at all, or only such options, is the same.
 */
@Command(
        name = "run",
        description = "run the server: dashboard and REST API on port 8080 (also with no command)",
        footerHeading = "%n",
        footer = "Any --name=value is a setting of the server, e.g. --server.port=9090 (README: Configuration).")
final class RunCommand implements Runnable {
    private static volatile boolean started;

    @Unmatched
    List<String> serverOptions = new ArrayList<>();

    @Override
    public void run() {
        SpringApplication.run(FrontierLedgerApplication.class, serverOptions.toArray(String[]::new));
        started = true;
    }

    /** Whether the server was started in this JVM (and so the process must not exit). */
    static boolean started() {
        return started;
    }
}
