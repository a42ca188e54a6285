package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A paused source was resumed; it is due at once.
 *
 * @param sourceId the source
 * @param by the user who did it
 */
@Revision("1")
public record SourceResumed(SourceId sourceId, String by) implements SourceRegistryEvent {}
