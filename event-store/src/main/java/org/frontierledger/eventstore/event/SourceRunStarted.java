package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A run of a source began (the event's timestamp is when). While it lasts, no other run of the
 * same source starts, on this node or another, until the run's lease runs out.
 *
 * @param sourceId the source
 * @param startedBy a user's name for a run started by hand, {@code scheduler} otherwise
 */
@Revision("1")
public record SourceRunStarted(SourceId sourceId, String startedBy) implements SourceRegistryEvent {}
