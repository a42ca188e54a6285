package org.frontierledger.eventstore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.jspecify.annotations.Nullable;

/**
 * Where each streaming event processor stands against the head of the event stream, measured as
 * {@link ProjectionReplayer#progress()} measures a replay: a processor is as far as its slowest
 * segment, and positions are global sequence numbers, so a lag counts events up to the gaps a
 * failed transaction leaves in the sequence. On a cluster, the segments other live nodes hold (in
 * the shared token store) count at the positions they stored; without the token store's claims,
 * only the segments this node has claimed are seen.
 *
 * <p>Thread-safe; every call reads the head and the processors afresh.
 */
public class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final @Nullable TokenClaims claims;

    /** Positions of the application's streaming processors against its store's head, this node's segments only. */
    public ProcessorPositions(EventProcessingConfiguration processing, EventStore eventStore) {
        this(processing, eventStore, null);
    }

    /** Positions counting the segments other live nodes hold too ({@code claims} null: this node's only). */
    public ProcessorPositions(
            EventProcessingConfiguration processing, EventStore eventStore, @Nullable TokenClaims claims) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.claims = claims;
    }

    /**
     * One streaming processor against the head.
     *
     * @param processor the processing group's name
     * @param running whether the processor runs
     * @param inError whether any claimed segment is in error (and retrying)
     * @param allClaimed whether the segments claimed here, with those other live nodes hold, cover
     *     the whole stream
     * @param position the slowest claimed segment's position (here or, stored, on another node): -1 before the first event, empty when
     *     no segment is claimed
     * @param head the position of the last stored event, -1 for an empty store
     */
    public record Position(
            String processor, boolean running, boolean inError, boolean allClaimed, OptionalLong position, long head) {
        /** Events stored and not yet handled by the slowest claimed segment; empty when none is claimed. */
        public OptionalLong lag() {
            return position.isPresent()
                    ? OptionalLong.of(Math.max(0, head - position.getAsLong()))
                    : OptionalLong.empty();
        }
    }

    /** The position of the last stored event, -1 for an empty store; reading it proves the store answers. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Every streaming processor's position, sorted by name, against one reading of the head. */
    public List<Position> positions() {
        long head = head();
        List<Position> positions = new ArrayList<>();
        for (StreamingEventProcessor processor : processors()) {
            positions.add(positionOf(processor, head));
        }
        return positions;
    }

    /** Names of the streaming processors, sorted. */
    public List<String> processorNames() {
        return processors().stream().map(StreamingEventProcessor::getName).toList();
    }

    /** One processor's position against the head now; empty for a name that is no streaming processor. */
    public Optional<Position> positionOf(String name) {
        return processors().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .map(p -> positionOf(p, head()));
    }

    private Position positionOf(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        OptionalLong slowest = statuses.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min();
        Optional<List<OptionalLong>> elsewhere = ClusterCoverage.heldElsewhere(processor, claims);
        for (OptionalLong stored : elsewhere.orElse(List.of())) {
            long at = stored.orElse(-1);
            slowest = OptionalLong.of(slowest.isPresent() ? Math.min(slowest.getAsLong(), at) : at);
        }
        return new Position(
                processor.getName(),
                processor.isRunning(),
                statuses.stream().anyMatch(EventTrackerStatus::isErrorState),
                elsewhere.isPresent(),
                slowest,
                head);
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }
}
