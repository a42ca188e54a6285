package org.frontierledger.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.frontierledger.eventstore.ProcessorPositions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The event store's meters: {@value #EVENTS_APPENDED} (events this server appended, by payload
 * type, counted when their transaction commits), {@value #PROCESSOR_LAG} (per streaming processor,
 * events stored and not yet handled; NaN while it has claimed no segment) and {@value #HEAD}. The
 * other ledger meters are counted where they happen: {@code ledger.ingest.documents} (outcome
 * recorded, unchanged or failed), {@code ledger.fetch.requests} (outcome fetched, not_modified,
 * refused, retry_later or failed), {@code ledger.search} (a timer with a latency histogram) and
 * {@code ledger.digest.runs} (outcome written, skipped or failed).
 */
class LedgerMetrics implements DisposableBean {
    static final String EVENTS_APPENDED = "ledger.events.appended";
    static final String PROCESSOR_LAG = "ledger.processor.lag";
    static final String HEAD = "ledger.events.head";

    private final MeterRegistry registry;
    private final ProcessorPositions positions;
    private final Registration interceptor;

    LedgerMetrics(MeterRegistry registry, EventStore eventStore, ProcessorPositions positions) {
        this.registry = registry;
        this.positions = positions;
        this.interceptor = eventStore.registerDispatchInterceptor(new CountOnCommit());
    }

    /** The processors exist once Axon has started, so their gauges are registered then. */
    @EventListener(ApplicationReadyEvent.class)
    void registerProcessorGauges() {
        Gauge.builder(HEAD, positions, ProcessorPositions::head)
                .description("position of the last stored event in the global sequence")
                .register(registry);
        for (String name : positions.processorNames()) {
            Gauge.builder(PROCESSOR_LAG, positions, p -> lag(p, name))
                    .description("events stored and not yet handled by the processor's slowest segment")
                    .tag("processor", name)
                    .register(registry);
        }
    }

    private static double lag(ProcessorPositions positions, String name) {
        return positions
                .positionOf(name)
                .map(p -> p.lag().isPresent() ? (double) p.lag().getAsLong() : Double.NaN)
                .orElse(Double.NaN);
    }

    private void count(EventMessage<?> event) {
        Counter.builder(EVENTS_APPENDED)
                .description("events appended to the store by this server")
                .tag("type", event.getPayloadType().getSimpleName())
                .register(registry)
                .increment();
    }

    @Override
    public void destroy() {
        interceptor.cancel();
    }

    /** Counts each published event once its unit of work commits (at once outside one). */
    private final class CountOnCommit implements MessageDispatchInterceptor<EventMessage<?>> {
        @Override
        public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
            return (index, event) -> {
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(unitOfWork -> count(event));
                } else {
                    count(event);
                }
                return event;
            };
        }
    }
}
