package org.frontierledger.eventstore.command;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.id.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * Record that a run could not read its source at all.
 *
 * @param sourceId the source
 * @param now when the run gave up
 * @param error what went wrong, for people
 * @param retryAfter how long the server asked us to wait ({@code Retry-After}), if it did
 */
public record FailSourceRun(
        @TargetAggregateIdentifier SourceId sourceId,
        Instant now,
        String error,
        @Nullable Duration retryAfter) {}
