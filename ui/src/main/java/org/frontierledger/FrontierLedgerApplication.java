package org.frontierledger;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.frontierledger.cli.LedgerCommandLine;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Frontier Ledger: with no arguments (or {@code run}), the server (dashboard, REST API); with a
 * command, that command against the configured store (see {@link LedgerCommandLine}).
 */
@SpringBootApplication
@Push
@PWA(name = "Frontier Ledger", shortName = "Ledger")
public class FrontierLedgerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        quietLibraries();
        LedgerCommandLine.Outcome outcome = LedgerCommandLine.execute(args);
        if (!outcome.serverRunning()) {
            // A command must exit with its code: a failed start leaves Axon's non-daemon threads alive.
            System.exit(outcome.exitCode());
        }
    }

    /** Keeps Axon from calling home and from printing its console advertisement. */
    public static void quietLibraries() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
