package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A source was unsubscribed. The documents it brought in stay in the ledger; adding the same location again subscribes anew.
 *
 * @param sourceId the source
 * @param by the user who did it
 */
@Revision("1")
public record SourceRemoved(SourceId sourceId, String by) implements SourceRegistryEvent {}
