package org.frontierledger.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, how many there are in all, and the facet counts over all of them.
 *
 * @param total the number of claims that match, counted exactly
 * @param hits the requested page in the requested order; empty past the end
 * @param facets for each dimension, its most frequent values among all matching claims (at most
 *     {@link #TOP_VALUES}, most frequent first, ties by value); empty when facets were not asked for
 */
public record SearchResult(long total, List<ClaimHit> hits, Map<FacetDimension, List<FacetValue>> facets) {

    /** The most values listed per dimension. */
    public static final int TOP_VALUES = 12;

    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
        hits = List.copyOf(hits);
        Map<FacetDimension, List<FacetValue>> copy = new EnumMap<>(FacetDimension.class);
        facets.forEach((dimension, values) -> copy.put(dimension, List.copyOf(values)));
        facets = Collections.unmodifiableMap(copy);
    }

    /** A result without facet counts. */
    public SearchResult(long total, List<ClaimHit> hits) {
        this(total, hits, Map.of());
    }

    /** The values of one dimension; empty when it has none or facets were not counted. */
    public List<FacetValue> facet(FacetDimension dimension) {
        return facets.getOrDefault(dimension, List.of());
    }
}
