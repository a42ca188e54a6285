package org.frontierledger.projections.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Extension point for the "Saved searches" section: new hits for each of the users' saved
 * searches in a week. Saved searches belong to the search module, and projections never depend on
 * search, so the implementation is a Spring bean contributed by the application (ui);
 * {@link WeeklyDigests} uses it when there is one and leaves the section out otherwise.
 */
public interface SavedSearchHits {

    /**
     * The sections for a week, in the order they should appear; each lists claims reported in the
     * week and recorded no later than {@code asOf}. Must be deterministic for the same store and
     * the same saved searches.
     */
    List<Section> sectionsFor(IsoWeek week, Instant asOf);

    /**
     * One saved search and its hits in the week.
     *
     * @param owner the user who saved it
     * @param name the name they gave it
     * @param query its query as the analyst wrote it: the text, then any facet filters
     * @param total how many claims of the week match, all of them (may be more than {@code hits})
     * @param hits the first of those claims in report order (date, document, position), each cited
     */
    record Section(String owner, String name, String query, long total, List<Citation> hits) {
        public Section {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(query, "query");
            hits = List.copyOf(hits);
            if (total < hits.size()) {
                throw new IllegalArgumentException("total " + total + " is less than the " + hits.size() + " hits");
            }
        }
    }
}
