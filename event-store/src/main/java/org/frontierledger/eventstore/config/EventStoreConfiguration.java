package org.frontierledger.eventstore.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Wires the event store into any Spring Boot application that has this module on its class path.
 *
 * <p>Axon's own auto-configuration picks the JDBC storage engine and token store because there is a
 * {@code DataSource} and no JPA; the tables come from this module's Flyway migrations
 * ({@code db/migration/{vendor}}), so the token store shares the read models' database and
 * transaction. Projections run in pooled streaming processors; a handler that throws makes the
 * processor stop and retry that batch (Axon's default would log and skip the event, silently
 * losing it from the read model).
 */
@AutoConfiguration
@ComponentScan(basePackages = "org.frontierledger.eventstore.internal")
public class EventStoreConfiguration {

    /** Processor defaults for every processing group of the application. */
    @Bean
    ConfigurerModule ledgerProcessingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((axon, builder) -> builder
                        .initialSegmentCount(2)
                        .batchSize(200))
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance()));
    }

    @Bean
    ProjectionReplayer projectionReplayer(
            org.axonframework.config.EventProcessingConfiguration processing,
            org.axonframework.eventsourcing.eventstore.EventStore eventStore) {
        return new ProjectionReplayer(processing, eventStore);
    }
}
