package org.frontierledger.projections.digest;

import java.time.Instant;
import java.util.List;

/**
 * Extension point for the "Saved searches" section: new hits for each of the users' saved
 * searches in a week. Saved searches belong to the search issue, and projections never depend on
 * search, so the implementation is a Spring bean contributed by the application (ui) once saved
 * searches exist; {@link WeeklyDigests} uses it when there is one and leaves the section out
 * otherwise.
 */
public interface SavedSearchHits {

    /**
     * The sections for a week, in the order they should appear; each lists hits reported in the
     * week and recorded no later than {@code asOf}. Must be deterministic for the same store.
     */
    List<Section> sectionsFor(IsoWeek week, Instant asOf);

    /**
     * One saved search and its new hits.
     *
     * @param name the saved search's name
     * @param query its query text
     * @param hits the matching claims, each cited
     */
    record Section(String name, String query, List<Citation> hits) {
        public Section {
            hits = List.copyOf(hits);
        }
    }
}
