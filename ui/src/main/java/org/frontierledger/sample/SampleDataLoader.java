package org.frontierledger.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On the first start, when the event store is empty, ingests the sample documents shipped in the
 * jar ({@code classpath:sample/*}), in the background so the server is up at once. A store with
 * any event is never touched. Off with {@code ledger.sample-data.enabled=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "ledger.sample-data.enabled", havingValue = "true", matchIfMissing = true)
public class SampleDataLoader {
    static final String USER = "sample-data";
    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final EventStore eventStore;
    private final IngestService ingest;
    private final TaskExecutor executor;
    private final CountDownLatch finished = new CountDownLatch(1);

    SampleDataLoader(EventStore eventStore, IngestService ingest, TaskExecutor executor) {
        this.eventStore = eventStore;
        this.ingest = ingest;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenStoreIsEmpty() {
        if (eventStore.createHeadToken() != null) {
            finished.countDown();
            return;
        }
        executor.execute(this::loadSamples);
    }

    /**
     * Waits until the samples are in the event store (or were not needed): for tests and tools that
     * must not race the background load.
     *
     * @return false when that takes longer than {@code timeout}
     */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void loadSamples() {
        try {
            Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath:sample/*");
            Arrays.sort(samples, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource sample : samples) {
                IngestReport report = ingest.ingestContent(
                        "sample/" + sample.getFilename(), null, sample.getContentAsByteArray(), USER);
                log.info("Sample data: {}", report.summary());
            }
        } catch (IOException e) {
            log.warn("Could not load the sample documents", e);
        } finally {
            finished.countDown();
        }
    }
}
