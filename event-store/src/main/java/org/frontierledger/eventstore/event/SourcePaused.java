package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A source was paused: the scheduler leaves it alone until it is resumed. A run started by hand still reads it.
 *
 * @param sourceId the source
 * @param by the user who did it
 */
@Revision("1")
public record SourcePaused(SourceId sourceId, String by) implements SourceRegistryEvent {}
