package org.frontierledger.eventstore.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Unsubscribe from a source. The documents it brought in stay.
 *
 * @param sourceId the source
 * @param by the user
 */
public record RemoveSource(@TargetAggregateIdentifier SourceId sourceId, String by) {}
