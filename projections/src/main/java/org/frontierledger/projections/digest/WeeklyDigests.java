package org.frontierledger.projections.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.ReadSide;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Builds the digest of an ISO week from the read models. Reading only: it never writes a table or
 * an event. Thread-safe.
 */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class WeeklyDigests {
    private final DigestQueries queries;
    private final ObjectProvider<SavedSearchHits> savedSearches;

    WeeklyDigests(DigestQueries queries, ObjectProvider<SavedSearchHits> savedSearches) {
        this.queries = queries;
        this.savedSearches = savedSearches;
    }

    /**
     * The digest of a week as the ledger knew it at {@code asOf}: events reported in the week and
     * recorded no later than {@code asOf}.
     *
     * @param generatedAt the instant stamped in the digest's marked generation field
     */
    public WeeklyDigest build(IsoWeek week, Instant asOf, Instant generatedAt) {
        return assemble(read(week, asOf, generatedAt));
    }

    /** The weeks with market events, newest first, for pickers. */
    public List<IsoWeek> weeksWithEvents(int limit) {
        return queries.weeksWithEvents(limit);
    }

    /** Assembles a digest from data already read; pure, for tests and for rendering fixed data. */
    public static WeeklyDigest assemble(DigestData data) {
        return DigestAssembler.assemble(data);
    }

    private DigestData read(IsoWeek week, Instant asOf, Instant generatedAt) {
        List<TimelineEntry> events = queries.eventsReported(week.monday(), week.sunday(), asOf);
        Set<MarketEventType> relatedTypes = new LinkedHashSet<>(DigestAssembler.CONFLICT_TYPES);
        relatedTypes.add(MarketEventType.PRICE);
        List<String> subjects = events.stream().filter(e -> relatedTypes.contains(e.type()))
                .map(TimelineEntry::subject).distinct().toList();
        List<TimelineEntry> related = queries.reportsAbout(relatedTypes, subjects, week.sunday(), asOf);
        List<String> priceIds = Stream.concat(events.stream(), related.stream())
                .filter(e -> e.type() == MarketEventType.PRICE).map(TimelineEntry::eventId).toList();
        List<AttributedClaim> claims = queries.attributedClaims(week.monday(), week.sunday(), asOf);
        List<String> documentIds = new ArrayList<>();
        Stream.of(events, related).flatMap(List::stream).map(TimelineEntry::documentId).forEach(documentIds::add);
        claims.forEach(c -> documentIds.add(c.documentId()));
        SavedSearchHits hits = savedSearches.getIfAvailable();
        return new DigestData(week, asOf, generatedAt, events, related, queries.tokenPrices(priceIds), claims,
                queries.documents(documentIds), hits == null ? List.of() : hits.sectionsFor(week, asOf));
    }
}
