package org.frontierledger.projections.digest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.projections.ReadSide;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Builds the digest of an ISO week from the read models. Reading only: it never writes a table or
 * an event. Thread-safe.
 *
 * <p>A digest shows the ledger as it was known at its {@code asOf}. When nothing has been recorded
 * since, the read models are exactly that and are read with SQL. Otherwise they may hold later
 * curation (a correction, a rejection, a re-extraction), so the market events are read as they
 * stood at {@code asOf} through the timeline's as-of query (its versions valid then), the same one
 * the timeline's "As of" uses: an event rejected later still shows, a later correction does not. Both
 * ways give the same digest for the same knowledge (a test renders both and compares the bytes).
 */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class WeeklyDigests {
    /** The most market events an as-of read hands over (the timeline query's own limit), newest first. */
    static final int MAX_REPLAYED = 10_000;

    private final DigestQueries queries;
    private final TimelineQueries timeline;
    private final RecordedAfter recordedAfter;
    private final ObjectProvider<SavedSearchHits> savedSearches;

    WeeklyDigests(
            DigestQueries queries,
            TimelineQueries timeline,
            RecordedAfter recordedAfter,
            ObjectProvider<SavedSearchHits> savedSearches) {
        this.queries = queries;
        this.timeline = timeline;
        this.recordedAfter = recordedAfter;
        this.savedSearches = savedSearches;
    }

    /**
     * The digest of a week as the ledger knew it at {@code asOf}: events reported in the week and
     * recorded no later than {@code asOf}, with the curation recorded no later than {@code asOf}.
     * Cost: SQL over the read models, current or as of {@code asOf} (the timeline's versions).
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
        Known known = recordedAfter.anything(asOf) ? replayed(week, asOf) : current(week, asOf);
        List<AttributedClaim> claims = queries.attributedClaims(week.monday(), week.sunday(), asOf);
        List<String> documentIds = new ArrayList<>();
        Stream.of(known.week(), known.related())
                .flatMap(List::stream)
                .map(TimelineEntry::documentId)
                .forEach(documentIds::add);
        claims.forEach(c -> documentIds.add(c.documentId()));
        SavedSearchHits hits = savedSearches.getIfAvailable();
        return new DigestData(
                week,
                asOf,
                generatedAt,
                known.week(),
                known.related(),
                known.prices(),
                claims,
                queries.documents(documentIds),
                hits == null ? List.of() : hits.sectionsFor(week, asOf));
    }

    /** The read models as they are: nothing was recorded after {@code asOf}. */
    private Known current(IsoWeek week, Instant asOf) {
        List<TimelineEntry> events = queries.eventsReported(week.monday(), week.sunday(), asOf);
        List<TimelineEntry> related = queries.reportsAbout(relatedTypes(), subjects(events), week.sunday(), asOf);
        List<String> priceIds = Stream.concat(events.stream(), related.stream())
                .filter(e -> e.type() == MarketEventType.PRICE)
                .map(TimelineEntry::eventId)
                .toList();
        return new Known(events, related, queries.tokenPrices(priceIds));
    }

    /**
     * The market events replayed up to {@code asOf}, chosen as the SQL of {@link #current} chooses
     * them. Token prices come from the replayed entries, which carry them with corrections applied.
     */
    private Known replayed(IsoWeek week, Instant asOf) {
        List<TimelineEntry> known =
                timeline.find(new FindTimeline(Set.of(), null, null, week.sunday(), MAX_REPLAYED, asOf)).stream()
                        .sorted(DigestAssembler.REPORT_ORDER)
                        .toList();
        List<TimelineEntry> events = known.stream()
                .filter(e -> !e.reportedOn().isBefore(week.monday()))
                .toList();
        Set<String> subjects = subjects(events).stream().map(EntityKey::normal).collect(Collectors.toSet());
        Set<MarketEventType> types = relatedTypes();
        List<TimelineEntry> related = known.stream()
                .filter(e -> types.contains(e.type()) && subjects.contains(EntityKey.normal(e.subject())))
                .toList();
        Map<String, TokenPrice> prices = new HashMap<>();
        Stream.concat(events.stream(), related.stream())
                .filter(e -> e.type() == MarketEventType.PRICE)
                .forEach(e -> prices.put(
                        e.eventId(), new TokenPrice(plain(e.inputUsdPerMTok()), plain(e.outputUsdPerMTok()))));
        return new Known(events, related, prices);
    }

    private static Set<MarketEventType> relatedTypes() {
        Set<MarketEventType> types = new LinkedHashSet<>(DigestAssembler.CONFLICT_TYPES);
        types.add(MarketEventType.PRICE);
        return types;
    }

    /** The subjects of the week's events that can conflict or have earlier price points. */
    private static List<String> subjects(List<TimelineEntry> events) {
        Set<MarketEventType> types = relatedTypes();
        return events.stream()
                .filter(e -> types.contains(e.type()))
                .map(TimelineEntry::subject)
                .distinct()
                .toList();
    }

    /** As {@link DigestQueries} reads prices: trailing zeros stripped, so both ways give equal values. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** The market events a digest is made of, as known at its instant. */
    private record Known(List<TimelineEntry> week, List<TimelineEntry> related, Map<String, TokenPrice> prices) {}
}
