package org.frontierledger.eventstore.event;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A run of a source could not read it at all (unreachable, refused, not a feed, robots.txt
 * disallows it, ...). Nothing else was recorded. Repeated failures push the next run further out.
 *
 * @param sourceId the source
 * @param error what went wrong, for people
 * @param consecutiveFailures failed runs in a row, this one included
 * @param nextRunAt when the source is due again, after backing off
 */
@Revision("1")
public record SourceRunFailed(SourceId sourceId, String error, int consecutiveFailures, Instant nextRunAt)
        implements SourceRegistryEvent {}
