package org.frontierledger.eventstore.event;

import java.time.Duration;
import java.util.Objects;
import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A source was subscribed to (or subscribed to again after its removal). It is due for its first
 * run at once.
 *
 * @param sourceId derived from kind and location
 * @param kind feed, page or folder
 * @param location an http(s) URL, or an absolute folder path on the server
 * @param interval how long after a run the next one is due
 * @param addedBy the user who subscribed
 */
@Revision("1")
public record SourceAdded(SourceId sourceId, SourceKind kind, String location, Duration interval, String addedBy)
        implements SourceRegistryEvent {
    public SourceAdded {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interval, "interval");
        if (location.isBlank()) {
            throw new IllegalArgumentException("a source needs a location");
        }
    }
}
