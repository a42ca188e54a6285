package org.frontierledger.eventstore.command;

import java.time.Duration;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Change how often a source is read.
 *
 * @param sourceId the source
 * @param interval how long after a run the next one is due; at least one minute
 * @param by the user changing it
 */
public record ChangeSource(@TargetAggregateIdentifier SourceId sourceId, Duration interval, String by) {
    public ChangeSource {
        SourceSchedules.requireValid(interval);
    }
}
