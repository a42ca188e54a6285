package org.frontierledger.eventstore.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.frontierledger.eventstore.EventLog;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the event store into any Spring Boot application that has this module on its class path.
 *
 * <p>Axon's own auto-configuration picks the JDBC storage engine and token store because there is a
 * {@code DataSource} and no JPA; the tables come from this module's Flyway migrations
 * ({@code db/migration/{vendor}}; the modules' scripts that both databases share are in
 * {@code db/migration/common}), so the token store shares the read models' database and
 * transaction. Projections run in pooled streaming processors; a handler that throws makes the
 * processor stop and retry that batch (Axon's default would log and skip the event, silently
 * losing it from the read model).
 */
@AutoConfiguration
@ComponentScan(basePackages = "org.frontierledger.eventstore.internal")
public class EventStoreConfiguration {
    /** The metadata key that carries the name of the user behind a command and its events. */
    public static final String USER_METADATA = "user";

    /**
     * Events per batch of a processor's segment: one transaction, one token update and one Lucene
     * commit per batch, so a rebuild pays those once per thousand events. Incremental processing is
     * unaffected: a batch takes what has arrived, up to this many.
     */
    public static final int BATCH_SIZE = 1000;

    /** Commits that return only once durable: H2 writes its file first, PostgreSQL flushes its WAL. */
    /**
     * The clock every module reads "now" from (ingest dates, source runs, due sources, tokens, the
     * digest's week). The server's time zone, which the digest's weeks and the as-of dates are in;
     * a test or an embedding application replaces it with a bean of its own.
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    static DurableCommits durableCommits() {
        return new DurableCommits();
    }

    /** Processor defaults for every processing group of the application. */
    @Bean
    ConfigurerModule ledgerProcessingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((axon, builder) -> builder
                        .initialSegmentCount(2)
                        .batchSize(BATCH_SIZE))
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance()));
    }

    /** Copies the command's {@code user} metadata onto the events it records: who ingested or curated. */
    @Bean
    CorrelationDataProvider userCorrelationProvider() {
        return new SimpleCorrelationDataProvider(USER_METADATA);
    }

    /**
     * Upcasts stored revision-1 capex events (before {@code basis}); Axon's Spring Boot support
     * registers every {@code EventUpcaster} bean in the chain the JDBC storage engine reads through.
     */
    @Bean
    EventUpcaster capexReportedUpcaster() {
        return new CapexReportedUpcaster();
    }

    @Bean
    EventLog eventLog(DataSource dataSource) {
        return new EventLog(new JdbcTemplate(dataSource));
    }

    @Bean
    ProjectionReplayer projectionReplayer(
            EventProcessingConfiguration processing,
            EventStore eventStore) {
        return new ProjectionReplayer(processing, eventStore);
    }
}
