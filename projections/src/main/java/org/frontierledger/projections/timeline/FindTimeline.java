package org.frontierledger.projections.timeline;

import java.time.LocalDate;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * A timeline query.
 *
 * @param types the kinds to show; empty for all
 * @param org a company: matches entries whose org or subject contains it, ignoring case; null for all
 * @param from first reported date, inclusive; null for no bound
 * @param to last reported date, inclusive; null for no bound
 * @param limit at most this many entries, newest first (1 to 10,000)
 */
public record FindTimeline(
        Set<MarketEventType> types, @Nullable String org, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    public FindTimeline {
        types = Set.copyOf(types);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10,000, got " + limit);
        }
        if (org != null && org.isBlank()) {
            org = null;
        }
    }

    /** Everything, newest first, up to 1,000 entries. */
    public static FindTimeline all() {
        return new FindTimeline(Set.of(), null, null, null, 1000);
    }
}
