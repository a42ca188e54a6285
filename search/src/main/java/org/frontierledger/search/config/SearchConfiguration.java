package org.frontierledger.search.config;

import java.nio.file.Path;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.frontierledger.eventstore.cluster.NodeId;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the search module. The index and its projection exist only when the read side is enabled
 * ({@code ledger.read-side.enabled}, true unless set), because a command-line ingest runs without
 * read models and must not take the index's lock.
 *
 * <p>Each node keeps its own index, so the index projection's processor is named after the node
 * ({@code claim-index@<node id>}, see {@link NodeId}): every node has its own token and indexes
 * every event itself, while the SQL projections share their segments across the nodes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    /** The processing group of the index projection; its processor (and tokens) add the node id to it. */
    static final String PROCESSING_GROUP = "claim-index";

    /** Opened here, closed by Spring on shutdown (its {@code close} method is inferred). */
    @Bean
    @ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
    ClaimIndex claimIndex(Environment environment) {
        return ClaimIndex.open(indexFolder(environment));
    }

    /**
     * The folder of the index under these settings: {@code ledger.search.index-dir}, else
     * {@code index} in {@code ledger.data-dir} (itself {@code ./data} by default). Public for a
     * command that reads the index without starting the application.
     */
    public static Path indexFolder(Environment environment) {
        Path dataDir = Path.of(environment.getProperty("ledger.data-dir", "./data"));
        SearchProperties settings = Binder.get(environment)
                .bind("ledger.search", SearchProperties.class)
                .orElseGet(() -> new SearchProperties(null));
        return settings.indexDirIn(dataDir).toAbsolutePath().normalize();
    }

    /**
     * The index processor: this node's own, in {@value #INDEX_SEGMENTS} segment. A failing index write
     * stops the processor, which retries from its last token, instead of skipping the event (Axon's
     * default logs and moves on, leaving a hole in the index).
     */
    @Bean
    @ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
    ConfigurerModule claimIndexErrorHandling(NodeId node) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .assignProcessingGroup(PROCESSING_GROUP, processorName(node))
                .registerPooledStreamingEventProcessorConfiguration(
                        processorName(node), (axon, builder) -> builder.initialSegmentCount(INDEX_SEGMENTS))
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
    }

    /**
     * Segments of the index processor when its tokens are first created: one. The processor is this
     * node's alone (no other node shares its segments), and its segments would share one index
     * writer, which takes one writer at a time; two segments only doubled the Lucene commits (one
     * per batch of each), each flushing a small segment that merges then rewrote. Tokens made
     * before keep the count they were made with.
     */
    static final int INDEX_SEGMENTS = 1;

    /** The name of this node's index processor, under which its tokens are stored: {@code claim-index@<node id>}. */
    public static String processorName(NodeId node) {
        return node.processorName(PROCESSING_GROUP);
    }
}
