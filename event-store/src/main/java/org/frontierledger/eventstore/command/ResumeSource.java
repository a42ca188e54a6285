package org.frontierledger.eventstore.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Resume a paused source; it is due at once.
 *
 * @param sourceId the source
 * @param by the user
 */
public record ResumeSource(@TargetAggregateIdentifier SourceId sourceId, String by) {}
