package org.frontierledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.frontierledger.FrontierLedgerApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server and without console logging, for one command. */
final class CommandContexts {
    private CommandContexts() {}

    /**
     * A context on the configured store.
     *
     * @param readSide whether read models and the index run here; an ingest only appends events,
     *     which a running server's projections pick up, so it can run beside the server
     */
    static ConfigurableApplicationContext start(boolean readSide) {
        return start(readSide, List.of());
    }

    /** A context on the configured store, with more properties for one command. */
    static ConfigurableApplicationContext start(boolean readSide, List<String> extraProperties) {
        List<String> properties = new ArrayList<>(List.of(
                "ledger.read-side.enabled=" + readSide,
                "ledger.sample-data.enabled=false",
                "ledger.sources.polling=false",
                // A command prints only its own output and errors (the log's console is standard output,
                // where results such as JSON lines go); its failures reach the person as its error message.
                "logging.threshold.console=OFF",
                "logging.level.root=ERROR",
                "spring.main.log-startup-info=false"));
        properties.addAll(extraProperties);
        return new SpringApplicationBuilder(FrontierLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                // As arguments: builder properties are defaults that application.properties would override.
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
