package org.frontierledger.eventstore.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Pause a source: the scheduler skips it until it is resumed.
 *
 * @param sourceId the source
 * @param by the user
 */
public record PauseSource(@TargetAggregateIdentifier SourceId sourceId, String by) {}
