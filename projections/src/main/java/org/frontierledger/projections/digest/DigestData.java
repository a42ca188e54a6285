package org.frontierledger.projections.digest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.TimelineEntry;

/**
 * Everything a week's digest is assembled from, read at one {@code asOf}; the input of the pure
 * {@link WeeklyDigests#assemble(DigestData)}.
 *
 * @param week the week
 * @param asOf the instant the reads were limited to
 * @param generatedAt when the digest is assembled
 * @param weekEvents market events reported in the week
 * @param related reports up to the week's end about the same subjects, of the types that can
 *     conflict or have previous price points (may include the week's own events)
 * @param prices token prices of the price events among both lists, by event id
 * @param claims attributed claims reported in the week
 * @param documents the documents cited, by id
 * @param savedSearches sections from the saved-search extension point, if any
 */
public record DigestData(
        IsoWeek week,
        Instant asOf,
        Instant generatedAt,
        List<TimelineEntry> weekEvents,
        List<TimelineEntry> related,
        Map<String, TokenPrice> prices,
        List<AttributedClaim> claims,
        Map<String, SourceDocument> documents,
        List<SavedSearchHits.Section> savedSearches) {
    public DigestData {
        weekEvents = List.copyOf(weekEvents);
        related = List.copyOf(related);
        prices = Map.copyOf(prices);
        claims = List.copyOf(claims);
        documents = Map.copyOf(documents);
        savedSearches = List.copyOf(savedSearches);
    }
}
