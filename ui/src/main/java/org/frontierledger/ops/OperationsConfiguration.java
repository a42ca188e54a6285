package org.frontierledger.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.ProcessorPositions;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's health indicator for the read side and the event store's meters. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(HealthProperties.class)
class OperationsConfiguration {

    /** Counts the segments other nodes of a cluster hold, from the shared token store. */
    @Bean
    ProcessorPositions processorPositions(
            EventProcessingConfiguration processing, EventStore eventStore, TokenClaims claims) {
        return new ProcessorPositions(processing, eventStore, claims);
    }

    /** Named {@code eventProcessors} in the health endpoint and the readiness group. */
    @Bean
    EventProcessorsHealthIndicator eventProcessorsHealthIndicator(
            ProcessorPositions positions, HealthProperties settings) {
        return new EventProcessorsHealthIndicator(positions, settings.maxLag());
    }

    @Bean
    LedgerMetrics ledgerMetrics(MeterRegistry registry, EventStore eventStore, ProcessorPositions positions) {
        return new LedgerMetrics(registry, eventStore, positions);
    }
}
