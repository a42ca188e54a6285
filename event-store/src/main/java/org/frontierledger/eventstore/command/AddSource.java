package org.frontierledger.eventstore.command;

import java.time.Duration;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;

/**
 * Subscribe to a source. Refused when the same kind and location is subscribed already.
 *
 * @param sourceId derived from kind and location ({@link #of})
 * @param kind feed, page or folder
 * @param location an http(s) URL, or an absolute folder path on the server
 * @param interval how long after a run the next one is due; at least one minute
 * @param by the user subscribing
 */
public record AddSource(
        @TargetAggregateIdentifier SourceId sourceId, SourceKind kind, String location, Duration interval, String by) {
    public AddSource {
        Objects.requireNonNull(kind, "kind");
        SourceSchedules.requireValid(interval);
        if (!sourceId.equals(SourceId.of(kind.name(), location))) {
            throw new IllegalArgumentException("source id " + sourceId + " does not match " + kind + " " + location);
        }
    }

    /** The command for this kind and location, with the id derived from them. */
    public static AddSource of(SourceKind kind, String location, Duration interval, String by) {
        String trimmed = location.trim();
        return new AddSource(SourceId.of(kind.name(), trimmed), kind, trimmed, interval, by);
    }
}
