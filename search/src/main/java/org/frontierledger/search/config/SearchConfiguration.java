package org.frontierledger.search.config;

import java.nio.file.Path;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the search module. The index and its projection exist only when the read side is enabled
 * ({@code ledger.read-side.enabled}, true unless set), because a command-line ingest runs without
 * read models and must not take the index's lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    /** The processing group of the index projection; tokens are stored under this name. */
    static final String PROCESSING_GROUP = "claim-index";

    /** Opened here, closed by Spring on shutdown (its {@code close} method is inferred). */
    @Bean
    @ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
    ClaimIndex claimIndex(SearchProperties properties, Environment environment) {
        Path dataDir = Path.of(environment.getProperty("ledger.data-dir", "./data"));
        return ClaimIndex.open(properties.indexDirIn(dataDir).toAbsolutePath().normalize());
    }

    /**
     * A failing index write stops the processor, which retries from its last token, instead of
     * skipping the event (Axon's default logs and moves on, leaving a hole in the index).
     */
    @Bean
    @ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
    ConfigurerModule claimIndexErrorHandling() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
