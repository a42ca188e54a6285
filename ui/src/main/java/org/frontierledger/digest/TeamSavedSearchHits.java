package org.frontierledger.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.DigestQueries;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.RecordedAfter;
import org.frontierledger.projections.digest.SavedSearchHits;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.InvalidQueryException;
import org.frontierledger.search.SavedSearch;
import org.frontierledger.search.SavedSearches;
import org.frontierledger.search.SearchResult;
import org.frontierledger.search.SortOrder;
import org.frontierledger.security.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The digest's "Saved searches": for every saved search of every user, the claims reported in
 * the week that match it, named with its owner.
 *
 * <p>Why every user's: a digest is one document for the team. The schedule writes one file per
 * week, and the REST API, the digest page and the CLI render the same bytes whoever asks, so it
 * cannot depend on the reader; the searches people saved are what the team follows, the hits are
 * claims every viewer can search anyway, and the owner's name says whose interest each one is.
 *
 * <p>A hit is a claim reported in the week (the query is narrowed with {@code date:}) and
 * recorded no later than the digest's {@code asOf}. Searches saved after {@code asOf} are left
 * out, since they did not exist then. Saved searches are settings, not events, so a search edited
 * or deleted since shows as it is now; and the index matches fields taken from market events
 * ({@code org:}, {@code amount:}, facets) as they are curated now. Sections come by owner, then
 * name; hits in report order (date, document, position in it), the first {@value #SHOWN} shown.
 * A search that cannot run any more (saved under an older syntax) is left out and logged.
 *
 * <p>Cost: one search per saved search (a page of {@value ClaimQuery#MAX_LIMIT} hits, more only
 * when a week has more), plus a read of the events recorded after {@code asOf} when some hit was.
 */
@Component
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
class TeamSavedSearchHits implements SavedSearchHits {
    /** The most hits shown per saved search; the section says how many there are in all. */
    static final int SHOWN = 10;
    /** The most hits read per saved search to put them in report order. */
    static final int READ = 1_000;

    private static final Logger log = LoggerFactory.getLogger(TeamSavedSearchHits.class);
    private static final Comparator<ClaimHit> REPORT_ORDER = Comparator.comparing(ClaimHit::reportedOn)
            .thenComparing(ClaimHit::documentId)
            .thenComparingLong(TeamSavedSearchHits::ordinal)
            .thenComparing(ClaimHit::claimId);

    private final UserAccounts accounts;
    private final SavedSearches savedSearches;
    private final ClaimSearch search;
    private final DigestQueries queries;
    private final RecordedAfter recordedAfter;

    TeamSavedSearchHits(
            UserAccounts accounts,
            SavedSearches savedSearches,
            ClaimSearch search,
            DigestQueries queries,
            RecordedAfter recordedAfter) {
        this.accounts = accounts;
        this.savedSearches = savedSearches;
        this.search = search;
        this.queries = queries;
        this.recordedAfter = recordedAfter;
    }

    @Override
    public List<Section> sectionsFor(IsoWeek week, Instant asOf) {
        LaterClaims later = new LaterClaims(asOf);
        List<Section> sections = new ArrayList<>();
        for (UserAccounts.Account account : accounts.all()) {
            for (SavedSearch saved : savedSearches.list(account.username())) {
                if (!saved.createdAt().isAfter(asOf)) {
                    section(saved, week, later).ifPresent(sections::add);
                }
            }
        }
        return sections;
    }

    private Optional<Section> section(SavedSearch saved, IsoWeek week, LaterClaims later) {
        ClaimQuery query = new ClaimQuery(
                inWeek(saved.query().text(), week),
                0,
                ClaimQuery.MAX_LIMIT,
                saved.query().filters(),
                SortOrder.OLDEST,
                false);
        try {
            List<ClaimHit> hits = new ArrayList<>();
            SearchResult page = search.search(query);
            hits.addAll(page.hits());
            while (hits.size() < Math.min(page.total(), READ) && !page.hits().isEmpty()) {
                page = search.search(query.at(hits.size()));
                hits.addAll(page.hits());
            }
            boolean allRead = hits.size() >= page.total();
            long total = page.total();
            // The index keeps milliseconds: a millisecond early, so a claim of the same millisecond is checked too.
            if (search.countRecordedAfter(query, later.asOf.minusMillis(1)) > 0) {
                Set<String> ids = later.ids();
                hits.removeIf(hit -> ids.contains(hit.claimId()));
                total = allRead ? hits.size() : total - search.countRecordedAfter(query, later.asOf);
            }
            List<ClaimHit> shown =
                    hits.stream().sorted(REPORT_ORDER).limit(SHOWN).toList();
            return Optional.of(
                    new Section(saved.user(), saved.name(), describe(saved.query()), total, citations(shown)));
        } catch (InvalidQueryException e) {
            log.warn("Saved search '{}' of {} left out of the digest: {}", saved.name(), saved.user(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The analyst's text narrowed to the week's reported dates (ISO dates, inclusive). */
    static String inWeek(String text, IsoWeek week) {
        String dates = "date:[" + week.monday() + " TO " + week.sunday() + "]";
        return text.isBlank() ? dates : "(" + text + ") AND " + dates;
    }

    /** "hbm supply · Company: Micron, SK Hynix · Type: CAPEX"; "all claims" for a blank text. */
    static String describe(ClaimQuery query) {
        List<String> parts = new ArrayList<>();
        parts.add(query.text().isBlank() ? "all claims" : query.text().strip());
        query.filters().forEach((dimension, values) -> parts.add(dimension.label() + ": " + String.join(", ", values)));
        return String.join(" · ", parts);
    }

    private List<Citation> citations(List<ClaimHit> hits) {
        Map<String, SourceDocument> documents =
                queries.documents(hits.stream().map(ClaimHit::documentId).toList());
        return hits.stream()
                .map(hit -> {
                    SourceDocument document = documents.get(hit.documentId());
                    return document == null
                            ? new Citation(
                                    hit.documentId(),
                                    hit.documentTitle(),
                                    hit.source(),
                                    null,
                                    hit.reportedOn(),
                                    hit.speaker(),
                                    hit.quote())
                            : new Citation(
                                    hit.documentId(),
                                    document.title(),
                                    document.source(),
                                    document.show(),
                                    hit.reportedOn(),
                                    hit.speaker(),
                                    hit.quote());
                })
                .toList();
    }

    /** The claim's position in its document: the ordinal of {@code <document id>-c<ordinal>}. */
    private static long ordinal(ClaimHit hit) {
        int at = hit.claimId().lastIndexOf("-c");
        try {
            return at < 0 ? Long.MAX_VALUE : Long.parseLong(hit.claimId().substring(at + 2));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The claims recorded after the digest's instant, read from the store once, when first needed. */
    private final class LaterClaims {
        private final Instant asOf;
        private @Nullable Set<String> ids;

        LaterClaims(Instant asOf) {
            this.asOf = asOf;
        }

        Set<String> ids() {
            if (ids == null) {
                ids = recordedAfter.claimIds(asOf);
            }
            return ids;
        }
    }
}
