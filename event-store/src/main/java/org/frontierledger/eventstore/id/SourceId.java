package org.frontierledger.eventstore.id;

import java.util.Locale;

/**
 * Identity of a subscribed source (a feed, a watched page or a watched folder), derived from its
 * kind and location, so subscribing to the same location twice names the same source.
 *
 * @param value 12 lower-case hex characters
 */
public record SourceId(String value) {
    public SourceId {
        Ids.requireHex(value, "a source id");
    }

    /** The id of the source of this kind ({@code FEED}, {@code PAGE}, {@code FOLDER}) at this location. */
    public static SourceId of(String kind, String location) {
        return new SourceId(Ids.hash(12, kind.toUpperCase(Locale.ROOT), location.trim()));
    }

    /** The bare value, because Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}
