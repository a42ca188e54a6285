package org.frontierledger.eventstore.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every Frontier Ledger process needs, added with the lowest precedence so that
 * {@code application.properties}, the environment and the command line all override them.
 * Library modules ship no {@code application.properties} of their own, which would shadow the
 * application's on the class path.
 */
public class LedgerDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            // XStream (Axon's default) cannot read records; Jackson can.
            "axon.serializer.general", "jackson",
            "axon.serializer.events", "jackson",
            "axon.serializer.messages", "jackson",
            // The update checker would try to reach the internet at every start.
            "axoniq.update-checker.disabled", "true",
            // Scripts both databases run as they are live in common; a vendor folder holds a script
            // only where the types differ. A version stands in one folder only; moving a script
            // between folders keeps its checksum, so stores migrated before still validate.
            "spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}",
            "ledger.data-dir", "./data");

    /**
     * On PostgreSQL, the driver sends a JDBC batch of inserts as multi-row inserts: Axon appends a
     * document's events as one batch, and the projections write theirs once per batch of events.
     */
    static final String REWRITE_BATCHED_INSERTS =
            "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            defaults.put(REWRITE_BATCHED_INSERTS, "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource("frontier-ledger-defaults", defaults));
    }
}
