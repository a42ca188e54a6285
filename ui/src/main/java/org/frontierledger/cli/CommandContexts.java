package org.frontierledger.cli;

import java.util.ArrayList;
import java.util.List;
import org.frontierledger.FrontierLedgerApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without its web server, for one command. */
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
                "logging.level.root=WARN",
                "logging.level.org.axonframework=ERROR",
                // Spring warns about Axon's annotations on standard output, where results (JSON lines) go.
                "logging.level.org.springframework.core.annotation=ERROR",
                "spring.main.log-startup-info=false"));
        properties.addAll(extraProperties);
        return new SpringApplicationBuilder(FrontierLedgerApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                // As arguments: builder properties are defaults that application.properties would override.
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
