package org.frontierledger.eventstore.event;

import java.time.Duration;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A source's schedule was changed.
 *
 * @param sourceId the source
 * @param interval how long after a run the next one is due, from now on
 * @param changedBy the user who changed it
 */
@Revision("1")
public record SourceChanged(SourceId sourceId, Duration interval, String changedBy) implements SourceRegistryEvent {}
