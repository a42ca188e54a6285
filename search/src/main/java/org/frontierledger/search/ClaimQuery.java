package org.frontierledger.search;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page of a claim search: text, facet filters, order and page.
 *
 * <p>The text's syntax is described in this package's documentation: words (all must occur),
 * {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT}, {@code a NEAR/5 b}, {@code prefix*}, the
 * fields {@code speaker:}, {@code org:}, {@code model:}, {@code type:}, {@code doc:}/{@code source:},
 * ranges {@code amount:>=100B}, {@code price:<1} and {@code date:2025-01..2025-03}, and company
 * aliases. Blank text matches every claim.
 *
 * <p>Filters narrow the hits to claims with one of the chosen values in each chosen dimension
 * (values of one dimension are ORed, dimensions ANDed), as a click on a facet value does.
 *
 * @param text what the analyst typed; blank for all claims; at most 500 characters (longer text is
 *     refused by {@link ClaimSearch#search})
 * @param offset how many hits to skip, 0 to {@value #MAX_OFFSET}
 * @param limit how many hits to return, 1 to {@value #MAX_LIMIT}
 * @param filters chosen facet values per dimension; empty for none
 * @param sort the order of the hits
 * @param countFacets whether to count facet values over all matching claims (costs a pass over them)
 * @param recordedBy only claims the ledger had recorded by this instant (their event's timestamp,
 *     not the date the source reported); null for all. A claim is searched with its facts as they
 *     are now: a correction or rejection made after this instant still shows, because the index
 *     keeps only the current state of each claim
 */
public record ClaimQuery(
        String text,
        int offset,
        int limit,
        Map<FacetDimension, Set<String>> filters,
        SortOrder sort,
        boolean countFacets,
        @Nullable Instant recordedBy) {

    /** The largest page. */
    public static final int MAX_LIMIT = 100;

    /**
     * The deepest page start: paging further is not what a person or a script browsing hits does,
     * and each deeper page costs the index more to collect.
     */
    public static final int MAX_OFFSET = 10_000;

    public ClaimQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", got " + offset
                    + "; narrow the query or the filters to reach later hits");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        Map<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        filters.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    /** A query over all claims, whatever their recording time. */
    public ClaimQuery(
            String text,
            int offset,
            int limit,
            Map<FacetDimension, Set<String>> filters,
            SortOrder sort,
            boolean countFacets) {
        this(text, offset, limit, filters, sort, countFacets, null);
    }

    /** A page by relevance without filters, with facet counts. */
    public ClaimQuery(String text, int offset, int limit) {
        this(text, offset, limit, Map.of(), SortOrder.RELEVANCE, true);
    }

    /** The first page of {@code limit} hits for {@code text}. */
    public static ClaimQuery firstPage(String text, int limit) {
        return new ClaimQuery(text, 0, limit);
    }

    /** This query narrowed to claims with {@code value} in {@code dimension} (besides values chosen there already). */
    public ClaimQuery withFilter(FacetDimension dimension, String value) {
        Map<FacetDimension, Set<String>> more = new EnumMap<>(FacetDimension.class);
        more.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(dimension, Set.of()));
        values.add(value);
        more.put(dimension, values);
        return new ClaimQuery(text, 0, limit, more, sort, countFacets, recordedBy);
    }

    /** This query without the filter on {@code value} of {@code dimension}. */
    public ClaimQuery withoutFilter(FacetDimension dimension, String value) {
        Map<FacetDimension, Set<String>> fewer = new EnumMap<>(FacetDimension.class);
        fewer.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(dimension, Set.of()));
        values.remove(value);
        fewer.put(dimension, values);
        return new ClaimQuery(text, 0, limit, fewer, sort, countFacets, recordedBy);
    }

    /** This query in another order, from the first page. */
    public ClaimQuery sortedBy(SortOrder order) {
        return new ClaimQuery(text, 0, limit, filters, order, countFacets, recordedBy);
    }

    /** This query from another offset. */
    public ClaimQuery at(int newOffset) {
        return new ClaimQuery(text, newOffset, limit, filters, sort, countFacets, recordedBy);
    }

    /** This query with or without facet counts. */
    public ClaimQuery withFacetCounts(boolean count) {
        return new ClaimQuery(text, offset, limit, filters, sort, count, recordedBy);
    }

    /** This query over the claims recorded by {@code instant} (null: all), from the first page. */
    public ClaimQuery recordedBy(@Nullable Instant instant) {
        return new ClaimQuery(text, 0, limit, filters, sort, countFacets, instant);
    }
}
