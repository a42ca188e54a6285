package org.frontierledger.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.FacetValue;
import org.frontierledger.search.SearchResult;
import org.frontierledger.search.SortOrder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&offset=&limit=&sort=&type=&org=&model=&speaker=&source=&year=&like=}:
 * claims matching a query, with highlighted fragments, their market facts and facet counts.
 * Facet parameters narrow the hits (repeat one, or separate values by commas, to allow several
 * values); {@code sort} is {@code relevance} (default), {@code newest} or {@code oldest};
 * {@code like=<claim id>} returns the claims most like that one instead.
 */
@RestController
@ConditionalOnWebApplication
class SearchController {
    private final ClaimSearch search;

    SearchController(ClaimSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(
            summary = "Claims matching a query, with facet counts",
            description = "The search view's syntax in q; facet filters type, org, model, speaker, source and year"
                    + " (repeated or comma-separated: values of one facet are ORed, facets ANDed); like=<claim id>"
                    + " for similar claims instead; asOf: the claims recorded by then.",
            parameters = {
                @Parameter(name = "type", in = ParameterIn.QUERY, description = "market event type, e.g. CAPEX"),
                @Parameter(name = "org", in = ParameterIn.QUERY, description = "company"),
                @Parameter(name = "model", in = ParameterIn.QUERY, description = "model"),
                @Parameter(name = "speaker", in = ParameterIn.QUERY, description = "speaker"),
                @Parameter(name = "source", in = ParameterIn.QUERY, description = "source (show or site)"),
                @Parameter(name = "year", in = ParameterIn.QUERY, description = "year reported")
            })
    SearchResponse search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(required = false) @Nullable String like,
            @RequestParam(required = false) @Nullable String asOf,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> all) {
        SearchResult result = like != null && !like.isBlank()
                ? search.moreLikeThis(like, limit)
                : search.search(new ClaimQuery(q, offset, limit, filters(all), SortOrder.parse(sort), true)
                        .recordedBy(AsOfParameter.parse(asOf))
                        .at(offset));
        return SearchResponse.of(result);
    }

    private static Map<FacetDimension, Set<String>> filters(MultiValueMap<String, String> parameters) {
        Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : parameters.getOrDefault(dimension.parameter(), List.of())) {
                for (String one : value.split(",")) {
                    if (!one.isBlank()) {
                        filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>())
                                .add(dimension.checkValue(one));
                    }
                }
            }
        }
        return filters;
    }

    /** The JSON answer: the exact total, one page of hits, and facet counts by dimension name. */
    record SearchResponse(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        static SearchResponse of(SearchResult result) {
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            result.facets()
                    .forEach((dimension, values) -> facets.put(
                            dimension.parameter(),
                            values.stream().map(FacetCount::of).toList()));
            return new SearchResponse(
                    result.total(), result.hits().stream().map(SearchHit::of).toList(), facets);
        }
    }

    /** A facet value and how many matching claims carry it. */
    record FacetCount(String value, long count) {
        static FacetCount of(FacetValue v) {
            return new FacetCount(v.value(), v.count());
        }
    }
}
