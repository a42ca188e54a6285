package org.frontierledger.eventstore.command;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Begin a run of a source; answered with the {@link SourceRunPlan} the run needs. Refused when the
 * source is not subscribed, when another run of it holds the lease, or when the scheduler asks for
 * a paused source (a person may run a paused source by hand).
 *
 * @param sourceId the source
 * @param startedBy a user's name, or {@code scheduler}
 * @param byHand true when a person asked for this run
 * @param now the time the run starts
 */
public record StartSourceRun(
        @TargetAggregateIdentifier SourceId sourceId, String startedBy, boolean byHand, Instant now) {}
