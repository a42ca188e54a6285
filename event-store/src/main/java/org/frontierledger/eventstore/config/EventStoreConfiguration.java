package org.frontierledger.eventstore.config;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.frontierledger.eventstore.EventLog;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.cluster.ClusterLocks;
import org.frontierledger.eventstore.cluster.NodeId;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.Environment;
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
 *
 * <p>Several nodes may share one database (a cluster): Axon's JDBC token store hands out each
 * processor's segments ({@code ledger.processors.segments}, 2 by default, fixed when a processor's
 * tokens are first created) to whichever node claims them first, and another node takes over a
 * segment whose claim has not been refreshed within {@code axon.eventhandling.tokenstore.claim-timeout}
 * (10 s by default). Claims are written under {@code <node id>/<process id>} ({@link NodeId}).
 * ShedLock's table in the same database runs a scheduled task on one node at a time ({@link ClusterLocks}).
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
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

    /** Segments of each processor when its tokens are first created, unless {@code ledger.processors.segments} says otherwise. */
    public static final int DEFAULT_SEGMENTS = 2;

    /** Processor defaults for every processing group of the application. */
    @Bean
    ConfigurerModule ledgerProcessingDefaults(Environment environment) {
        int segments = environment.getProperty("ledger.processors.segments", Integer.class, DEFAULT_SEGMENTS);
        if (segments < 1) {
            throw new IllegalArgumentException("ledger.processors.segments must be at least 1: " + segments);
        }
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors(
                        (axon, builder) -> builder.initialSegmentCount(segments).batchSize(BATCH_SIZE))
                .registerDefaultListenerInvocationErrorHandler(axon -> PropagatingErrorHandler.instance()));
    }

    /**
     * Rows per query when a processor reads the store (Axon's default is 100): a replay of a million
     * events is then a thousand queries per processor, not ten thousand, each a round trip that the
     * processor's reader waits for. Reading one aggregate's events uses the same size.
     */
    public static final int READ_BATCH_SIZE = 1000;

    /**
     * Axon's JDBC storage engine as Axon's auto-configuration makes it, with two changes: the
     * larger {@link #READ_BATCH_SIZE}, and no query for a snapshot. Loading an aggregate (for every
     * command, a new document's included) first asks the snapshot table, then the events; this
     * application takes no snapshots (no snapshotter or trigger is configured), so that first
     * query, a round trip per command, can only find nothing.
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager) {
        return new WithoutSnapshots(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(READ_BATCH_SIZE));
    }

    /** The JDBC storage engine without reading snapshots, as none is ever stored. */
    static final class WithoutSnapshots extends JdbcEventStorageEngine {
        WithoutSnapshots(JdbcEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
            return Stream.empty();
        }
    }

    /**
     * Copies the command's {@code user} metadata onto the events it records: who ingested or curated.
     *
     * <p>Only a command's: Axon asks the providers about every message a unit of work handles,
     * events in a processor included (for the result of each handler), and asking a stored event
     * for its metadata decodes it; no event handler here sends a message, so that decoding, once
     * per event and processor, bought nothing.
     */
    @Bean
    CorrelationDataProvider userCorrelationProvider() {
        SimpleCorrelationDataProvider user = new SimpleCorrelationDataProvider(USER_METADATA);
        return message -> message instanceof CommandMessage<?> ? user.correlationDataFor(message) : Map.of();
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
            EventProcessingConfiguration processing, EventStore eventStore, TokenClaims claims) {
        return new ProjectionReplayer(processing, eventStore, claims);
    }

    /** This node's name: {@code ledger.node.id}, else one generated once and kept in the data folder. */
    @Bean
    NodeId nodeId(Environment environment) {
        return NodeId.of(environment);
    }

    /**
     * Axon's JDBC token store (as Axon's auto-configuration would make it), with this process's
     * claims written under {@code <node id>/<process id>} so that the table shows which node holds
     * which segment.
     */
    @Bean
    TokenStore tokenStore(
            ConnectionProvider connections, Serializer serializer, TokenStoreProperties properties, NodeId node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.tokenOwner())
                .build();
    }

    /** The token store's claims, read without claiming: which node holds what, and how far it is. */
    @Bean
    TokenClaims tokenClaims(
            DataSource dataSource, Serializer serializer, TokenStoreProperties properties, NodeId node) {
        return new TokenClaims(
                dataSource, serializer, node.tokenOwner(), properties.getClaimTimeout(), Clock.systemUTC());
    }

    /** ShedLock in the shared database (table {@code shedlock}), on the database's clock. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** Runs a scheduled task on one node at a time. */
    @Bean
    ClusterLocks clusterLocks(LockProvider lockProvider) {
        return new ClusterLocks(lockProvider);
    }
}
