package org.frontierledger.projections.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * A timeline query. Rejected events are never included.
 *
 * @param types the kinds to show; empty for all
 * @param org a company or model: matches entries whose org, model or subject contains it, ignoring
 *     case; null for all
 * @param from first reported date, inclusive; null for no bound
 * @param to last reported date, inclusive; null for no bound
 * @param limit at most this many entries, newest first (1 to 10,000)
 * @param asOf show the timeline as it was known at this instant (only what had been recorded by
 *     then, with the curation of then); null for now
 */
public record FindTimeline(Set<MarketEventType> types, @Nullable String org, @Nullable LocalDate from,
        @Nullable LocalDate to, int limit, @Nullable Instant asOf) {

    /** Newest report first, then by position in the document. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::reportedOn).reversed()
            .thenComparing(TimelineEntry::documentId)
            .thenComparingInt(TimelineEntry::quoteStart)
            .thenComparing(TimelineEntry::eventId);

    public FindTimeline {
        types = Set.copyOf(types);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be between 1 and 10,000, got " + limit);
        }
        if (org != null && org.isBlank()) {
            org = null;
        }
    }

    /** A query of the current timeline. */
    public FindTimeline(Set<MarketEventType> types, @Nullable String org, @Nullable LocalDate from,
            @Nullable LocalDate to, int limit) {
        this(types, org, from, to, limit, null);
    }

    /** Everything, newest first, up to 1,000 entries. */
    public static FindTimeline all() {
        return new FindTimeline(Set.of(), null, null, null, 1000);
    }

    /** The same query as it was known at {@code instant}. */
    public FindTimeline asOf(@Nullable Instant instant) {
        return new FindTimeline(types, org, from, to, limit, instant);
    }

    /** Whether an entry passes the filters (the same rules the SQL query applies). */
    boolean matches(TimelineEntry e) {
        if (e.status() == CurationStatus.REJECTED || (!types.isEmpty() && !types.contains(e.type()))) {
            return false;
        }
        if (org != null) {
            String needle = org.toLowerCase(Locale.ROOT);
            boolean named = contains(e.org(), needle) || contains(e.model(), needle) || contains(e.subject(), needle);
            if (!named) {
                return false;
            }
        }
        return (from == null || !e.reportedOn().isBefore(from)) && (to == null || !e.reportedOn().isAfter(to));
    }

    private static boolean contains(@Nullable String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
