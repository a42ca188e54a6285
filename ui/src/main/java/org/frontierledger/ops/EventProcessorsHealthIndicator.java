package org.frontierledger.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontierledger.eventstore.ProcessorPositions;
import org.frontierledger.eventstore.ProcessorPositions.Position;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The read side's health, part of readiness: the event store answers (its head is read), and every
 * streaming processor runs, has its whole stream claimed (here, or on a cluster partly by other live
 * nodes, counted at the positions they stored), and is at most {@code maxLag} events
 * behind the head. A processor in error is {@code DOWN}; one stopped (as during a rebuild's reset),
 * still claiming, or too far behind (catching up after a restart or replaying) is
 * {@code OUT_OF_SERVICE}. A store that does not answer is {@code DOWN} with the exception.
 * Details name each processor's position and lag.
 */
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {
    private final ProcessorPositions positions;
    private final long maxLag;

    EventProcessorsHealthIndicator(ProcessorPositions positions, long maxLag) {
        super("the event store or its processors could not be read");
        this.positions = positions;
        this.maxLag = maxLag;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Status status = Status.UP;
        long head = -1;
        Map<String, Object> processors = new LinkedHashMap<>();
        for (Position position : positions.positions()) {
            head = position.head();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("running", position.running());
            detail.put(
                    "position",
                    position.position().isPresent() ? position.position().getAsLong() : "no segment claimed");
            position.lag().ifPresent(lag -> detail.put("lag", lag));
            String problem = problem(position);
            if (problem != null) {
                detail.put("problem", problem);
                status = position.inError() || status == Status.DOWN ? Status.DOWN : Status.OUT_OF_SERVICE;
            }
            processors.put(position.processor(), detail);
        }
        health.status(status)
                .withDetail("head", processors.isEmpty() ? positions.head() : head)
                .withDetail("maxLag", maxLag)
                .withDetail("processors", processors);
    }

    /** What keeps this processor from being ready; null when nothing does. */
    private @Nullable String problem(Position position) {
        if (position.inError()) {
            return "in error, retrying";
        }
        if (!position.running()) {
            return "stopped";
        }
        if (!position.allClaimed()) {
            return "some of its segments are claimed by no live node";
        }
        long lag = position.lag().orElse(Long.MAX_VALUE);
        return lag > maxLag ? lag + " events behind the head, more than " + maxLag : null;
    }
}
