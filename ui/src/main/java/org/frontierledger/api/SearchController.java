package org.frontierledger.api;

import java.time.LocalDate;
import java.util.List;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search?q=&offset=&limit=}: claims matching a query, with highlighted fragments. */
@RestController
@ConditionalOnWebApplication
class SearchController {
    private final ClaimSearch search;

    SearchController(ClaimSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        SearchResult result = search.search(new ClaimQuery(q, offset, limit));
        return new SearchResponse(result.total(), result.hits().stream()
                .map(h -> new Hit(h.claimId(), h.quote(), h.speaker(), h.documentId(), h.documentTitle(), h.source(),
                        h.reportedOn(), "claim", h.fragmentHtml(), h.score()))
                .toList());
    }

    /** The JSON answer: the exact total and one page of hits. */
    record SearchResponse(long total, List<Hit> hits) {}

    /** One claim: {@code fragment} is HTML-escaped text with {@code <mark>} around matches. */
    record Hit(String id, String quote, @Nullable String speaker, String document, String documentTitle,
            String source, LocalDate date, String type, String fragment, float score) {}
}
