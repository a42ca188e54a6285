package org.frontierledger.projections.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What happened in the AI market in one ISO week, by reported date, every item cited. Two digests
 * of the same week and {@code asOf} over the same events are equal except for
 * {@link #generatedAt()}.
 *
 * @param week the ISO week
 * @param from its Monday
 * @param to its Sunday
 * @param asOf only events recorded at or before this instant are included
 * @param generatedAt when this digest was assembled: the only field that differs between renderings
 * @param headline counts and biggest figures
 * @param newModels model releases
 * @param priceMoves new token prices against the previous point for the same model and provider
 * @param relativePrices price ratios reported ("27x less for output")
 * @param figures capex, valuations, funding, revenue, training costs and compute commitments
 * @param conflicts figures that disagree with another source
 * @param quotes the week's most notable attributed claims
 * @param savedSearches every saved search (of every user, by owner and name) with its hits in the week;
 *     empty when there are none
 * @param events every market event of the week, in report order (the CSV's rows)
 */
public record WeeklyDigest(
        IsoWeek week,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        Instant generatedAt,
        Headline headline,
        List<DigestItem> newModels,
        List<PriceMove> priceMoves,
        List<DigestItem> relativePrices,
        List<FigureSection> figures,
        List<DigestConflict> conflicts,
        List<NotableQuote> quotes,
        List<SavedSearchHits.Section> savedSearches,
        List<DigestItem> events) {
    public WeeklyDigest {
        newModels = List.copyOf(newModels);
        priceMoves = List.copyOf(priceMoves);
        relativePrices = List.copyOf(relativePrices);
        figures = List.copyOf(figures);
        conflicts = List.copyOf(conflicts);
        quotes = List.copyOf(quotes);
        savedSearches = List.copyOf(savedSearches);
        events = List.copyOf(events);
    }

    /** True when nothing was reported in the week (and no quote or saved-search hit either). */
    public boolean isEmpty() {
        return events.isEmpty()
                && quotes.isEmpty()
                && savedSearches.stream().allMatch(s -> s.hits().isEmpty());
    }
}
