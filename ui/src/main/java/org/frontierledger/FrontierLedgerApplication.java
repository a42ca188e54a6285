package org.frontierledger;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.frontierledger.cli.LedgerCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Frontier Ledger: with no arguments, the server (dashboard, REST API); with a command, that
 * command against the configured store (see {@link LedgerCommandLine}).
 */
@SpringBootApplication
@Push
@PWA(name = "Frontier Ledger", shortName = "Ledger")
public class FrontierLedgerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        quietLibraries();
        if (LedgerCommandLine.isCommand(args)) {
            // A CLI run must exit with its code: a failed start leaves Axon's non-daemon threads alive.
            System.exit(LedgerCommandLine.run(args));
        }
        SpringApplication.run(FrontierLedgerApplication.class, args);
    }

    /** Keeps Axon from calling home and from printing its console advertisement. */
    public static void quietLibraries() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
