package org.frontierledger.projections.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * A timeline query. Rejected events are never included.
 *
 * @param types the kinds to show; empty for all
 * @param org a company or model: matches entries whose org, model or subject contains it, ignoring
 *     case, or whose {@link EntityKey} contains its key (so "DeepSeek R1" finds "DeepSeek-R1" and
 *     "Mistral AI" finds "Mistral"); null for all
 * @param from first reported date, inclusive; null for no bound
 * @param to last reported date, inclusive; null for no bound
 * @param limit at most this many entries, newest first (1 to 10,000)
 * @param asOf show the timeline as it was known at this instant (only what had been recorded by
 *     then, with the curation of then); null for now
 */
public record FindTimeline(
        Set<MarketEventType> types,
        @Nullable String org,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        int limit,
        @Nullable Instant asOf) {

    /** Newest report first, then by position in the document. */
    static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::reportedOn)
            .reversed()
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
    public FindTimeline(
            Set<MarketEventType> types,
            @Nullable String org,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            int limit) {
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
            boolean named = names(e.org(), org) || names(e.model(), org) || names(e.subject(), org);
            if (!named) {
                return false;
            }
        }
        return (from == null || !e.reportedOn().isBefore(from))
                && (to == null || !e.reportedOn().isAfter(to));
    }

    /**
     * Whether a name written on an event answers a company-or-model filter: it contains the filter
     * ignoring case, or its entity key contains the filter's key ("DeepSeek-R1" for "DeepSeek R1").
     */
    public static boolean names(@Nullable String text, String filter) {
        if (text == null) {
            return false;
        }
        if (text.toLowerCase(Locale.ROOT).contains(filter.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String key = EntityKey.of(filter);
        return !key.isEmpty() && EntityKey.of(text).contains(key);
    }
}
