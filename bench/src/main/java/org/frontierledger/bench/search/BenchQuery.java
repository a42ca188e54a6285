package org.frontierledger.bench.search;

import java.util.List;
import java.util.Map;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.SortOrder;
import org.jspecify.annotations.Nullable;

/**
 * One query of the fixed set, written for both engines so they do the same work: count every
 * match exactly, rank the first page of 20 (by relevance, or by date where no word is searched),
 * mark the matched words in that page, and, for the faceted query, count six facets over all
 * matches, the filtered dimension drill-sideways (over the matches without its own filter, so its
 * other values keep their counts), as the product does.
 *
 * @param name a short label
 * @param lucene the query as the product runs it
 * @param tsquery PostgreSQL's query over the {@code tsvector}: a call such as
 *     {@code plainto_tsquery('english', ?)}, or null when no words are searched
 * @param words the text bound to {@code tsquery}'s parameter; null when there is none
 * @param where extra SQL conditions (constants only); null for none
 * @param facetColumn the column of a chosen facet value (the Lucene query's filter); null for none
 * @param facetValue the chosen value of {@code facetColumn}
 * @param facets whether facet counts are part of the answer
 */
record BenchQuery(
        String name,
        ClaimQuery lucene,
        @Nullable String tsquery,
        @Nullable String words,
        @Nullable String where,
        @Nullable String facetColumn,
        @Nullable String facetValue,
        boolean facets) {

    /** The fixed set: single term, two-term AND, phrase, field + range, faceted. */
    static List<BenchQuery> fixedSet() {
        return List.of(
                new BenchQuery(
                        "single term", text("supply"), "to_tsquery('english', ?)", "supply", null, null, null, false),
                new BenchQuery(
                        "two-term AND",
                        text("hbm supply"),
                        "plainto_tsquery('english', ?)",
                        "hbm supply",
                        null,
                        null,
                        null,
                        false),
                new BenchQuery(
                        "phrase",
                        text("\"data centers\""),
                        "phraseto_tsquery('english', ?)",
                        "data centers",
                        null,
                        null,
                        null,
                        false),
                new BenchQuery(
                        "field + range",
                        new ClaimQuery("org:microsoft amount:>=50B", 0, 20, Map.of(), SortOrder.NEWEST, false),
                        null,
                        null,
                        "org = 'Microsoft' AND amount_usd >= 50000000000",
                        null,
                        null,
                        false),
                new BenchQuery(
                        "faceted",
                        ClaimQuery.firstPage("spending", 20).withFilter(FacetDimension.TYPE, "CAPEX"),
                        "plainto_tsquery('english', ?)",
                        "spending",
                        null,
                        "type",
                        "CAPEX",
                        true));
    }

    private static ClaimQuery text(String text) {
        return ClaimQuery.firstPage(text, 20).withFacetCounts(false);
    }
}
